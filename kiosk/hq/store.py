"""HQ's store of the kiosks' exports (SQLite or any SQLAlchemy URL): demand, requests, health.

Importing is idempotent. An export already imported (same bytes) is skipped; otherwise each
row is keyed as on the kiosk and the newest export's value wins: the kiosk's hourly counts are
running totals, so a later export supersedes an earlier one and nothing is counted twice. HQ
keeps what the kiosks prune. Personal data of requests (company, name, phone, TIN, e-mail,
notes) is not stored here: `cooplab-hq merge` is the tool for those.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import (
    JSON,
    BigInteger,
    Engine,
    Index,
    Integer,
    String,
    UniqueConstraint,
    create_engine,
    insert,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from kiosk.bundle.merge import OpenedExport

STORE_SCHEMA_VERSION = 1
DEFAULT_STORE_NAME = "cooplab-hq.sqlite"
_IN_CHUNK = 500


class StoreFailure(StrEnum):
    BAD_URL = "bad_url"
    NO_DRIVER = "no_driver"
    CANNOT_OPEN = "cannot_open"
    NEWER_SCHEMA = "newer_schema"
    BAD_SECTION = "bad_section"


class StoreError(Exception):
    """HQ's store cannot be opened, or an export cannot go into it; nothing was changed."""

    def __init__(self, reason: StoreFailure, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class HqBase(DeclarativeBase):
    """Declarative base of HQ's store (apart from the kiosk's own databases)."""


class StoreInfo(HqBase):
    __tablename__ = "hq_store"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class KioskRow(HqBase):
    """One kiosk: its pinned export key and what its newest export said of its health."""

    __tablename__ = "hq_kiosks"

    kiosk_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    kiosk_key: Mapped[str] = mapped_column(String(64))
    last_export_at: Mapped[datetime]  # UTC
    app_version: Mapped[str] = mapped_column(String(40), default="")
    catalog_version: Mapped[str] = mapped_column(String(40), default="")
    health: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    errors: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class ExportRow(HqBase):
    """One imported export file, known by the SHA-256 of its bytes."""

    __tablename__ = "hq_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    kiosk_id: Mapped[str] = mapped_column(String(8), index=True)
    created_at: Mapped[datetime]
    imported_at: Mapped[datetime]
    request_count: Mapped[int] = mapped_column(Integer)
    demand_rows: Mapped[int] = mapped_column(Integer)


class DemandRow(HqBase):
    """A kiosk's count of one event, per UTC hour, language, subject, request kind and region."""

    __tablename__ = "hq_demand"
    __table_args__ = (
        UniqueConstraint("kiosk_id", "hour", "event", "language", "subject", "request_kind",
                         "region", name="uq_hq_demand_key"),
        Index("ix_hq_demand_event_subject", "event", "subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(8))
    hour: Mapped[datetime]
    event: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(60))
    request_kind: Mapped[str] = mapped_column(String(20))
    region: Mapped[str] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(BigInteger)
    nothing_found: Mapped[int] = mapped_column(BigInteger)
    results: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[datetime]  # the export the counts come from


class RequestRow(HqBase):
    """A request without its personal data, as the newest export had it."""

    __tablename__ = "hq_requests"

    number: Mapped[str] = mapped_column(String(40), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(2))
    item_number: Mapped[str | None] = mapped_column(String(60))
    item_name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer)
    region: Mapped[str] = mapped_column(String(40))
    as_of: Mapped[datetime]


class ItemRow(HqBase):
    """An item's name and category as the newest export's catalog had them."""

    __tablename__ = "hq_items"

    number: Mapped[str] = mapped_column(String(60), primary_key=True)
    name_uz: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(40))
    category_uz: Mapped[str] = mapped_column(String(200))
    category_ru: Mapped[str] = mapped_column(String(200))
    category_en: Mapped[str] = mapped_column(String(200))
    as_of: Mapped[datetime]


# -- the sections as exported by kiosk/export_sections.py (unknown fields are ignored) --------

class _Section(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class DemandHour(_Section):
    hour: datetime
    event: str = Field(max_length=10)
    language: str = Field(default="", max_length=2)
    subject: str = Field(default="", max_length=60)
    request_kind: str = Field(default="", max_length=20)
    region: str = Field(default="", max_length=40)
    count: int = Field(ge=0)
    nothing_found: int = Field(default=0, ge=0)
    results: int = Field(default=0, ge=0, lt=2**31)


class Localized(_Section):
    uz: str = Field(default="", max_length=300)
    ru: str = Field(default="", max_length=300)
    en: str = Field(default="", max_length=300)


class ItemInfo(_Section):
    name: Localized = Localized()
    category: str = Field(default="", max_length=40)
    category_name: Localized = Localized()


class FiguresSection(_Section):
    hours: list[DemandHour] = Field(default_factory=list)
    items: dict[str, ItemInfo] = Field(default_factory=dict)


class RequestIn(_Section):
    number: str = Field(min_length=1, max_length=40)
    kiosk_id: str = Field(max_length=20)
    created_at: datetime
    kind: str = Field(max_length=20)
    status: str = Field(max_length=20)
    language: str = Field(default="", max_length=2)
    item_number: str | None = Field(default=None, max_length=60)
    item_name: str = Field(default="", max_length=300)
    quantity: int = Field(default=1, ge=0, lt=2**31)
    region: str = Field(default="", max_length=40)


def naive_utc(moment: datetime) -> datetime:
    """`moment` in UTC without tzinfo (how the store keeps times)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None)


def parse_time(text: str) -> datetime:
    return naive_utc(datetime.fromisoformat(text))


# -- opening ----------------------------------------------------------------------------------

def default_store_url(report: Path) -> str:
    """The SQLite store beside the report, kept from one report to the next."""
    return f"sqlite:///{report.resolve().parent / DEFAULT_STORE_NAME}"


def shown_url(url: str) -> str:
    """The URL as it may be printed (the password hidden)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def open_store(url: str) -> Engine:
    """An engine on HQ's store, its tables created when new; raises StoreError."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise StoreError(StoreFailure.BAD_URL, f"--store: {url!r} is not a database URL "
                         "(e.g. sqlite:///hq.sqlite or postgresql+psycopg://user@host/db)"
                         ) from error
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).parent
        if not folder.is_dir():
            raise StoreError(StoreFailure.CANNOT_OPEN, f"--store: no folder {folder}")
    try:
        engine = create_engine(parsed)
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise StoreError(StoreFailure.NO_DRIVER,
                         f"--store: no database driver for {parsed.drivername} is installed "
                         f"({error})") from error
    try:
        HqBase.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            stored = session.get(StoreInfo, "schema_version")
            if stored is None:
                session.add(StoreInfo(key="schema_version", value=str(STORE_SCHEMA_VERSION)))
            elif int(stored.value) > STORE_SCHEMA_VERSION:
                raise StoreError(StoreFailure.NEWER_SCHEMA,
                                 f"{shown_url(url)} was made by a newer cooplab-hq (store "
                                 f"version {stored.value}): update this tool")
    except (SQLAlchemyError, ValueError) as error:
        engine.dispose()
        raise StoreError(StoreFailure.CANNOT_OPEN,
                         f"cannot open HQ's store {shown_url(url)}: {error}") from error
    except StoreError:
        engine.dispose()
        raise
    return engine


def pins(session: Session) -> dict[str, str]:
    """Each known kiosk id's export signing key (hex)."""
    return {kiosk_id: key for kiosk_id, key in session.execute(
        select(KioskRow.kiosk_id, KioskRow.kiosk_key))}


# -- importing --------------------------------------------------------------------------------

@dataclass
class ImportSummary:
    imported: list[OpenedExport] = field(default_factory=list)
    already_imported: list[OpenedExport] = field(default_factory=list)
    requests: int = 0
    demand_rows: int = 0

    @property
    def kiosks(self) -> list[str]:
        return sorted({e.payload.kiosk_id for e in (*self.imported, *self.already_imported)})


ModelT = TypeVar("ModelT", bound=HqBase)


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start:start + _IN_CHUNK]


def _by_key(session: Session, model: type[ModelT], column: Any,
            keys: Iterable[str]) -> dict[str, ModelT]:
    wanted = sorted(set(keys))
    found: dict[str, ModelT] = {}
    for chunk in _chunks(wanted):
        for row in session.scalars(select(model).where(column.in_(chunk))):
            found[getattr(row, column.key)] = row
    return found


def file_digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


SectionT = TypeVar("SectionT", bound=_Section)


def _section(opened: OpenedExport, name: str, model: type[SectionT]) -> SectionT | None:
    data = opened.payload.sections.get(name)
    if not isinstance(data, dict) or "unavailable" in data:
        return None  # an older kiosk, or the kiosk could not read it this time
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise StoreError(StoreFailure.BAD_SECTION,
                         f"{opened.path.name}: its {name} section is malformed: "
                         f"{error.errors()[0]['msg']} at "
                         f"{'.'.join(map(str, error.errors()[0]['loc']))}") from error


def _requests(opened: OpenedExport) -> list[RequestIn]:
    try:
        return [RequestIn.model_validate(row) for row in opened.payload.requests]
    except ValidationError as error:
        raise StoreError(StoreFailure.BAD_SECTION,
                         f"{opened.path.name}: a request is malformed: "
                         f"{error.errors()[0]['msg']} at "
                         f"{'.'.join(map(str, error.errors()[0]['loc']))}") from error


def _errors(opened: OpenedExport) -> list[dict[str, Any]]:
    data = opened.payload.sections.get("errors")
    if not isinstance(data, list):
        return []
    return [{key: str(entry.get(key, ""))[:4000] for key in
             ("at", "level", "logger", "message", "traceback")}
            for entry in data[:200] if isinstance(entry, dict)]


def _import_kiosk(session: Session, opened: OpenedExport, created: datetime) -> None:
    payload = opened.payload
    kiosk = session.get(KioskRow, payload.kiosk_id)
    if kiosk is None:
        kiosk = KioskRow(kiosk_id=payload.kiosk_id, kiosk_key=payload.kiosk_key,
                         last_export_at=created, errors=[])
        session.add(kiosk)
    elif kiosk.last_export_at > created:
        return  # an older export than one already in the store
    health = payload.sections.get("health")
    kiosk.last_export_at = created
    kiosk.app_version = payload.app_version[:40]
    kiosk.catalog_version = payload.catalog_version[:40]
    kiosk.health = health if isinstance(health, dict) and "unavailable" not in health else None
    kiosk.errors = _errors(opened)


def _import_requests(session: Session, requests: list[RequestIn], created: datetime) -> int:
    existing = _by_key(session, RequestRow, RequestRow.number, (r.number for r in requests))
    for request in requests:
        values = {"kiosk_id": request.kiosk_id, "created_at": naive_utc(request.created_at),
                  "kind": request.kind, "status": request.status,
                  "language": request.language, "item_number": request.item_number or None,
                  "item_name": request.item_name, "quantity": request.quantity,
                  "region": request.region, "as_of": created}
        row = existing.get(request.number)
        if row is None:
            row = RequestRow(number=request.number, **values)
            session.add(row)
            existing[request.number] = row
        elif row.as_of <= created:
            for key, value in values.items():
                setattr(row, key, value)
    return len(requests)


def _import_demand(session: Session, kiosk_id: str, hours: list[DemandHour],
                   created: datetime) -> int:
    if not hours:
        return 0
    first = min(naive_utc(h.hour) for h in hours)
    # Plain rows and bulk statements: an export holds up to 50,000 of them.
    existing = {(hour, event, language, subject, kind, region): (row_id, as_of)
                for row_id, hour, event, language, subject, kind, region, as_of in session.execute(
                    select(DemandRow.id, DemandRow.hour, DemandRow.event, DemandRow.language,
                           DemandRow.subject, DemandRow.request_kind, DemandRow.region,
                           DemandRow.as_of)
                    .where(DemandRow.kiosk_id == kiosk_id, DemandRow.hour >= first))}
    added: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for entry in hours:
        hour = naive_utc(entry.hour)
        key = (hour, entry.event, entry.language, entry.subject, entry.request_kind,
               entry.region)
        counts = {"count": entry.count, "nothing_found": entry.nothing_found,
                  "results": entry.results, "as_of": created}
        found = existing.get(key)
        if found is None:
            added.append({"kiosk_id": kiosk_id, "hour": hour, "event": entry.event,
                          "language": entry.language, "subject": entry.subject,
                          "request_kind": entry.request_kind, "region": entry.region, **counts})
        elif found[1] <= created:
            changed.append({"id": found[0], **counts})
    if added:
        session.execute(insert(DemandRow), added)
    if changed:
        session.execute(update(DemandRow), changed)
    return len(hours)


def _import_items(session: Session, items: dict[str, ItemInfo], created: datetime) -> None:
    existing = _by_key(session, ItemRow, ItemRow.number,
                       (number for number in items if 0 < len(number) <= 60))
    for number, info in items.items():
        if not 0 < len(number) <= 60:
            continue
        values = {"name_uz": info.name.uz, "name_ru": info.name.ru, "name_en": info.name.en,
                  "category": info.category, "category_uz": info.category_name.uz[:200],
                  "category_ru": info.category_name.ru[:200],
                  "category_en": info.category_name.en[:200], "as_of": created}
        row = existing.get(number)
        if row is None:
            row = ItemRow(number=number, **values)
            session.add(row)
            existing[number] = row
        elif row.as_of <= created:
            for key, value in values.items():
                setattr(row, key, value)


def import_exports(session: Session, exports: Sequence[OpenedExport]) -> ImportSummary:
    """Put opened exports (signatures checked, keys pinned: merge_exports) into the store.

    Runs in the caller's transaction: on a StoreError the caller rolls back and nothing of
    any export is kept.
    """
    summary = ImportSummary()
    now = naive_utc(datetime.now(UTC))
    seen: set[str] = set()
    ordered = sorted(exports, key=lambda e: parse_time(e.payload.created_at))
    for opened in ordered:
        digest = file_digest(opened.path)
        known = session.scalar(select(ExportRow.id).where(ExportRow.digest == digest))
        if known is not None or digest in seen:
            summary.already_imported.append(opened)
            continue
        seen.add(digest)
        created = parse_time(opened.payload.created_at)
        figures = _section(opened, "figures", FiguresSection)
        requests = _requests(opened)
        _import_kiosk(session, opened, created)
        count = _import_requests(session, requests, created)
        demand = 0
        if figures is not None:
            demand = _import_demand(session, opened.payload.kiosk_id, figures.hours, created)
            _import_items(session, figures.items, created)
        session.add(ExportRow(digest=digest, file_name=opened.path.name[:255],
                              kiosk_id=opened.payload.kiosk_id, created_at=created,
                              imported_at=now, request_count=count, demand_rows=demand))
        session.flush()
        summary.imported.append(opened)
        summary.requests += count
        summary.demand_rows += demand
    return summary
