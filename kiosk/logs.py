"""Structured logging: JSON lines in rotating, size-bounded files under the data folder's logs/."""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

LOG_DIR_NAME = "logs"
KIOSK_LOG = "kiosk.log"  # the GUI session
COMMANDS_LOG = "commands.log"  # headless commands, so two processes never rotate one file
LOG_FILES_PER_NAME = 5  # the live file and four rotated ones
COMMANDS_LOG_TOTAL_BYTES = 1024 * 1024
# One line is never longer than this; a file therefore never outgrows its maxBytes, since the
# handler rotates before a line would cross it and every line is ASCII (ensure_ascii).
MAX_LINE_CHARS = 16 * 1024
MIN_FILE_BYTES = 4 * MAX_LINE_CHARS

# Attributes every LogRecord has; anything else on a record came from `extra=` and is logged.
_STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message", "asctime", "taskName"}
_HANDLER_MARK = "_cooplab_handler"


def log_dir(data_dir: Path) -> Path:
    return data_dir / LOG_DIR_NAME


@dataclass(frozen=True)
class LogLimits:
    """The size bound of one log: files of at most `max_bytes`, `backup_count` rotated ones."""

    max_bytes: int
    backup_count: int

    @classmethod
    def for_total(cls, total_bytes: int, files: int = LOG_FILES_PER_NAME) -> LogLimits:
        max_bytes = max(MIN_FILE_BYTES, total_bytes // files)
        return cls(max_bytes=max_bytes, backup_count=files - 1)

    @property
    def total_bytes(self) -> int:
        return self.max_bytes * (self.backup_count + 1)


class JsonLineFormatter(logging.Formatter):
    """One JSON object per line: ts (UTC), level, logger, msg, pid, thread, exc, extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "pid": record.process,
            "thread": record.threadName,
        }
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exc"] = record.exc_text
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_") and key not in entry:
                entry[key] = value
        return _bounded_line(entry)


def _bounded_line(entry: dict[str, Any]) -> str:
    line = json.dumps(entry, ensure_ascii=True, default=str)
    while len(line) > MAX_LINE_CHARS:
        # Halve the longest text field (a message or a traceback) until the line fits.
        key = max((k for k, v in entry.items() if isinstance(v, str)),
                  key=lambda k: len(entry[k]))
        text: str = entry[key]
        if len(text) < 64:
            entry = {k: entry[k] for k in ("ts", "level", "logger") if k in entry}
            entry["msg"] = "(log line too long: its fields were dropped)"
        else:
            # A traceback keeps its first and last lines (where the error is), a message its start.
            quarter = len(text) // 4
            entry[key] = (text[:quarter] + "\n…\n" + text[-quarter:] if key == "exc"
                          else text[: len(text) // 2] + "…")
        line = json.dumps(entry, ensure_ascii=True, default=str)
    return line


def setup_logging(data_dir: Path, *, file_name: str = KIOSK_LOG, level: str = "INFO",
                  limits: LogLimits | None = None,
                  console_level: str | None = None) -> Path:
    """Log to `data_dir`/logs/`file_name` (JSON lines, rotated within `limits`); returns its path.

    `console_level` also prints records of at least that level to stderr (journald keeps them
    under systemd). Calling it again replaces what an earlier call installed.
    """
    limits = limits or LogLimits.for_total(10 * 1024 * 1024)
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=limits.max_bytes, backupCount=limits.backup_count, encoding="utf-8")
    file_handler.setFormatter(JsonLineFormatter())
    handlers: list[logging.Handler] = [file_handler]
    if console_level is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(console_level)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handlers.append(console)
    for handler in handlers:
        setattr(handler, _HANDLER_MARK, True)
        root.addHandler(handler)
    root.setLevel(level)
    # Alembic reports every migration step at INFO; only its problems belong in the kiosk log.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def setup_kiosk_logging(data_dir: Path, level: str, max_total_mb: int, *,
                        file_name: str = KIOSK_LOG, console_level: str | None = None) -> None:
    """setup_logging() with the configured bound; a data folder that cannot be written to
    leaves logging on stderr only, with a warning, rather than stopping the kiosk."""
    total = (COMMANDS_LOG_TOTAL_BYTES if file_name == COMMANDS_LOG
             else max_total_mb * 1024 * 1024)
    try:
        setup_logging(data_dir, file_name=file_name, level=level,
                      limits=LogLimits.for_total(total), console_level=console_level)
    except OSError as error:
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger(__name__).warning("cannot write logs into %s: %s", data_dir, error)


def install_exception_logging() -> None:
    """Log uncaught exceptions (of any thread) as CRITICAL before the default handling."""
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("kiosk.uncaught").critical("uncaught %s: %s", kind.__name__,
                                                         error, exc_info=(kind, error, trace))
        previous_hook(kind, error, trace)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            logging.getLogger("kiosk.uncaught").critical(
                "uncaught %s in thread %s: %s", args.exc_type.__name__,
                args.thread.name if args.thread else "?", args.exc_value,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        previous_thread_hook(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook


@dataclass(frozen=True)
class LogEntry:
    """One line of a kiosk log, read back."""

    at: datetime  # UTC, naive (as everything the kiosk stores)
    level: str
    logger: str
    message: str
    traceback: str = ""

    def to_json(self) -> dict[str, str]:
        return {"at": self.at.isoformat(timespec="seconds") + "Z", "level": self.level,
                "logger": self.logger, "message": self.message, "traceback": self.traceback}


def _log_files(data_dir: Path) -> list[Path]:
    folder = log_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and (p.name.endswith(".log") or ".log." in p.name))


def _entries(path: Path, levels: frozenset[str]) -> Iterator[LogEntry]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    for line in text.splitlines():
        if not any(f'"level": "{level}"' in line for level in levels):
            continue  # cheaper than parsing every INFO line
        try:
            raw = json.loads(line)
            at = datetime.fromisoformat(raw["ts"]).astimezone(UTC).replace(tzinfo=None)
        except (ValueError, KeyError, TypeError):
            continue  # a line cut by a power failure
        if raw.get("level") in levels:
            yield LogEntry(at=at, level=str(raw["level"]), logger=str(raw.get("logger", "")),
                           message=str(raw.get("msg", "")), traceback=str(raw.get("exc", "")))


def recent_errors(data_dir: Path, limit: int = 20, *,
                  levels: frozenset[str] = frozenset({"ERROR", "CRITICAL"})) -> list[LogEntry]:
    """The newest `limit` log entries of the given levels from every log file, newest first."""
    found: list[tuple[datetime, int, int, LogEntry]] = []
    for path in _log_files(data_dir):
        # kiosk.log is newer than kiosk.log.1, and a later line newer than an earlier one:
        # that orders lines logged within the same millisecond.
        suffix = path.name.rpartition(".log")[2].lstrip(".")
        rotation = int(suffix) if suffix.isdigit() else 0
        found.extend((entry.at, -rotation, line, entry)
                     for line, entry in enumerate(_entries(path, levels)))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found[:limit]]


def export_recent_errors(data_dir: Path, limit: int = 50) -> list[dict[str, str]]:
    """recent_errors() as JSON-ready dicts, for the export to HQ."""
    return [entry.to_json() for entry in recent_errors(data_dir, limit)]


def log_files_size(data_dir: Path) -> int:
    """Bytes taken by every log file in the data folder."""
    return sum(path.stat().st_size for path in _log_files(data_dir))
