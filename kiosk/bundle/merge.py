"""HQ side: opening the kiosks' exports and merging them into one table without duplicates.

Each export is opened with HQ's X25519 private key, its signature checked with the kiosk key it
carries, and that key pinned per kiosk id (within one merge, and across merges with a pins
file). Requests are keyed by their number (which holds the kiosk id); the row of the newest
export wins, so a later status (printed, issued) replaces an earlier one.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, SealedBox
from nacl.signing import VerifyKey
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.bundle.errors import ExportError, ExportFailure
from kiosk.bundle.export import FILE_MAGIC, INNER_MAGIC, PAYLOAD_FORMAT, PAYLOAD_VERSION

MAX_EXPORT_BYTES = 512 * 1024 * 1024
MAX_PAYLOAD_BYTES = 2 * 1024 * 1024 * 1024
# Spreadsheet programs run a cell that starts like this as a formula: such text gets a "'".
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9][0-9 ().-]*$")
_COLUMN = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
FIRST_COLUMNS = ("number", "kiosk_id", "created_at", "kind", "status")


class ExportPayload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    format: str
    format_version: int
    kiosk_id: str = Field(pattern=r"^[A-Z0-9]{1,8}$")
    kiosk_key: str = Field(pattern=r"^[0-9a-f]{64}$")
    created_at: str
    app_version: str = ""
    catalog_version: str = ""
    requests: list[dict[str, Any]]
    sections: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True)
class OpenedExport:
    path: Path
    payload: ExportPayload


@dataclass
class MergeResult:
    exports: list[OpenedExport] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    duplicates: int = 0
    pins: dict[str, str] = field(default_factory=dict)


def open_export(path: Path, hq_key: PrivateKey) -> OpenedExport:
    """Decrypt, authenticate and parse one export file; raises ExportError with the reason."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_EXPORT_BYTES + 1)
    except OSError as error:
        raise ExportError(ExportFailure.NOT_AN_EXPORT,
                          f"{path.name}: cannot read: {error.strerror}") from error
    if len(data) > MAX_EXPORT_BYTES or not data.startswith(FILE_MAGIC):
        raise ExportError(ExportFailure.NOT_AN_EXPORT, f"{path.name}: not a kiosk export")
    try:
        inner = SealedBox(hq_key).decrypt(data[len(FILE_MAGIC):])
    except CryptoError as error:
        raise ExportError(ExportFailure.CANNOT_OPEN,
                          f"{path.name}: cannot be opened with this HQ key (sealed to another "
                          "key, or damaged)") from error
    if not inner.startswith(INNER_MAGIC) or len(inner) < len(INNER_MAGIC) + 96:
        raise ExportError(ExportFailure.NOT_AN_EXPORT, f"{path.name}: not a kiosk export")
    offset = len(INNER_MAGIC)
    kiosk_key = inner[offset:offset + 32]
    signature = inner[offset + 32:offset + 96]
    body = inner[offset + 96:]
    try:
        VerifyKey(kiosk_key).verify(body, signature)
    except BadSignatureError as error:
        raise ExportError(ExportFailure.BAD_SIGNATURE,
                          f"{path.name}: the kiosk's signature does not match") from error
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(body, MAX_PAYLOAD_BYTES)
        if inflater.unconsumed_tail:
            raise ValueError("payload too large")
        payload = ExportPayload.model_validate(json.loads(text))
    except (ValueError, zlib.error, ValidationError) as error:
        raise ExportError(ExportFailure.NOT_AN_EXPORT,
                          f"{path.name}: the payload is malformed ({error})") from error
    if payload.format != PAYLOAD_FORMAT or payload.format_version != PAYLOAD_VERSION:
        raise ExportError(ExportFailure.NOT_AN_EXPORT,
                          f"{path.name}: export format {payload.format_version} is not supported")
    if payload.kiosk_key != kiosk_key.hex():
        raise ExportError(ExportFailure.BAD_SIGNATURE,
                          f"{path.name}: signed by another key than the kiosk's own")
    return OpenedExport(path, payload)


def merge_exports(paths: list[Path], hq_key: PrivateKey,
                  pins: dict[str, str] | None = None) -> tuple[MergeResult, list[str]]:
    """Open every export; returns the merge and the problems (one line per refused file)."""
    result = MergeResult(pins=dict(pins or {}))
    problems: list[str] = []
    for path in paths:
        try:
            opened = open_export(path, hq_key)
        except ExportError as error:
            problems.append(error.message)
            continue
        kiosk, key = opened.payload.kiosk_id, opened.payload.kiosk_key
        pinned = result.pins.setdefault(kiosk, key)
        if pinned != key:
            problems.append(f"{path.name}: kiosk {kiosk} signed with key {key[:16]}, but its "
                            f"pinned key is {pinned[:16]} (another machine claims to be {kiosk})")
            continue
        result.exports.append(opened)
    newest: dict[str, tuple[str, dict[str, Any]]] = {}
    total = 0
    for opened in sorted(result.exports, key=lambda e: e.payload.created_at):
        for row in opened.payload.requests:
            number = str(row.get("number", ""))
            if not number:
                continue
            total += 1
            newest[number] = (opened.payload.created_at, row)
    result.duplicates = total - len(newest)
    result.rows = sorted((row for _, row in newest.values()),
                         key=lambda r: (str(r.get("kiosk_id", "")), str(r.get("created_at", "")),
                                        str(r.get("number", ""))))
    return result, problems


def columns_of(rows: list[dict[str, Any]]) -> list[str]:
    """The columns: the usual first ones, then any other in order of appearance."""
    seen = dict.fromkeys(c for c in FIRST_COLUMNS if c == "number" or any(c in r for r in rows))
    for row in rows:
        seen.update(dict.fromkeys(c for c in row if _COLUMN.match(c)))
    return list(seen)


def spreadsheet_text(value: Any) -> Any:
    """Text a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(
            value):
        return "'" + value
    return value


def write_merged(result: MergeResult, out: Path) -> None:
    """Write the merged requests as .csv, .xlsx or .sqlite, replacing `out` in one step."""
    suffix = out.suffix.lower()
    writers = {".csv": _write_csv, ".xlsx": _write_xlsx, ".sqlite": _write_sqlite}
    if suffix not in writers:
        raise ValueError(f"{out.name}: the output must end in .csv, .xlsx or .sqlite")
    temporary = out.with_name(f".{out.name}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        writers[suffix](result, temporary)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)


def _write_csv(result: MergeResult, path: Path) -> None:
    columns = columns_of(result.rows)
    # utf-8-sig: spreadsheet programs then read Cyrillic and Uzbek letters right.
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in result.rows:
            writer.writerow([spreadsheet_text(row.get(c)) for c in columns])


def _write_xlsx(result: MergeResult, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("requests")
    columns = columns_of(result.rows)
    sheet.append(columns)
    for row in result.rows:
        cells = []
        for column in columns:
            value = row.get(column)
            cell = WriteOnlyCell(sheet, value="" if value is None else value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            cells.append(cell)
        sheet.append(cells)
    exports = workbook.create_sheet("exports")
    exports.append(["file", "kiosk_id", "kiosk_key", "created_at", "app_version",
                    "catalog_version", "requests"])
    for opened in result.exports:
        p = opened.payload
        exports.append([opened.path.name, p.kiosk_id, p.kiosk_key, p.created_at, p.app_version,
                        p.catalog_version, len(p.requests)])
    workbook.save(path)


def _write_sqlite(result: MergeResult, path: Path) -> None:
    columns = columns_of(result.rows)
    connection = sqlite3.connect(path)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        connection.execute(f"CREATE TABLE requests ({quoted}, PRIMARY KEY (number))")
        marks = ", ".join("?" for _ in columns)
        connection.executemany(f"INSERT INTO requests ({quoted}) VALUES ({marks})",
                               [[row.get(c) for c in columns] for row in result.rows])
        connection.execute("CREATE TABLE exports (file, kiosk_id, kiosk_key, created_at, "
                           "app_version, catalog_version, requests)")
        connection.execute("CREATE TABLE sections (kiosk_id, export_created_at, name, data)")
        for opened in result.exports:
            p = opened.payload
            connection.execute("INSERT INTO exports VALUES (?, ?, ?, ?, ?, ?, ?)",
                               (opened.path.name, p.kiosk_id, p.kiosk_key, p.created_at,
                                p.app_version, p.catalog_version, len(p.requests)))
            for name, data in p.sections.items():
                connection.execute("INSERT INTO sections VALUES (?, ?, ?, ?)",
                                   (p.kiosk_id, p.created_at, name,
                                    json.dumps(data, ensure_ascii=False)))
        connection.commit()
    finally:
        connection.close()
