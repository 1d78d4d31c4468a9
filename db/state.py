"""Opening the state database: durability pragmas, schema migrations, moving a broken file aside."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from db.engine import sqlite_engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class StateOpenResult:
    engine: Engine
    # Set when the file on disk was unreadable and was moved here; a fresh one was created.
    moved_aside: Path | None = None


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; quick when it is already there."""
    config = _alembic_config()
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head_revision():
            return
        log.info("migrating state database from %s to %s", current, head_revision())
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _is_healthy(path: Path) -> bool:
    if not path.exists():
        return True
    try:
        with sqlite3.connect(path) as connection:
            row = connection.execute("PRAGMA quick_check").fetchone()
        connection.close()
        return bool(row) and row[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def open_state_db(path: Path) -> StateOpenResult:
    """Open (creating or migrating) the state database at `path`.

    A file SQLite cannot read is renamed to `<name>.broken-<time>` beside it, with its WAL, and a
    fresh database is created, so that the kiosk keeps taking requests.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    moved: Path | None = None
    if not _is_healthy(path):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        moved = path.with_name(f"{path.name}.broken-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{path}{suffix}")
            if src.exists():
                src.rename(Path(f"{moved}{suffix}"))
        log.error("state database %s was unreadable; moved aside to %s", path, moved)
    engine = sqlite_engine(path, synchronous="FULL")
    migrate(engine)
    return StateOpenResult(engine=engine, moved_aside=moved)
