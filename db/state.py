"""Opening the state database: durability pragmas, migrations, and replacing a damaged file."""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from db.engine import sqlite_engine
from db.salvage import RECOVERY_SETTING, StateRecovery, salvage_into

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# The newest migration in db/migrations/versions (tests/db/test_migrations.py checks it).
STATE_HEAD = "0003"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_NOTADB = 5, 6, 11, 26
IN_USE_WAIT_S = 10.0
# Beside state.sqlite while it is replaced: the new file being built, the new file complete
# (it names where the damaged one goes), a copy of the damaged one for SQLite to read, and
# the lock that lets one process at a time open, check or replace the database.
BUILDING, BUILT, SCRATCH, LOCK = ".rebuilding", ".rebuilt", ".salvage", ".lock"


class StateDatabaseError(Exception):
    """The state database cannot be opened or replaced; the message says what to do."""


@dataclass(frozen=True)
class StateOpenResult:
    engine: Engine
    # Set when the file on disk was damaged and was moved here; a new one took its place.
    moved_aside: Path | None = None
    # What was salvaged from the damaged file into the new one (also kept in the database).
    recovery: StateRecovery | None = None


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )).first()
        if has_table is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; quick when it is already there.

    Alembic (a third of the kiosk's start-up imports) is loaded only when the stored revision
    is not STATE_HEAD, the newest one this code knows (a test keeps the two equal).
    """
    if _current_revision(engine) == STATE_HEAD:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    config = _alembic_config()
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head_revision():
            return
        log.info("migrating state database from %s to %s", current, head_revision())
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _sqlite_code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0)) & 0xFF


def state_problem(path: Path) -> str | None:
    """What is wrong with the database at `path` (SQLite's words), or None if it is sound or
    absent. PRAGMA quick_check also finds damage that opening the file does not."""
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(path, timeout=IN_USE_WAIT_S)
        try:
            found = [str(row[0]) for row in connection.execute("PRAGMA quick_check").fetchmany(5)]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if _sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return str(error)
        raise StateDatabaseError(f"the state database {path} cannot be read: {error}") from error
    if found == ["ok"]:
        return None
    return "; ".join(found) or "quick_check returned nothing"


def _in_use_elsewhere(path: Path) -> bool:
    """Another process has the database open (a kiosk that is running): it would go on
    writing into the file after it was moved aside."""
    try:
        connection = sqlite3.connect(path, timeout=IN_USE_WAIT_S, isolation_level=None)
    except sqlite3.DatabaseError:
        return False
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        connection.execute("ROLLBACK")
    except sqlite3.DatabaseError as error:
        return _sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)
    finally:
        connection.close()
    return False


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    with _sibling(path, LOCK).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def _planned_destination(built: Path) -> Path | None:
    """Where the damaged file goes, as the complete new file records it."""
    try:
        connection = sqlite3.connect(f"file:{built}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?",
                                     (RECOVERY_SETTING,)).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    recovery = StateRecovery.from_json(row[0]) if row else None
    return Path(recovery.moved_aside) if recovery else None


def _finish_replacing(path: Path) -> StateRecovery | None:
    """Move the damaged file aside and the new one in, if a complete new one is waiting (also
    after a power cut in the middle: every step can be done again)."""
    built = _sibling(path, BUILT)
    destination = _planned_destination(built) if built.exists() else None
    if destination is None:
        built.unlink(missing_ok=True)
        return None
    # The WAL and shared memory go first: a WAL left beside the new file would be read into it.
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{destination}{suffix}"))
    os.replace(built, path)
    _sync_folder(path.parent)
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT value FROM settings WHERE key = ?",
                                 (RECOVERY_SETTING,)).fetchone()
    connection.close()
    return StateRecovery.from_json(row[0]) if row else None


def _aside_name(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.broken-{stamp}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.broken-{stamp}-{number}")
    return candidate


def _replace_damaged(path: Path, problem: str, now: datetime,
                     issued_numbers: Callable[[], Iterable[str]] | None) -> StateRecovery:
    """Build a new database beside the damaged one with all that can be read of it, then
    swap them. Until the new one is complete the damaged file stays where it is."""
    if _in_use_elsewhere(path):
        raise StateDatabaseError(
            f"the state database {path} is damaged ({problem}) and another kiosk process has "
            "it open: stop it (systemctl stop cooplab-kiosk) and start again to repair it")
    destination = _aside_name(path, now)
    building, scratch = _sibling(path, BUILDING), _sibling(path, SCRATCH)
    for leftover in (building, _sibling(building, "-journal")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(scratch, ignore_errors=True)
    database, wal = _read(path), _read(Path(f"{path}-wal"))
    scratch_copy: Path | None = scratch / path.name
    try:
        scratch.mkdir()
        shutil.copyfile(path, scratch / path.name)
        if wal:
            shutil.copyfile(f"{path}-wal", scratch / f"{path.name}-wal")
    except OSError as error:
        log.error("no copy of the damaged state database for SQLite to read: %s", error)
        scratch_copy = None
    engine = sqlite_engine(building, synchronous="FULL", wal=False)
    try:
        migrate(engine)
        salvage_into(engine, database=database, wal=wal, scratch_copy=scratch_copy,
                     at=now.replace(tzinfo=None), moved_aside=destination, problem=problem,
                     issued_elsewhere=issued_numbers)
    finally:
        engine.dispose()
        shutil.rmtree(scratch, ignore_errors=True)
    os.replace(building, _sibling(path, BUILT))
    _sync_folder(path.parent)
    recovery = _finish_replacing(path)
    if recovery is None:
        raise StateDatabaseError(f"the state database {path} could not be replaced")
    log.error("the state database was damaged (%s): moved aside to %s; %d requests recovered, "
              "%d unreadable; request numbers continue at %s", problem, destination,
              recovery.requests_recovered, recovery.requests_unreadable,
              recovery.next_numbers or "1")
    return recovery


def open_state_db(path: Path, *, issued_numbers: Callable[[], Iterable[str]] | None = None,
                  now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> StateOpenResult:
    """Open (creating or migrating) the state database at `path`.

    A damaged file (one SQLite cannot open, or whose quick_check finds a fault) is replaced:
    a new database gets every row that can still be read of it, request numbering continues
    past every number it or `issued_numbers` (e.g. the logs) names, and the recovery is
    recorded in the new database (db.salvage.RECOVERY_SETTING). The damaged file is renamed
    to `<name>.broken-<time>` beside it, with its WAL.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    recovery: StateRecovery | None = None
    with _exclusive(path):
        recovery = _finish_replacing(path)
        shutil.rmtree(_sibling(path, SCRATCH), ignore_errors=True)
        problem = state_problem(path)
        if problem is not None:
            recovery = _replace_damaged(path, problem, now(), issued_numbers)
        engine = sqlite_engine(path, synchronous="FULL")
        migrate(engine)
    return StateOpenResult(engine=engine,
                           moved_aside=Path(recovery.moved_aside) if recovery else None,
                           recovery=recovery)
