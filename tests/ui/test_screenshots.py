"""`main.py --screenshot DIR` renders every visitor screen of the demo catalog in each language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from kiosk.config import KioskConfig

ROOT = Path(__file__).resolve().parent.parent.parent
VISITOR_SCREENS = ("attract", "home", "catalog", "search", "category", "filter", "detail",
                   "services", "idle")
WITH_PICTURES = ("attract", "home", "catalog", "search", "category", "detail")


def test_screenshot_mode_writes_every_screen_in_every_language(kiosk_config: KioskConfig,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(out), "--data-dir",
         str(kiosk_config.data_dir)], cwd=ROOT, capture_output=True, text=True, timeout=300,
        check=False)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in out.glob("*.png")}
    for lang in ("uz", "ru", "en"):
        for screen in VISITOR_SCREENS:
            assert f"{screen}-{lang}.png" in names
    for path in out.glob("*.png"):
        with Image.open(path) as image:
            assert image.size == (1920, 1080), path.name
            if path.name.split("-")[0] in WITH_PICTURES:
                # Pictures were painted: far more colours than flat placeholders and text.
                colours = image.convert("RGB").getcolors(1 << 20) or []
                assert len(colours) > 5000, path.name
    assert "Traceback" not in result.stderr
