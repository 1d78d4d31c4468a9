"""The export's anonymous sections for HQ: demand figures, the kiosk's health, its last errors."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from db.catalog_models import Category, Item
from db.state_models import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.bundle.export import register_section
from kiosk.core import KioskCore, utcnow
from kiosk.figures import export_figures
from kiosk.health import (
    CRASH_COUNT_KEY,
    HEALTH_FORMAT,
    LAST_CRASH_KEY,
    SESSION_MARKER,
    KioskHealth,
    app_version,
    boot_id,
    cups_printer_state,
    export_health,
    printer_state_of,
)
from kiosk.logs import export_recent_errors, log_files_size, recent_errors
from kiosk.recovery import recovery_facts

log = logging.getLogger(__name__)

FIGURES_SECTION = "figures"
HEALTH_SECTION = "health"
ERRORS_SECTION = "errors"
EXPORTED_ERRORS = 50
_LOOKUP_CHUNK = 500

# A log message may quote what it failed on; these shapes of personal data never leave the
# kiosk in an error line (names cannot be told from words, so nothing logs form fields).
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PLUS_NUMBER_RE = re.compile(r"\+[\d\s()-]{9,}\d")
_LONG_DIGITS_RE = re.compile(r"(?<!\d)\d{9,}(?!\d)")


def redact_personal(text: str) -> str:
    """`text` with e-mail addresses, '+' phone numbers and runs of 9+ digits (TIN, phone)
    replaced by placeholders."""
    text = _EMAIL_RE.sub("<e-mail>", text)
    text = _PLUS_NUMBER_RE.sub("<number>", text)
    return _LONG_DIGITS_RE.sub("<number>", text)


def _catalog_items(core: KioskCore, numbers: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Name and category (uz/ru/en) of each item number the installed catalog has."""
    wanted = sorted({number for number in numbers if number})
    if not wanted or core.store.current() is None:
        return {}  # never install the demo catalog just to name items
    found: dict[str, dict[str, Any]] = {}
    with Session(core.catalog.engine) as session:
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[start:start + _LOOKUP_CHUNK]
            rows = session.execute(
                select(Item.number, Item.name_uz, Item.name_ru, Item.name_en, Category.code,
                       Category.name_uz, Category.name_ru, Category.name_en)
                .join(Category, Category.id == Item.category_id)
                .where(Item.number.in_(chunk)))
            for number, *texts in rows:
                found[number] = {
                    "name": {"uz": texts[0], "ru": texts[1], "en": texts[2]},
                    "category": texts[3],
                    "category_name": {"uz": texts[4], "ru": texts[5], "en": texts[6]},
                }
    return found


def figures_section(core: KioskCore) -> dict[str, Any]:
    """The anonymous demand figures, and the catalog's name and category of every item in them
    or in the requests (HQ reports requests by category without a catalog of its own)."""
    figures = export_figures(core.state_engine, core.kiosk_id)
    numbers = {row["subject"] for row in figures["hours"] if row["event"] in ("view", "request")}
    with Session(core.state_engine) as session:
        numbers.update(n for n in session.scalars(select(Request.item_number).distinct()) if n)
    figures["items"] = _catalog_items(core, numbers)
    return figures


def running_session_started_at(core: KioskCore) -> datetime | None:
    """When the kiosk's GUI session now running started (UTC), from its session marker; None
    when no session runs (the marker is missing, or left by a process that is gone)."""
    try:
        marker = json.loads((core.data_dir / SESSION_MARKER).read_text(encoding="utf-8"))
        pid = int(marker["pid"])
        started = datetime.fromisoformat(str(marker["started_at"])).replace(tzinfo=None)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if pid != os.getpid():
        if not marker.get("boot_id") or marker.get("boot_id") != boot_id():
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass  # alive, as another user
    return started


def _health_without_catalog(core: KioskCore) -> dict[str, Any]:
    """Health of a kiosk with no catalog installed (collect_health would install the demo)."""
    disk = shutil.disk_usage(core.data_dir)
    health = KioskHealth(
        kiosk_id=core.kiosk_id, app_version=app_version(),
        catalog_version="", catalog_is_demo=False, catalog_items=0,
        taken_at=utcnow().isoformat(timespec="seconds") + "Z",
        session_started_at=None, uptime_s=None,
        crash_count=int(core.setting(CRASH_COUNT_KEY) or 0),
        last_crash_at=core.setting(LAST_CRASH_KEY),
        disk_free_bytes=disk.free, disk_total_bytes=disk.total,
        log_bytes=log_files_size(core.data_dir),
        logged_errors=len(recent_errors(core.data_dir, limit=1000)),
        printer=printer_state_of(cups_printer_state(core.config.printer.queue)),
        state_recovery=recovery_facts(core.state_engine),
    )
    return {"format": HEALTH_FORMAT, **asdict(health)}


def health_section(core: KioskCore) -> dict[str, Any]:
    """Kiosk id, app and catalog version, uptime of the running session, crash count, free
    disk and printer state (export_health), uptime read from the session marker."""
    if core.store.current() is None:
        return _health_without_catalog(core)
    health = export_health(core)
    started = running_session_started_at(core)
    if health.get("uptime_s") is None and started is not None:
        health["session_started_at"] = started.isoformat(timespec="seconds") + "Z"
        health["uptime_s"] = max(0, int((utcnow() - started).total_seconds()))
    return health


def errors_section(core: KioskCore) -> list[dict[str, str]]:
    """The newest ERROR and CRITICAL log entries, newest first, with personal data redacted."""
    entries = export_recent_errors(core.data_dir, EXPORTED_ERRORS)
    for entry in entries:
        entry["message"] = redact_personal(entry["message"])
        entry["traceback"] = redact_personal(entry["traceback"])
    return entries


def _never_fails(name: str, provider: Callable[[KioskCore], object]
                 ) -> Callable[[KioskCore], object]:
    # A figure or probe that cannot be read must not keep the requests from reaching HQ.
    def provide(core: KioskCore) -> object:
        try:
            return provider(core)
        except Exception as error:
            log.exception("export section %s left out", name)
            return {"unavailable": redact_personal(f"{type(error).__name__}: {error}")[:300]}

    return provide


def register_export_sections() -> None:
    """Add the figures, health and errors sections to every export (calling it again is
    harmless: the same names are registered again)."""
    register_section(FIGURES_SECTION, _never_fails(FIGURES_SECTION, figures_section))
    register_section(HEALTH_SECTION, _never_fails(HEALTH_SECTION, health_section))
    register_section(ERRORS_SECTION, _never_fails(ERRORS_SECTION, errors_section))
