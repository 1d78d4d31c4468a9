"""A stored request as callers see it: an immutable copy, safe to hand to the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from db.state_models import Request, RequestKind, RequestStatus


@dataclass(frozen=True)
class RequestRecord:
    number: str
    kiosk_id: str
    seq: int
    created_at: datetime  # UTC, naive (as stored)
    kind: RequestKind
    language: str
    filed_by: str  # "visitor" or "staff"
    item_number: str | None
    item_name: str  # in the visitor's language, as the visitor saw it
    item_name_ru: str
    item_hs_code: str
    item_stand: str
    quantity: int
    company: str
    contact_name: str
    phone: str  # +998XXXXXXXXX
    region: str  # a code of kiosk.regions
    tin: str
    email: str
    note: str
    description: str  # a help request's description
    consent_at: datetime
    status: RequestStatus
    print_error: str  # why the last print failed ("" after a good one)
    print_job: str  # CUPS job id of the last good print
    printed_at: datetime | None
    issued_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str

    @property
    def is_sample(self) -> bool:
        return self.kind is RequestKind.SAMPLE

    @property
    def printed(self) -> bool:
        return self.printed_at is not None

    @property
    def local_created_at(self) -> datetime:
        """When it was filed, in the kiosk's local time zone."""
        return self.created_at.replace(tzinfo=UTC).astimezone()

    @classmethod
    def of(cls, row: Request) -> RequestRecord:
        return cls(
            number=row.number, kiosk_id=row.kiosk_id, seq=row.seq, created_at=row.created_at,
            kind=row.kind, language=row.language, filed_by=row.filed_by,
            item_number=row.item_number, item_name=row.item_name, item_name_ru=row.item_name_ru,
            item_hs_code=row.item_hs_code, item_stand=row.item_stand, quantity=row.quantity,
            company=row.company, contact_name=row.contact_name, phone=row.phone,
            region=row.region, tin=row.tin, email=row.email, note=row.note,
            description=row.description, consent_at=row.consent_at, status=row.status,
            print_error=row.print_error, print_job=row.print_job, printed_at=row.printed_at,
            issued_at=row.issued_at, cancelled_at=row.cancelled_at,
            cancel_reason=row.cancel_reason,
        )
