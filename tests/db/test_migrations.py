"""The Alembic migrations build exactly the schema of the models, and keep existing data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from db.engine import sqlite_engine
from db.state import _alembic_config, open_state_db
from db.state_models import StateBase


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    engine = open_state_db(tmp_path / "state.sqlite").engine
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection),
                                       StateBase.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_from_0001_keeps_requests_and_continues_their_numbering(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    engine = sqlite_engine(path, synchronous="FULL")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO requests (number, kiosk_id, seq, created_at, kind, language, filed_by,"
            " item_name, item_name_ru, item_hs_code, item_stand, quantity, company,"
            " contact_name, phone, region, tin, email, note, consent_at, status, print_error,"
            " cancel_reason) VALUES ('CL-K01-000041-X', 'K01', 41, '2026-01-01', 'sample',"
            " 'uz', 'visitor', '', '', '', '', 1, 'Acme', 'Ali', '+998901234567', 'andijan',"
            " '', '', '', '2026-01-01', 'new', '', '')")
    raw.close()
    engine.dispose()
    engine = open_state_db(path).engine
    with engine.connect() as connection:
        assert connection.execute(text("SELECT company, description, print_job FROM requests")
                                  ).one() == ("Acme", "", "")
        assert connection.execute(text("SELECT last_seq FROM request_sequences "
                                       "WHERE kiosk_id = 'K01'")).scalar() == 41
    engine.dispose()


def test_downgrade_to_0001_and_back(tmp_path: Path) -> None:
    engine = open_state_db(tmp_path / "state.sqlite").engine
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    with engine.connect() as connection:
        tables = {row[0] for row in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    assert "request_sequences" not in tables
    engine.dispose()
    engine = open_state_db(tmp_path / "state.sqlite").engine
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM request_sequences")).scalar() == 0
    engine.dispose()


def test_state_head_names_the_newest_migration() -> None:
    # migrate() skips Alembic (and its import) when the stored revision equals STATE_HEAD.
    from db.state import STATE_HEAD, head_revision

    assert head_revision() == STATE_HEAD


def test_a_database_at_head_opens_without_loading_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = ("import sys; from pathlib import Path; from db.state import open_state_db; "
            f"open_state_db(Path({str(tmp_path / 'state.sqlite')!r})); "
            "print('alembic' in sys.modules)")

    def alembic_loaded() -> str:
        return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()

    assert alembic_loaded() == "True"  # a new file gets its migrations
    assert alembic_loaded() == "False"  # at head: no Alembic at all
