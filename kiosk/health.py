"""The kiosk's health for staff and HQ: versions, uptime, crashes, free disk, printer state."""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from kiosk.core import KioskCore, utcnow
from kiosk.logs import log_files_size, recent_errors
from kiosk.printing import Printer, PrinterError
from kiosk.recovery import recovery_facts

log = logging.getLogger(__name__)

DISTRIBUTION = "cooplab-kiosk"
SESSION_MARKER = "session.running"  # exists while a GUI session runs; a clean exit removes it
CRASH_COUNT_KEY = "health.crash_count"
LAST_CRASH_KEY = "health.last_crash_at"
BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
HEALTH_FORMAT = 1

# What a printer-state function returns: a short state word ("idle", "printing", "stopped",
# "offline", "no printer"...) and, optionally, more fields; it may also raise.
PrinterStateFunction = Callable[[], Mapping[str, Any] | str]


def app_version() -> str:
    """The installed package's version; in a checkout that is not installed, pyproject's."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        with PYPROJECT.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def boot_id() -> str:
    try:
        return BOOT_ID_FILE.read_text().strip()
    except OSError:
        return ""


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


@dataclass(frozen=True)
class SessionStart:
    """What a GUI session found when it started."""

    previous_crashed: bool  # the previous session ended without a clean exit
    crash_count: int
    previous_started_at: str = ""  # when the crashed session had started (UTC, ISO)


class HealthMonitor:
    """Tracks the GUI session: a start that finds the last session's marker counts a crash."""

    def __init__(self, core: KioskCore, *, monotonic: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = utcnow) -> None:
        self.core = core
        self.marker = core.data_dir / SESSION_MARKER
        self._monotonic = monotonic
        self._now = now
        self._started: float | None = None
        self.started_at: datetime | None = None

    def session_started(self) -> SessionStart:
        """Call once at start: counts a crash if the last session left its marker behind."""
        crashed, previous_start = False, ""
        if self.marker.exists():
            try:
                previous = json.loads(self.marker.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                previous = {}
            previous_start = str(previous.get("started_at", ""))
            pid = previous.get("pid")
            if (isinstance(pid, int) and pid != os.getpid() and previous.get("boot_id")
                    and previous.get("boot_id") == boot_id() and _process_alive(pid)):
                log.warning("another kiosk session (pid %s) seems to be running", pid)
            else:
                crashed = True
        count = self.crash_count()
        if crashed:
            count += 1
            self.core.set_setting(CRASH_COUNT_KEY, str(count))
            self.core.set_setting(LAST_CRASH_KEY, self._now().isoformat(timespec="seconds"))
            log.error("the previous kiosk session (started %s) ended without a clean exit; "
                      "crashes so far: %d", previous_start or "?", count)
        self._started = self._monotonic()
        self.started_at = self._now()
        _write_atomically(self.marker, json.dumps({
            "pid": os.getpid(), "boot_id": boot_id(),
            "started_at": self.started_at.isoformat(timespec="seconds")}))
        return SessionStart(crashed, count, previous_start)

    def session_ended_cleanly(self) -> None:
        """Call on a clean exit (quit, SIGTERM from systemd): the next start is not a crash."""
        self.marker.unlink(missing_ok=True)

    def crash_count(self) -> int:
        try:
            return int(self.core.setting(CRASH_COUNT_KEY) or 0)
        except ValueError:
            return 0

    @property
    def uptime_s(self) -> float | None:
        if self._started is None:
            return None
        return self._monotonic() - self._started


@dataclass(frozen=True)
class KioskHealth:
    """One snapshot of the kiosk's health (all JSON-ready)."""

    kiosk_id: str
    app_version: str
    catalog_version: str
    catalog_is_demo: bool
    catalog_items: int
    taken_at: str  # UTC, ISO
    session_started_at: str | None
    uptime_s: int | None
    crash_count: int
    last_crash_at: str | None
    disk_free_bytes: int
    disk_total_bytes: int
    log_bytes: int
    logged_errors: int  # ERROR and CRITICAL lines still in the (size-bounded) logs
    printer: dict[str, Any] = field(default_factory=dict)
    python: str = field(default_factory=platform.python_version)
    # The newest replacement of a damaged state database (kiosk.recovery.recovery_facts).
    state_recovery: dict[str, Any] | None = None


def cups_printer_state(queue: str) -> PrinterStateFunction:
    """The slip printer's state as CUPS reports it: "ready", "printing", or a PrinterReason
    ("stopped", "paper_out", "cups_down", "unknown_queue"...), with CUPS's own message."""

    def state() -> dict[str, Any]:
        try:
            found = Printer(queue).state()
        except PrinterError as error:
            return {"state": error.reason.value, "queue": queue, "message": error.message}
        problem = found.problem()
        word = (problem.reason.value if problem is not None
                else "printing" if found.printing else "ready")
        return {"state": word, "queue": found.queue, "message": found.message,
                "alerts": list(found.alerts), "pending_jobs": found.pending_jobs}

    return state


def printer_state_of(printer_state: PrinterStateFunction | None) -> dict[str, Any]:
    """The printer's state as a dict with at least "state"; never raises."""
    if printer_state is None:
        return {"state": "unknown"}
    try:
        state = printer_state()
    except Exception as error:  # a broken printer query must not break the health report
        log.warning("printer state unavailable: %s", error)
        return {"state": "unknown", "error": str(error)[:300]}
    if isinstance(state, str):
        return {"state": state}
    result = dict(state)
    result.setdefault("state", "unknown")
    return result


def collect_health(core: KioskCore, monitor: HealthMonitor | None = None,
                   printer_state: PrinterStateFunction | None = None) -> KioskHealth:
    """The kiosk's health now; without `monitor` (a headless command) uptime is unknown.

    `printer_state` defaults to asking CUPS about the configured queue (a few lpstat calls:
    call this off the GUI thread).
    """
    if printer_state is None:
        printer_state = cups_printer_state(core.config.printer.queue)
    info = core.catalog.info
    disk = shutil.disk_usage(core.data_dir)
    crash_count = monitor.crash_count() if monitor else int(core.setting(CRASH_COUNT_KEY) or 0)
    uptime = monitor.uptime_s if monitor else None
    started = monitor.started_at if monitor else None
    return KioskHealth(
        kiosk_id=core.kiosk_id,
        app_version=app_version(),
        catalog_version=info.version,
        catalog_is_demo=info.is_demo,
        catalog_items=info.item_count,
        taken_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        session_started_at=None if started is None
        else started.isoformat(timespec="seconds") + "Z",
        uptime_s=None if uptime is None else int(uptime),
        crash_count=crash_count,
        last_crash_at=core.setting(LAST_CRASH_KEY),
        disk_free_bytes=disk.free,
        disk_total_bytes=disk.total,
        log_bytes=log_files_size(core.data_dir),
        logged_errors=len(recent_errors(core.data_dir, limit=1000)),
        printer=printer_state_of(printer_state),
        state_recovery=recovery_facts(core.state_engine),
    )


def export_health(core: KioskCore, monitor: HealthMonitor | None = None,
                  printer_state: PrinterStateFunction | None = None) -> dict[str, Any]:
    """collect_health() as a JSON-ready dict, for the export to HQ."""
    return {"format": HEALTH_FORMAT, **asdict(collect_health(core, monitor, printer_state))}
