"""A replaced state database: the notice for staff, its dismissal, and the numbers in the logs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from db.salvage import RECOVERY_DISMISSED_SETTING, RECOVERY_SETTING, StateRecovery
from db.state_models import Setting
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.logs import log_dir

# What RequestService logs once a request is committed (see RequestService._insert).
_FILED_RE = re.compile(rb"request (CL-[A-Z0-9]{1,8}-\d{6,12}-[0-9A-Z]) filed")


def logged_request_numbers(data_dir: Path) -> list[str]:
    """Every request number the kiosk's logs (also the rotated ones) say was filed."""
    folder = log_dir(data_dir)
    numbers: set[str] = set()
    if folder.is_dir():
        for path in sorted(folder.glob("*.log*")):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            numbers.update(match.group(1).decode() for match in _FILED_RE.finditer(data))
    return sorted(numbers)


def last_recovery(engine: Engine) -> StateRecovery | None:
    """The newest replacement of a damaged state database, if there ever was one."""
    with Session(engine) as session:
        stored = session.get(Setting, RECOVERY_SETTING)
        return None if stored is None else StateRecovery.from_json(stored.value)


def recovery_dismissed(engine: Engine, recovery: StateRecovery) -> bool:
    with Session(engine) as session:
        dismissed = session.get(Setting, RECOVERY_DISMISSED_SETTING)
    return dismissed is not None and dismissed.value == recovery.at.isoformat()


def recovery_notice(engine: Engine) -> StateRecovery | None:
    """The newest recovery while staff have not dismissed its notice."""
    recovery = last_recovery(engine)
    if recovery is None or recovery_dismissed(engine, recovery):
        return None
    return recovery


def dismiss_recovery(engine: Engine, recovery: StateRecovery) -> None:
    """Staff have read the notice of `recovery`: it is no longer shown (a later one would be)."""
    with Session(engine) as session, session.begin():
        session.merge(Setting(key=RECOVERY_DISMISSED_SETTING, value=recovery.at.isoformat()))


def recovery_summary(recovery: StateRecovery) -> str:
    """The recovery in one English sentence (the status command, logs)."""
    found = f"{recovery.requests_recovered} requests were recovered"
    if recovery.requests_complete:
        found = f"every request was recovered ({recovery.requests_recovered})"
    elif recovery.requests_unreadable:
        found += (f", at least {recovery.requests_unreadable} could not be read, and more may "
                  "be missing")
    else:
        found += ", and some may be missing"
    return (f"the request database was damaged and replaced on {recovery.at:%Y-%m-%d %H:%M} "
            f"UTC; {found}; the damaged file is {recovery.moved_aside}")


def recovery_facts(engine: Engine) -> dict[str, Any] | None:
    """The newest recovery as JSON-ready facts (with whether staff dismissed its notice), for
    the health report and the export to HQ; None if there never was one."""
    recovery = last_recovery(engine)
    if recovery is None:
        return None
    facts: dict[str, Any] = json.loads(recovery.to_json())
    facts["dismissed"] = recovery_dismissed(engine, recovery)
    return facts
