"""`main.py --screenshot DIR` renders the main screens of the demo catalog in each language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from kiosk.config import KioskConfig

ROOT = Path(__file__).resolve().parent.parent.parent


def test_screenshot_mode_writes_1920x1080_pngs_with_pictures(kiosk_config: KioskConfig,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(out), "--data-dir",
         str(kiosk_config.data_dir)], cwd=ROOT, capture_output=True, text=True, timeout=180,
        check=False)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in out.glob("*.png")}
    for lang in ("uz", "ru", "en"):
        assert {f"home-{lang}.png", f"catalog-{lang}.png", f"search-{lang}.png"} <= names
    for path in out.glob("*.png"):
        with Image.open(path) as image:
            assert image.size == (1920, 1080)
            # Pictures were painted: far more colours than flat placeholders and text.
            assert len(image.convert("RGB").getcolors(1 << 20) or []) > 5000, path.name
    assert "Warning" not in result.stderr
