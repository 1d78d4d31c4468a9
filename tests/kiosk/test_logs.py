"""Structured logs: JSON lines, a hard size bound under rotation, and the last errors read back."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logs import (
    MAX_LINE_CHARS,
    LogLimits,
    export_recent_errors,
    log_dir,
    log_files_size,
    recent_errors,
    setup_logging,
)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


pytestmark = pytest.mark.usefixtures("restore_logging")


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_each_record_is_one_json_line_with_its_fields(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, level="INFO")
    log = logging.getLogger("kiosk.test")
    log.info("catalog %s installed", "2026.12", extra={"items": 412})
    log.debug("not at INFO")
    try:
        raise ValueError("Oʻrindiq <b>")
    except ValueError:
        log.exception("install failed")
    records = lines(path)
    assert [r["msg"] for r in records] == ["catalog 2026.12 installed", "install failed"]
    first, second = records
    assert first["level"] == "INFO" and first["logger"] == "kiosk.test"
    assert first["items"] == 412
    assert str(first["ts"]).endswith("+00:00")
    assert second["level"] == "ERROR"
    assert "ValueError: Oʻrindiq <b>" in str(second["exc"])
    assert path.read_bytes().isascii()  # so that characters == bytes for the size bound


def test_writing_far_more_than_the_bound_keeps_the_folder_within_it(tmp_path: Path) -> None:
    limits = LogLimits.for_total(400 * 1024, files=5)
    assert limits.total_bytes <= 400 * 1024
    setup_logging(tmp_path, level="INFO", limits=limits)
    log = logging.getLogger("kiosk.flood")
    written = 0
    for number in range(20_000):
        message = f"request {number} Ташкент " + "x" * (number % 600)
        log.warning(message)
        written += len(message)
    assert written > 10 * limits.total_bytes
    files = sorted(p.name for p in log_dir(tmp_path).iterdir())
    assert files == ["kiosk.log", *(f"kiosk.log.{n}" for n in range(1, 5))]
    for path in log_dir(tmp_path).iterdir():
        assert path.stat().st_size <= limits.max_bytes
    assert log_files_size(tmp_path) <= limits.total_bytes
    # the newest lines survive, in the live file
    assert lines(log_dir(tmp_path) / "kiosk.log")[-1]["msg"].startswith("request 19999 ")


def test_a_huge_message_or_traceback_is_cut_to_one_bounded_line(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, limits=LogLimits.for_total(0))
    log = logging.getLogger("kiosk.big")
    log.error("Ё" * 100_000)
    def recurse(depth: int) -> int:
        return recurse(depth + 1) + 1

    try:
        recurse(0)
    except RecursionError:
        log.exception("boom")
    raw = path.read_text(encoding="utf-8").splitlines()
    assert len(raw) == 2
    assert all(len(line) <= MAX_LINE_CHARS for line in raw)
    records = [json.loads(line) for line in raw]
    assert records[0]["msg"].startswith("ЁЁЁ") and records[0]["msg"].endswith("…")
    assert records[1]["msg"] == "boom"
    trace = str(records[1]["exc"])
    assert trace.startswith("Traceback") and "RecursionError" in trace.splitlines()[-1]


def test_recent_errors_come_newest_first_across_rotated_files(tmp_path: Path) -> None:
    setup_logging(tmp_path, limits=LogLimits.for_total(0, files=3))
    log = logging.getLogger("kiosk.printing")
    for number in range(300):
        log.info("filler %d %s", number, "y" * 500)
        if number % 50 == 0:
            log.error("printer offline %d", number)
    assert len(list(log_dir(tmp_path).iterdir())) == 3
    errors = recent_errors(tmp_path, limit=2)
    assert [e.message for e in errors] == ["printer offline 250", "printer offline 200"]
    assert errors[0].logger == "kiosk.printing" and errors[0].level == "ERROR"
    exported = export_recent_errors(tmp_path, limit=1)
    assert exported[0]["message"] == "printer offline 250"
    assert exported[0]["at"].endswith("Z")
    json.dumps(exported)


def test_a_torn_last_line_is_skipped(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    logging.getLogger("kiosk.x").error("first")
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"ts": "2026-12-01T10:00:00.000+00:00", "level": "ERROR", "msg": "cut')
    assert [e.message for e in recent_errors(tmp_path)] == ["first"]


def test_alembic_info_lines_stay_out_of_the_log(tmp_path: Path) -> None:
    from db.state import open_state_db

    path = setup_logging(tmp_path, level="INFO")
    open_state_db(tmp_path / "state.sqlite").engine.dispose()
    assert not any(str(r["logger"]).startswith("alembic") for r in lines(path))


def test_setting_up_again_does_not_double_the_lines(tmp_path: Path) -> None:
    setup_logging(tmp_path)
    path = setup_logging(tmp_path)
    logging.getLogger("kiosk.once").warning("once")
    assert [r["msg"] for r in lines(path)] == ["once"]


def test_errors_of_the_same_millisecond_keep_their_order(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    path.write_text("".join(
        f'{{"ts": "2026-12-01T10:00:00.000+00:00", "level": "ERROR", "msg": "{n}"}}\n'
        for n in ("first", "second", "third")))
    assert [e.message for e in recent_errors(tmp_path)] == ["third", "second", "first"]
