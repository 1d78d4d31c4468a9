"""Salvaging a damaged state database: pages SQLite refuses, the WAL, an interrupted swap."""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import db.state
from db.salvage import (
    RECOVERY_EVENT,
    RECOVERY_SETTING,
    SEQUENCE_MARGIN,
    StateRecovery,
    committed_wal_frames,
    leaf_records,
    read_page_images,
)
from db.state import StateDatabaseError, open_state_db
from db.state_models import (
    Event,
    Request,
    RequestKind,
    RequestSequence,
    RequestStatus,
    SampleStock,
    Setting,
)
from kiosk.requests.numbers import format_request_number
from tests.reliability import count
from tests.state_pages import PAGE, most_rows_lost, overwrite_pages, pages_of

REQUESTS = 50
PIN_HASH = "scrypt$32768$8$1$00ff$abcd"


def add_requests(engine: Engine, first: int, last: int, kiosk_id: str = "K01") -> None:
    """Requests `first`..`last`, one transaction each as the kiosk files them, in every
    status; some exported, every seventh with a note long enough for overflow pages."""
    for seq in range(first, last + 1):
        status = list(RequestStatus)[seq % 4]
        at = datetime(2026, 11, 1, 9) + timedelta(minutes=seq)
        with Session(engine) as session, session.begin():
            session.add(Request(
                number=format_request_number(kiosk_id, seq), kiosk_id=kiosk_id, seq=seq,
                created_at=at, kind=RequestKind.SAMPLE if seq % 5 else RequestKind.MARKETS,
                language="uz", item_number=f"9653{seq:04d}" if seq % 5 else None,
                item_name=f"Oʻrindiq {seq}", company=f"Fargʻona Avtodetal {seq} MChJ",
                contact_name="Aliyev Vali", phone="+998901234567", region="fergana",
                note="x" * (6000 if seq % 7 == 0 else 20), consent_at=at, status=status,
                printed_at=at if status is not RequestStatus.NEW else None,
                issued_at=at if status is RequestStatus.ISSUED else None,
                cancelled_at=at if status is RequestStatus.CANCELLED else None,
                exported_at=at if seq % 3 == 0 else None))
            sequence = session.get(RequestSequence, kiosk_id)
            if sequence is None:
                session.add(RequestSequence(kiosk_id=kiosk_id, last_seq=seq))
            else:
                sequence.last_seq = seq


def make_state(path: Path, requests: int = REQUESTS) -> dict[str, dict[str, object]]:
    """A state database as a kiosk leaves it; returns its requests by number."""
    engine = open_state_db(path).engine
    with Session(engine) as session, session.begin():
        session.add(Setting(key="staff_pin", value=PIN_HASH))
        session.add(SampleStock(item_number="96530007", catalog_on_hand=5, issued=2))
    add_requests(engine, 1, requests)
    rows = request_rows(engine)
    engine.dispose()
    return rows


def request_rows(engine: Engine) -> dict[str, dict[str, object]]:
    with Session(engine) as session:
        return {row.number: {column: getattr(row, column)
                             for column in Request.__table__.columns.keys()  # noqa: SIM118
                             if column != "id"}
                for row in session.scalars(select(Request))}


@pytest.fixture
def state_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "state.sqlite"


def test_only_pages_sqlite_cannot_read_are_missing_and_the_rest_is_exact(
        state_path: Path) -> None:
    before = make_state(state_path)
    leaves = pages_of(state_path, "requests", "leaf")
    lost_page, lost_cells = leaves[len(leaves) // 2]
    overwrite_pages(state_path, [lost_page])
    original = state_path.read_bytes()

    opened = open_state_db(state_path)
    recovery = opened.recovery
    assert recovery is not None and opened.moved_aside is not None
    assert opened.moved_aside.read_bytes() == original  # the evidence, untouched
    assert not state_path.with_name("state.sqlite.rebuilt").exists()
    after = request_rows(opened.engine)
    # Every row that came back is exactly what was stored; only the damaged page's are gone.
    assert all(before[number] == row for number, row in after.items())
    assert len(after) >= REQUESTS - lost_cells and len(after) < REQUESTS
    # The number index still names the lost ones: they are counted, not silently dropped.
    assert recovery.requests_recovered == len(after)
    assert recovery.requests_unreadable == REQUESTS - len(after)
    assert not recovery.requests_complete
    with Session(opened.engine) as session:
        assert session.get(Setting, "staff_pin").value == PIN_HASH  # type: ignore[union-attr]
        assert session.get(RequestSequence, "K01").last_seq == REQUESTS + SEQUENCE_MARGIN  # type: ignore[union-attr]
        stock = session.get(SampleStock, "96530007")
        assert stock is not None and (stock.catalog_on_hand, stock.issued) == (5, 2)
    opened.engine.dispose()


def test_a_damaged_interior_page_loses_nothing_read_page_by_page(state_path: Path) -> None:
    before = make_state(state_path)
    interior = pages_of(state_path, "requests", "internal")
    assert interior, "the requests table should need an interior page at this size"
    overwrite_pages(state_path, [page for page, _ in interior])
    opened = open_state_db(state_path)
    assert request_rows(opened.engine) == before
    assert opened.recovery is not None and opened.recovery.requests_unreadable == 0
    opened.engine.dispose()


def test_a_damaged_index_loses_nothing_and_says_so(state_path: Path) -> None:
    before = make_state(state_path)
    overwrite_pages(state_path, [page for page, _ in pages_of(state_path,
                                                              "ix_requests_status_created")])
    opened = open_state_db(state_path)
    recovery = opened.recovery
    assert recovery is not None and recovery.requests_complete
    assert recovery.requests_recovered == REQUESTS and recovery.requests_unreadable == 0
    assert request_rows(opened.engine) == before
    with opened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    opened.engine.dispose()


def test_requests_only_in_the_wal_are_recovered_when_the_file_is_damaged(
        tmp_path: Path) -> None:
    live = tmp_path / "live" / "state.sqlite"
    engine = open_state_db(live).engine
    add_requests(engine, 1, 20)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    add_requests(engine, 21, 30)  # committed, in the WAL only
    before = request_rows(engine)
    # A power cut now: the files as they are, the WAL not checkpointed.
    copy = tmp_path / "copy" / "state.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(live, copy)
    shutil.copyfile(f"{live}-wal", f"{copy}-wal")
    engine.dispose()
    wal = Path(f"{copy}-wal").read_bytes()
    in_wal = {page for page, _ in committed_wal_frames(wal)[1]}
    # Every page of the file the WAL does not hold a newer version of is destroyed.
    overwrite_pages(copy, [page for page in range(1, copy.stat().st_size // PAGE + 1)
                           if page not in in_wal])
    newest = {format_request_number("K01", seq) for seq in range(21, 31)}
    # Page by page, without SQLite, the WAL's frames alone give the newest requests.
    images = read_page_images(copy.read_bytes(), wal)
    decoded = {values[1] for _rowid, values in leaf_records(images) if len(values) == 31}
    assert newest <= decoded

    opened = open_state_db(copy)
    after = request_rows(opened.engine)
    assert newest <= set(after)
    assert all(before[number] == row for number, row in after.items())
    # The old WAL went with the damaged file (or into it): none is left beside the new one.
    assert opened.moved_aside is not None
    new_wal = Path(f"{copy}-wal")
    assert not new_wal.exists() or wal[32:] not in new_wal.read_bytes()
    opened.engine.dispose()


def test_frames_after_the_last_commit_or_a_bad_checksum_never_happened(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    engine = open_state_db(path).engine
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        add_requests(engine, 1, 1)
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        add_requests(engine, 2, 2)
        wal = Path(f"{path}-wal").read_bytes()
        _size, first = committed_wal_frames(wal)
        add_requests(engine, 3, 3)
        wal = Path(f"{path}-wal").read_bytes()
        _size, both = committed_wal_frames(wal)
    engine.dispose()
    assert 0 < len(first) < len(both)
    frame = 24 + PAGE
    # The second transaction without its commit frame: only the first one happened.
    assert committed_wal_frames(wal[:32 + (len(both) - 1) * frame])[1] == first
    # A flipped byte in the second transaction: it ends at the frame before.
    damaged = bytearray(wal)
    damaged[32 + len(first) * frame + 24 + 100] ^= 0xFF
    assert committed_wal_frames(bytes(damaged))[1] == first


def test_a_truncated_file_keeps_what_lies_before_the_cut(state_path: Path) -> None:
    before = make_state(state_path)
    pages = state_path.stat().st_size // PAGE
    keep = pages * 2 // 3
    whole = sum(cells for page, cells in pages_of(state_path, "requests", "leaf")
                if page <= keep)
    with state_path.open("r+b") as handle:
        handle.truncate(keep * PAGE)
    opened = open_state_db(state_path)
    after = request_rows(opened.engine)
    # Rows on pages before the cut come back, but for long notes whose overflow was cut off.
    long_notes = sum(1 for row in before.values() if len(str(row["note"])) > PAGE)
    assert len(after) >= whole - long_notes
    assert all(before[number] == row for number, row in after.items())
    opened.engine.dispose()


def test_the_recovery_is_recorded_in_the_new_database(state_path: Path) -> None:
    make_state(state_path)
    overwrite_pages(state_path, [1])
    opened = open_state_db(state_path, now=lambda: datetime(2026, 11, 27, 8, 30))
    with Session(opened.engine) as session:
        stored = session.get(Setting, RECOVERY_SETTING)
        events = session.scalars(select(Event).where(Event.kind == RECOVERY_EVENT)).all()
    assert stored is not None and len(events) == 1
    recovery = StateRecovery.from_json(stored.value)
    assert recovery == opened.recovery
    assert recovery is not None and recovery.at == datetime(2026, 11, 27, 8, 30)
    assert recovery.moved_aside == str(state_path.with_name(
        "state.sqlite.broken-20261127T083000Z"))
    assert recovery.problem == "file is not a database"
    assert events[0].data["requests_recovered"] == recovery.requests_recovered == REQUESTS
    assert recovery.next_numbers == {"K01": REQUESTS + SEQUENCE_MARGIN + 1}
    opened.engine.dispose()
    again = open_state_db(state_path)  # a sound file now: nothing more happens
    assert again.recovery is None and again.moved_aside is None
    again.engine.dispose()


def test_numbers_named_only_by_the_logs_are_not_given_again(state_path: Path) -> None:
    state_path.write_bytes(b"SQLite format 3\0" + os.urandom(3 * PAGE - 16))  # all lost
    opened = open_state_db(state_path, issued_numbers=lambda: [
        format_request_number("K01", 4321), "not a number"])
    with Session(opened.engine) as session:
        assert session.get(RequestSequence, "K01").last_seq == 4321 + SEQUENCE_MARGIN  # type: ignore[union-attr]
    opened.engine.dispose()


def test_a_swap_cut_short_is_finished_at_the_next_start(state_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    before = make_state(state_path)
    overwrite_pages(state_path, [1])
    original = state_path.read_bytes()

    class PowerCutError(Exception):
        pass

    finish = db.state._finish_replacing

    def cut(path: Path) -> StateRecovery | None:
        if path.with_name("state.sqlite.rebuilt").exists():
            raise PowerCutError
        return finish(path)

    # The new file is complete, then the power goes before the damaged one is moved aside.
    monkeypatch.setattr(db.state, "_finish_replacing", cut)
    with pytest.raises(PowerCutError):
        open_state_db(state_path)
    monkeypatch.undo()
    assert state_path.read_bytes() == original
    assert state_path.with_name("state.sqlite.rebuilt").exists()

    opened = open_state_db(state_path)
    assert opened.recovery is not None and opened.moved_aside is not None
    assert opened.moved_aside.read_bytes() == original
    assert request_rows(opened.engine) == before
    assert not state_path.with_name("state.sqlite.rebuilt").exists()
    assert len(list(state_path.parent.glob("state.sqlite.broken-*"))) == 1
    opened.engine.dispose()


def test_a_damaged_file_another_process_has_open_is_left_alone(
        state_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_state(state_path)
    running = sqlite3.connect(state_path)  # a kiosk that opened it while it was sound
    running.execute("SELECT count(*) FROM requests").fetchall()
    index = [page for page, _ in pages_of(state_path, "ix_requests_status_created")]
    overwrite_pages(state_path, index)
    monkeypatch.setattr(db.state, "IN_USE_WAIT_S", 0.2)
    try:
        with pytest.raises(StateDatabaseError, match="another kiosk process has it open"):
            open_state_db(state_path)
        assert not list(state_path.parent.glob("state.sqlite.broken-*"))
    finally:
        running.close()
    opened = open_state_db(state_path)
    assert opened.recovery is not None and opened.recovery.requests_recovered == REQUESTS
    opened.engine.dispose()


@pytest.mark.reliability
def test_random_damage_never_brings_back_a_wrong_row_or_a_used_number(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine.sqlite"
    before = make_state(pristine)
    chance = random.Random(20261127)
    pages = pristine.stat().st_size // PAGE
    overflow = {page for page, _ in pages_of(pristine, "requests", "overflow")}
    for round_number in range(count(8, 200)):
        path = tmp_path / f"round-{round_number}" / "state.sqlite"
        path.parent.mkdir()
        data = bytearray(pristine.read_bytes())
        damage = chance.choice(("garbage", "zeros", "truncate"))
        if damage == "truncate":
            cut = chance.randrange(PAGE, len(data))
            destroyed = set(range(cut // PAGE + 1, pages + 1))
            del data[cut:]
        else:
            destroyed = set(chance.sample(range(1, pages + 1), chance.randint(1, 4)))
            for page in destroyed:
                data[(page - 1) * PAGE:page * PAGE] = (
                    chance.randbytes(PAGE) if damage == "garbage" else bytes(PAGE))
        path.write_bytes(bytes(data))
        named = [int(seq) for seq in re.findall(rb"CL-K01-(\d{6})-", bytes(data))]

        opened = open_state_db(path)
        label = f"round {round_number}: {damage} of pages {sorted(destroyed)[:8]}"
        if opened.recovery is None:
            # SQLite checks structure, not letters: zeros over the last page of a long text
            # are all that may pass its check unseen.
            assert destroyed <= overflow and damage == "zeros", label
            opened.engine.dispose()
            continue
        after = request_rows(opened.engine)
        # Nothing comes back changed, and no more is lost than the pages destroyed held.
        assert all(before[number] == row for number, row in after.items()), label
        assert len(after) >= REQUESTS - most_rows_lost(pristine, destroyed), label
        assert opened.recovery.requests_recovered == len(after), label
        with Session(opened.engine) as session:
            sequence = session.get(RequestSequence, "K01")
        # The next number lies beyond every number the damaged file still names.
        if named:
            assert sequence is not None and sequence.last_seq >= max(named) + SEQUENCE_MARGIN
        opened.engine.dispose()
