"""The state database: pragmas, migrations, and a broken file moved aside."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from db.state import head_revision, open_state_db
from db.state_models import Request, RequestKind, Setting


def test_new_state_database_has_wal_foreign_keys_full_sync_and_head_schema(tmp_path: Path) -> None:
    engine = open_state_db(tmp_path / "state.sqlite").engine
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == head_revision()
    assert {"requests", "events", "settings", "catalog_installs"} <= set(
        inspect(engine).get_table_names())


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    engine = open_state_db(path).engine
    with Session(engine) as session, session.begin():
        session.add(Setting(key="k", value="v"))
    engine.dispose()
    again = open_state_db(path)
    assert again.moved_aside is None
    with Session(again.engine) as session:
        assert session.get(Setting, "k").value == "v"  # type: ignore[union-attr]


def test_unreadable_state_database_is_moved_aside_and_a_fresh_one_made(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    result = open_state_db(path)
    assert result.moved_aside is not None
    assert result.moved_aside.read_bytes().startswith(b"this is not a database")
    with Session(result.engine) as session, session.begin():
        session.add(Request(number="CL-K01-000001-X", kiosk_id="K01", seq=1,
                            created_at=datetime(2026, 1, 1), kind=RequestKind.SAMPLE,
                            language="uz", company="A", contact_name="B",
                            phone="+998901234567", region="andijan",
                            consent_at=datetime(2026, 1, 1)))
    with Session(result.engine) as session:
        assert session.query(Request).count() == 1
