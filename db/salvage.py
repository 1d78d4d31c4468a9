"""Salvage of a damaged state database into a fresh one, so that no request number repeats."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import struct
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Engine, Enum, Integer, String, Table, text
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from db.state_models import RequestStatus, StateBase

log = logging.getLogger(__name__)

RECOVERY_SETTING = "state.recovery"
RECOVERY_DISMISSED_SETTING = "state.recovery_dismissed"
RECOVERY_EVENT = "state_recovered"
# The newest numbers may sit in pages nobody can read any more: this many numbers after the
# highest one found anywhere are skipped, so that none of them is ever given a second time.
SEQUENCE_MARGIN = 1000
# Tables whose rows are not copied: the schema version is the fresh file's own, and the
# sequences are reseeded from every number found (see `next_numbers`).
NOT_COPIED = frozenset({"alembic_version", "request_sequences"})
REQUESTS = "requests"
SEQUENCES = "request_sequences"

NUMBER_BYTES_RE = re.compile(rb"CL-([A-Z0-9]{1,8})-(\d{6,12})-[0-9A-Z]")
_NUMBER_RE = re.compile(r"^CL-([A-Z0-9]{1,8})-(\d{6,12})-[0-9A-Z]$")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (0x377F0682, 0x377F0683)
_TABLE_LEAF = 0x0D
_ROWID_MIN, _ROWID_MAX = -(2**63), 2**63 - 1
_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}
_STATUS_RANK = {RequestStatus.NEW.value: 0, RequestStatus.PRINTED.value: 1,
                RequestStatus.ISSUED.value: 2, RequestStatus.CANCELLED.value: 2}

Row = dict[str, object]


@dataclass(frozen=True)
class StateRecovery:
    """What happened when a damaged state database was replaced (kept as a JSON Setting)."""

    at: datetime  # UTC, naive
    moved_aside: str  # where the damaged file now is
    problem: str  # what SQLite said about it
    requests_recovered: int
    # Requests the damaged file names (in a readable page or an index) but whose rows could
    # not be read: a lower bound of what was lost.
    requests_unreadable: int
    # SQLite itself read the whole requests table without an error: nothing is missing.
    requests_complete: bool
    rows_recovered: dict[str, int] = field(default_factory=dict)  # per table
    next_numbers: dict[str, int] = field(default_factory=dict)  # kiosk id -> next sequence

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "at": self.at.isoformat(timespec="seconds")},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, stored: str) -> StateRecovery | None:
        """The recovery a stored record describes, or None if the record is not readable."""
        try:
            data = json.loads(stored)
            return cls(
                at=datetime.fromisoformat(data["at"]), moved_aside=str(data["moved_aside"]),
                problem=str(data["problem"]),
                requests_recovered=int(data["requests_recovered"]),
                requests_unreadable=int(data["requests_unreadable"]),
                requests_complete=bool(data["requests_complete"]),
                rows_recovered={str(k): int(v) for k, v in data["rows_recovered"].items()},
                next_numbers={str(k): int(v) for k, v in data["next_numbers"].items()})
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


class _UnreadableError(Exception):
    """A cell, record or page that does not decode."""


# ---- reading pages without SQLite (for what SQLite refuses to read)

@dataclass
class PageImages:
    """The newest committed image of every page of a database file and its WAL."""

    size: int
    usable: int
    pages: dict[int, bytes]

    def text_numbers(self) -> set[str]:
        """Every request number written in any of the pages (rows and index entries)."""
        found: set[str] = set()
        for image in self.pages.values():
            found.update(match.group().decode() for match in NUMBER_BYTES_RE.finditer(image))
        return found


def _wal_checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    for x0, x1 in struct.iter_unpack(order + "II", data):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def committed_wal_frames(wal: bytes) -> tuple[int, list[tuple[int, bytes]]]:
    """(page size, [(page number, image)]) of a WAL's committed frames, oldest first; frames
    after the last commit, or after the first one whose checksum fails, never happened."""
    if len(wal) < 32:
        return 0, []
    magic, _version, size, _checkpoint, salt1, salt2, check1, check2 = struct.unpack(
        ">8I", wal[:32])
    if magic not in _WAL_MAGICS or size < 512 or size & (size - 1):
        return 0, []
    order = ">" if magic & 1 else "<"
    sums = _wal_checksum(wal[:24], order, 0, 0)
    if sums != (check1, check2):
        return 0, []
    frames: list[tuple[int, bytes]] = []
    committed = 0
    offset = 32
    while offset + 24 + size <= len(wal):
        page, commit_size, frame_salt1, frame_salt2, sum1, sum2 = struct.unpack(
            ">6I", wal[offset:offset + 24])
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            break
        image = wal[offset + 24:offset + 24 + size]
        sums = _wal_checksum(image, order, *_wal_checksum(wal[offset:offset + 8], order, *sums))
        if sums != (sum1, sum2):
            break
        frames.append((page, image))
        if commit_size:
            committed = len(frames)
        offset += 24 + size
    return size, frames[:committed]


def read_page_images(database: bytes, wal: bytes = b"") -> PageImages:
    """The pages of a database file, with the WAL's committed frames over them. Without a
    readable header the page size is the WAL's, or SQLite's default."""
    wal_size, frames = committed_wal_frames(wal)
    size, reserved = 0, 0
    if database[:16] == _SQLITE_MAGIC and len(database) >= 100:
        raw = int.from_bytes(database[16:18], "big")
        size = 65536 if raw == 1 else raw
        reserved = database[20]
        if size < 512 or size & (size - 1):
            size, reserved = 0, 0
    size = size or wal_size or 4096
    pages = {number + 1: database[start:start + size]
             for number, start in enumerate(range(0, len(database) - size + 1, size))}
    if wal_size == size:
        pages.update(frames)
    return PageImages(size, size - reserved, pages)


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for index in range(8):
        if at + index >= len(data):
            raise _UnreadableError
        byte = data[at + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    if at + 8 >= len(data):
        raise _UnreadableError
    return (value << 8) | data[at + 8], at + 9


def _cell_payload(images: PageImages, image: bytes, at: int) -> tuple[int, bytes]:
    """(rowid, record) of the table-leaf cell at `at`, following its overflow pages."""
    usable = images.usable
    size, at = _varint(image, at)
    rowid, at = _varint(image, at)
    if rowid > _ROWID_MAX:
        rowid -= 2**64
    max_local = usable - 35
    if size <= max_local:
        if at + size > usable:
            raise _UnreadableError
        return rowid, image[at:at + size]
    min_local = (usable - 12) * 32 // 255 - 23
    local = min_local + (size - min_local) % (usable - 4)
    if local > max_local:
        local = min_local
    if at + local + 4 > usable:
        raise _UnreadableError
    parts = [image[at:at + local]]
    remaining = size - local
    next_page = int.from_bytes(image[at + local:at + local + 4], "big")
    seen: set[int] = set()
    while remaining > 0:
        overflow = images.pages.get(next_page)
        if overflow is None or next_page in seen:
            raise _UnreadableError
        seen.add(next_page)
        chunk = overflow[4:min(usable, 4 + remaining)]
        parts.append(chunk)
        remaining -= len(chunk)
        next_page = int.from_bytes(overflow[:4], "big")
    return rowid, b"".join(parts)


def decode_record(payload: bytes) -> tuple[object, ...]:
    """The values of an SQLite record (UTF-8 text); raises _UnreadableError unless it adds up."""
    header_size, at = _varint(payload, 0)
    if not 1 <= header_size <= len(payload):
        raise _UnreadableError
    types: list[int] = []
    while at < header_size:
        serial, at = _varint(payload, at)
        types.append(serial)
    if at != header_size:
        raise _UnreadableError
    values: list[object] = []
    body = header_size
    for serial in types:
        if serial == 0:
            values.append(None)
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial in _INT_SIZES:
            width = _INT_SIZES[serial]
            if body + width > len(payload):
                raise _UnreadableError
            values.append(int.from_bytes(payload[body:body + width], "big", signed=True))
            body += width
        elif serial == 7:
            if body + 8 > len(payload):
                raise _UnreadableError
            values.append(struct.unpack(">d", payload[body:body + 8])[0])
            body += 8
        elif serial >= 12:
            width = (serial - 12) // 2
            chunk = payload[body:body + width]
            if len(chunk) != width:
                raise _UnreadableError
            try:
                values.append(chunk.decode("utf-8") if serial & 1 else bytes(chunk))
            except UnicodeDecodeError as error:
                raise _UnreadableError from error
            body += width
        else:
            raise _UnreadableError
    if body != len(payload):
        raise _UnreadableError
    return tuple(values)


def leaf_records(images: PageImages) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(rowid, values) of every cell of every table-leaf page that decodes."""
    for number, image in images.pages.items():
        head = 100 if number == 1 else 0
        if len(image) < head + 8 or image[head] != _TABLE_LEAF:
            continue
        count = int.from_bytes(image[head + 3:head + 5], "big")
        for index in range(count):
            pointer = head + 8 + 2 * index
            if pointer + 2 > images.usable:
                break
            try:
                rowid, payload = _cell_payload(
                    images, image, int.from_bytes(image[pointer:pointer + 2], "big"))
                yield rowid, decode_record(payload)
            except _UnreadableError:
                continue


# ---- what a row of each table must look like

def _is_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_json(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        json.loads(value)
    except ValueError:
        return False
    return True


def _accepts(column: Column[Any], value: object) -> bool:
    if value is None:
        return bool(column.nullable)
    kind = column.type
    if isinstance(kind, Enum):
        return value in kind.enums
    if isinstance(kind, DateTime):
        return _is_time(value)
    if isinstance(kind, JSON):
        return _is_json(value)
    if isinstance(kind, Integer):
        return isinstance(value, int)
    if isinstance(kind, String):
        return isinstance(value, str)
    return True


def _rowid_alias(table: Table) -> str | None:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and isinstance(keys[0].type, Integer):
        return keys[0].name
    return None


def valid_row(table: Table, row: Mapping[str, object]) -> bool:
    """Every column the model has is there with a value its type allows (and a request's
    number agrees with its kiosk id and sequence)."""
    for column in table.columns:
        if column.name not in row or not _accepts(column, row[column.name]):
            return False
    if table.name == REQUESTS:
        match = _NUMBER_RE.match(str(row["number"]))
        if match is None or match.group(1) != row["kiosk_id"] or int(match.group(2)) != row["seq"]:
            return False
    return True


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def as_row(table: Table, columns: list[str], rowid: int, values: tuple[object, ...]
           ) -> Row | None:
    """The values read under `columns` as a row of the model's table; None when a column the
    model needs is missing and has no default."""
    read: Row = dict(zip(columns, values, strict=True))
    alias = _rowid_alias(table)
    if alias is not None:
        read[alias] = rowid
    row: Row = {}
    for column in table.columns:
        if column.name in read:
            row[column.name] = read[column.name]
            continue
        # A file of an older schema lacks the columns later migrations added: they get the
        # model's plain default (a migration that adds a column gives it a server default).
        default = column.default
        if isinstance(default, ScalarElementColumnDefault):
            row[column.name] = default.arg
        elif column.nullable:
            row[column.name] = None
        else:
            return None
    return row


# ---- reading rows through SQLite, stepping over what it cannot read

class SqliteReader:
    """Reads rows of a damaged database through SQLite in rowid order; a range that raises is
    stepped over (the next readable rowid is found by doubling the step, then halving it)."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("PRAGMA cell_size_check=ON")

    def close(self) -> None:
        self.connection.close()

    def tables(self) -> dict[str, list[str]]:
        """The columns of each table, as far as the schema can be read ({} if not at all)."""
        try:
            names = [row[0] for row in self.connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
        except sqlite3.DatabaseError:
            return {}
        found: dict[str, list[str]] = {}
        for name in names:
            try:
                columns = [row[1] for row in self.connection.execute(
                    f"PRAGMA table_info({_quote(name)})")]
            except sqlite3.DatabaseError:
                continue
            if columns:
                found[name] = columns
        return found

    def rows(self, table: str, columns: list[str]) -> tuple[dict[int, tuple[object, ...]], int]:
        """({rowid: values}, how many times reading raised) of `table`."""
        select = (f"SELECT rowid, {', '.join(_quote(c) for c in columns)} FROM {_quote(table)} "
                  "WHERE rowid >= ? ORDER BY rowid")
        rows: dict[int, tuple[object, ...]] = {}
        errors = 0
        start: int | None = _ROWID_MIN
        while start is not None:
            try:
                for row in self.connection.execute(select, (start,)):
                    rows[row[0]] = tuple(row[1:])
                    if row[0] >= _ROWID_MAX:
                        return rows, errors
                    start = row[0] + 1
                return rows, errors
            except sqlite3.DatabaseError:
                errors += 1
                start = self._next_readable(select + " LIMIT 1", start)
        return rows, errors

    def _readable(self, probe: str, start: int) -> bool:
        try:
            self.connection.execute(probe, (start,)).fetchall()
        except sqlite3.DatabaseError:
            return False
        return True

    def _next_readable(self, probe: str, failed: int) -> int | None:
        bad, step = failed, 1
        while True:
            good = failed + step
            if good > _ROWID_MAX:
                return None
            if self._readable(probe, good):
                break
            bad, step = good, step * 2
        while good - bad > 1:
            middle = (bad + good) // 2
            if self._readable(probe, middle):
                good = middle
            else:
                bad = middle
        return good


# ---- the salvage

@dataclass
class _Found:
    row: Row
    by_sqlite: bool
    conflict: bool = False


@dataclass
class _TableSalvage:
    found: dict[object, _Found] = field(default_factory=dict)  # by the row's key
    schema_read: bool = False  # SQLite knew the table
    read_errors: int = 0  # times SQLite raised while reading it
    invalid: int = 0  # rows SQLite returned that are not what the model allows

    def rows(self) -> list[Row]:
        """The rows to keep, those SQLite read first."""
        kept = [found for found in self.found.values() if not found.conflict]
        return [found.row for found in sorted(kept, key=lambda found: not found.by_sqlite)]


def _progress(row: Row) -> tuple[int, int, str]:
    """How far a request had come: of two versions of one request the newer came further
    (statuses only move forward, and times are only ever set)."""
    times = [str(row[name]) for name in ("printed_at", "issued_at", "cancelled_at", "exported_at")
             if row.get(name) is not None]
    return _STATUS_RANK.get(str(row.get("status")), 0), len(times), max(times, default="")


def _layouts(fresh: Engine) -> dict[str, list[str]]:
    with fresh.connect() as connection:
        names = [row[0] for row in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
        return {name: [row[1] for row in connection.execute(
            text(f"PRAGMA table_info({_quote(name)})"))] for name in names}


def highest_sequences(numbers: Iterable[str]) -> dict[str, int]:
    """The highest sequence number of each kiosk id among request numbers."""
    highest: dict[str, int] = {}
    for number in numbers:
        match = _NUMBER_RE.match(number)
        if match is not None:
            kiosk_id, seq = match.group(1), int(match.group(2))
            highest[kiosk_id] = max(seq, highest.get(kiosk_id, 0))
    return highest


def _numbers_in(data: bytes) -> set[str]:
    return {match.group().decode() for match in NUMBER_BYTES_RE.finditer(data)}


def _stored_time(moment: datetime) -> str:
    """A time as SQLAlchemy stores a DateTime in SQLite."""
    return moment.isoformat(sep=" ", timespec="microseconds")


class Salvage:
    """Reads what it can of a damaged state database (its file and WAL as they were) and
    writes it into a fresh, migrated one, with the request numbering moved past every number
    found."""

    def __init__(self, database: bytes, wal: bytes, scratch_copy: Path | None) -> None:
        self.database = database
        self.wal = wal
        self.scratch_copy = scratch_copy  # a copy of file and WAL that SQLite may change
        self.tables: dict[str, _TableSalvage] = {}
        self.sequences: dict[str, int] = {}
        self.page_numbers: set[str] = set()

    def read(self, fresh: Engine) -> None:
        """Read every table the fresh database has (and the model knows) from the damaged one:
        through SQLite as far as it goes, then page by page for the rows it could not reach."""
        layouts = _layouts(fresh)
        wanted = {name: StateBase.metadata.tables[name] for name in layouts
                  if name in StateBase.metadata.tables}
        self.tables = {name: _TableSalvage() for name in wanted}
        schema = self._read_with_sqlite(wanted)
        self._read_pages(wanted, {name: schema.get(name) or layouts[name] for name in wanted})

    def _read_with_sqlite(self, wanted: Mapping[str, Table]) -> dict[str, list[str]]:
        if self.scratch_copy is None:
            return {}
        try:
            reader = SqliteReader(self.scratch_copy)
        except sqlite3.DatabaseError as error:
            log.warning("SQLite cannot open the damaged state database: %s", error)
            return {}
        try:
            schema = reader.tables()
            for name, table in wanted.items():
                columns = schema.get(name)
                if not columns:
                    continue
                salvage = self.tables[name]
                salvage.schema_read = True
                rows, salvage.read_errors = reader.rows(name, columns)
                for rowid, values in rows.items():
                    row = as_row(table, columns, rowid, values)
                    if row is None or not valid_row(table, row):
                        salvage.invalid += 1
                    else:
                        self._keep(table, rowid, row, by_sqlite=True)
            return schema
        finally:
            reader.close()

    def _read_pages(self, wanted: Mapping[str, Table], layouts: Mapping[str, list[str]]
                    ) -> None:
        images = read_page_images(self.database, self.wal)
        self.page_numbers = images.text_numbers()
        by_width: dict[int, list[Table]] = {}
        for name, table in wanted.items():
            salvage = self.tables[name]
            if salvage.schema_read and not salvage.read_errors:
                # SQLite read it all: a table-leaf page it did not reach is a freed one,
                # whose rows were deleted (an old lockout, pruned figures).
                continue
            by_width.setdefault(len(layouts[name]), []).append(table)
        for rowid, values in leaf_records(images):
            fits: list[tuple[Table, Row]] = []
            for table in by_width.get(len(values), []):
                row = as_row(table, layouts[table.name], rowid, values)
                if row is not None and valid_row(table, row):
                    fits.append((table, row))
            if len(fits) == 1:
                table, row = fits[0]
                self._keep(table, rowid, row, by_sqlite=False)

    def _keep(self, table: Table, rowid: int, row: Row, *, by_sqlite: bool) -> None:
        if table.name == SEQUENCES:
            kiosk_id, last = row["kiosk_id"], row["last_seq"]
            if isinstance(kiosk_id, str) and isinstance(last, int):
                self.sequences[kiosk_id] = max(last, self.sequences.get(kiosk_id, 0))
            return
        if table.name == REQUESTS:
            key: object = row["number"]
        elif _rowid_alias(table) is not None:
            key = rowid
        else:
            key = tuple(row[column.name] for column in table.primary_key.columns)
        found = self.tables[table.name].found
        known = found.get(key)
        if known is None:
            found[key] = _Found(row, by_sqlite)
        elif known.by_sqlite or by_sqlite or known.row == row:
            return  # SQLite's reading of the b-tree is the current version
        elif table.name == REQUESTS:
            if _progress(row) > _progress(known.row):
                found[key] = _Found(row, by_sqlite=False)
        else:
            known.conflict = True  # two versions, no telling the newer (a PIN hash?): neither

    def recovered_numbers(self) -> set[str]:
        salvage = self.tables.get(REQUESTS)
        return set() if salvage is None else {str(row["number"]) for row in salvage.rows()}

    def next_numbers(self, issued_elsewhere: Iterable[str]) -> dict[str, int]:
        """The next sequence number of each kiosk id: SEQUENCE_MARGIN past the highest number
        any source names (the sequences read, every number in the file and WAL, the logs)."""
        highest = dict(self.sequences)
        everywhere = (_numbers_in(self.database) | _numbers_in(self.wal) | self.page_numbers
                      | self.recovered_numbers() | set(issued_elsewhere))
        for kiosk_id, seq in highest_sequences(everywhere).items():
            highest[kiosk_id] = max(seq, highest.get(kiosk_id, 0))
        return {kiosk_id: seq + SEQUENCE_MARGIN + 1 for kiosk_id, seq in highest.items()}

    def write(self, fresh: Engine, *, at: datetime, moved_aside: Path, problem: str,
              issued_elsewhere: Iterable[str]) -> StateRecovery:
        """Insert what was read, reseed the numbering and record the recovery, in one
        transaction: all of it, or none."""
        counts: dict[str, int] = {}
        with fresh.begin() as connection:
            for name, salvage in self.tables.items():
                if name in NOT_COPIED:
                    continue
                table = StateBase.metadata.tables[name]
                columns = [column.name for column in table.columns]
                alias = _rowid_alias(table)
                insert = (f"INSERT OR IGNORE INTO {_quote(name)} "
                          f"({', '.join(_quote(c) for c in columns)}) "
                          f"VALUES ({', '.join('?' for _ in columns)})")
                used: set[object] = set()
                counts[name] = 0
                for row in salvage.rows():
                    values = dict(row)
                    if alias is not None:
                        if values[alias] in used:
                            values[alias] = None  # another page's version: a new rowid
                        used.add(values[alias])
                    result = connection.exec_driver_sql(
                        insert, tuple(values[column] for column in columns))
                    counts[name] += max(0, result.rowcount)
            next_numbers = self.next_numbers(issued_elsewhere)
            for kiosk_id, seq in next_numbers.items():
                connection.exec_driver_sql(
                    "INSERT OR REPLACE INTO request_sequences (kiosk_id, last_seq) VALUES (?, ?)",
                    (kiosk_id, seq - 1))
            requests = self.tables.get(REQUESTS, _TableSalvage())
            named = self.page_numbers - self.recovered_numbers()
            record = StateRecovery(
                at=at, moved_aside=str(moved_aside), problem=problem[:500],
                requests_recovered=counts.get(REQUESTS, 0), requests_unreadable=len(named),
                requests_complete=(requests.schema_read and requests.read_errors == 0
                                   and requests.invalid == 0 and not named),
                rows_recovered=counts, next_numbers=next_numbers)
            connection.exec_driver_sql(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (RECOVERY_SETTING, record.to_json()))
            connection.exec_driver_sql(
                "INSERT INTO events (at, kind, language, data) VALUES (?, ?, '', ?)",
                (_stored_time(at), RECOVERY_EVENT, record.to_json()))
        return record


def salvage_into(fresh: Engine, *, database: bytes, wal: bytes, scratch_copy: Path | None,
                 at: datetime, moved_aside: Path, problem: str,
                 issued_elsewhere: Callable[[], Iterable[str]] | None = None) -> StateRecovery:
    """Copy what can be read of a damaged state database into `fresh` (migrated and empty).

    `database` and `wal` are the damaged file's bytes; `scratch_copy` a copy of both that
    SQLite may open and change (None: pages only). `issued_elsewhere` names request numbers
    known from other sources (the logs), so that none of them is given again. Should reading
    fail in a way nobody foresaw, nothing is copied but the numbering still moves past every
    number found.
    """
    elsewhere: list[str] = []
    if issued_elsewhere is not None:
        try:
            elsewhere = list(issued_elsewhere())
        except Exception:  # the logs only add certainty: without them the salvage goes on
            log.exception("request numbers in the logs not read")
    salvage = Salvage(database, wal, scratch_copy)
    try:
        salvage.read(fresh)
        return salvage.write(fresh, at=at, moved_aside=moved_aside, problem=problem,
                             issued_elsewhere=elsewhere)
    except Exception:
        log.exception("the damaged state database was not salvaged; only its numbers are kept")
        return Salvage(database, wal, None).write(
            fresh, at=at, moved_aside=moved_aside, problem=problem, issued_elsewhere=elsewhere)
