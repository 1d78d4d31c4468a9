"""The kiosk's own state database: requests, usage events, settings and catalog history.

It survives every catalog update and app upgrade; its schema changes only through the Alembic
migrations in db/migrations.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Enum, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class StateBase(DeclarativeBase):
    """Declarative base of the state database."""


class RequestKind(enum.StrEnum):
    SAMPLE = "sample"
    ENGINEERING = "engineering"
    MARKETS = "markets"
    FINANCING = "financing"


class RequestStatus(enum.StrEnum):
    NEW = "new"
    PRINTED = "printed"
    ISSUED = "issued"
    CANCELLED = "cancelled"


def _enum(cls: type[enum.StrEnum]) -> Enum:
    return Enum(cls, native_enum=False, values_callable=lambda e: [m.value for m in e],
                validate_strings=True, length=20)


class Request(StateBase):
    """A visitor's request: a sample of an item, or the centre's help (no item)."""

    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_status_created", "status", "created_at"),
        Index("ix_requests_exported", "exported_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # e.g. CL-K01-000123-7
    kiosk_id: Mapped[str] = mapped_column(String(20))
    seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    kind: Mapped[RequestKind] = mapped_column(_enum(RequestKind))
    language: Mapped[str] = mapped_column(String(2))
    filed_by: Mapped[str] = mapped_column(String(10), default="visitor")  # visitor or staff
    # A snapshot of the item as the visitor saw it: the catalog may change later.
    item_number: Mapped[str | None] = mapped_column(String(60))
    item_name: Mapped[str] = mapped_column(String(300), default="")
    item_name_ru: Mapped[str] = mapped_column(String(300), default="")
    item_hs_code: Mapped[str] = mapped_column(String(10), default="")
    item_stand: Mapped[str] = mapped_column(String(60), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    company: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(20))  # +998XXXXXXXXX
    region: Mapped[str] = mapped_column(String(40))
    tin: Mapped[str] = mapped_column(String(9), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    consent_at: Mapped[datetime]
    status: Mapped[RequestStatus] = mapped_column(_enum(RequestStatus), default=RequestStatus.NEW)
    print_error: Mapped[str] = mapped_column(Text, default="")
    printed_at: Mapped[datetime | None]
    issued_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    exported_at: Mapped[datetime | None]
    # A help request's description (a sample request has only the optional note).
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    print_job: Mapped[str] = mapped_column(String(60), default="", server_default="")  # CUPS id


class RequestSequence(StateBase):
    """The last sequence number given to a request of a kiosk id; numbers are never reused."""

    __tablename__ = "request_sequences"

    kiosk_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class SampleStock(StateBase):
    """Samples of an item issued on this kiosk since the catalog said `catalog_on_hand`."""

    __tablename__ = "sample_stock"

    item_number: Mapped[str] = mapped_column(String(60), primary_key=True)
    catalog_on_hand: Mapped[int] = mapped_column(Integer)
    issued: Mapped[int] = mapped_column(Integer)


class Event(StateBase):
    """An anonymous usage event (item view, search, request), never personal data."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_kind_at", "kind", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(2), default="")
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class Setting(StateBase):
    """A kiosk-local key/value setting (kiosk id, staff PIN hash, counters)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CatalogInstall(StateBase):
    """One catalog install or rollback on this kiosk; the highest version ever is kept here."""

    __tablename__ = "catalog_installs"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(20))  # install, rollback
    version: Mapped[str] = mapped_column(String(32))
    version_key: Mapped[str] = mapped_column(String(64), index=True)  # sortable form of version
    source: Mapped[str] = mapped_column(String(300), default="")
    item_count: Mapped[int] = mapped_column(Integer, default=0)


class DemandCount(StateBase):
    """Anonymous demand figures: how often a thing happened in one hour, in one UI language.

    `event` is view (subject: item number), search (subject: the normalised search term) or
    request (subject: item number, "" for a help request; with its kind and region). Nothing
    a visitor typed into the request form is ever stored here.
    """

    __tablename__ = "demand_counts"
    __table_args__ = (
        Index("ux_demand_counts_key", "hour", "event", "language", "subject", "request_kind",
              "region", unique=True),
        Index("ix_demand_counts_event_subject", "event", "subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    hour: Mapped[datetime]  # UTC, the start of the hour
    event: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(60))
    request_kind: Mapped[str] = mapped_column(String(20), default="")
    region: Mapped[str] = mapped_column(String(40), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    # Searches only: how many of them found nothing, and how many results the latest found.
    nothing_found: Mapped[int] = mapped_column(Integer, default=0)
    results: Mapped[int] = mapped_column(Integer, default=0)
