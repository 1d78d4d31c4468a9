"""RequestService: files requests durably, runs the staff queue, prints slips, reads scans.

Every method is blocking (SQLite, CUPS) and thread-safe: the GUI calls them on its worker
threads and shows the result, or the RequestError / PrinterError with its reason. A request is
committed (synchronous=FULL) before `file_sample` / `file_help` return, so once the visitor sees
the number a power cut or SIGKILL cannot lose it.

Samples on hand: the catalog is read-only and replaced by HQ's updates, so samples issued here
are counted in the state database (table sample_stock) against the catalog figure they were
taken from. When an update brings a different figure for an item, HQ has counted again and the
local count starts afresh.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.state_models import Request, RequestKind, RequestSequence, RequestStatus, SampleStock
from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk.core import KioskCore, utcnow
from kiosk.printing import Printer, PrinterError, PrinterState, PrintJob
from kiosk.requests.errors import DraftError, FieldProblem, FieldReason, RequestError, RequestReason
from kiosk.requests.forms import LIMITS, HelpDraft, SampleDraft, parse_draft
from kiosk.requests.numbers import (
    SEPARATOR,
    format_request_number,
    parse_request_number,
    slip_key,
    slip_payload,
    typed_variants,
    verify_slip_payload,
)
from kiosk.requests.records import RequestRecord
from kiosk.slip_codes import MEDIA, SlipError
from kiosk.text import clean_text, code_key, search_key

log = logging.getLogger(__name__)

SLIP_KEY_SETTING = "slip_key"
FILED_BY = ("visitor", "staff")
# A request can move only along these arrows; reprinting keeps the status it has.
CANCELLABLE = (RequestStatus.NEW, RequestStatus.PRINTED)
ISSUABLE = (RequestStatus.NEW, RequestStatus.PRINTED)


@dataclass(frozen=True)
class ItemSnapshot:
    """What a request keeps of its item, as the visitor saw it."""

    number: str
    name: str  # in the visitor's language
    name_ru: str
    hs_code: str
    stand: str
    catalog_on_hand: int
    thumbnail: Path | None


class RequestService:
    """Requests of one kiosk: filing, the staff queue, slips and printing, scans, stock."""

    def __init__(self, core: KioskCore) -> None:
        self.core = core
        self.config = core.config
        self._local_key: bytes | None = None
        self._key_lock = threading.Lock()

    # ---- the catalog side

    def item_snapshot(self, item_number: str, language: str = "ru") -> ItemSnapshot | None:
        """The catalog item with this number (also typed without separators), or None."""
        catalog = self.core.catalog
        query = ("SELECT number, name_uz, name_ru, name_en, hs_code, stand, shelf, "
                 "samples_on_hand, thumbnail FROM items WHERE {} LIMIT 1")
        with catalog.connect() as connection:
            row = connection.execute(text(query.format("number = :n")),
                                     {"n": item_number}).first()
            if row is None:
                row = connection.execute(text(query.format("number_key = :n")),
                                         {"n": code_key(item_number)}).first()
        if row is None:
            return None
        names = {"uz": row.name_uz, "ru": row.name_ru, "en": row.name_en}
        stand = " / ".join(part for part in (row.stand, row.shelf) if part)
        return ItemSnapshot(row.number, names.get(language) or row.name_ru, row.name_ru,
                            row.hs_code, stand[:60], int(row.samples_on_hand),
                            catalog.photos_dir / row.thumbnail if row.thumbnail else None)

    def samples_on_hand(self, item_number: str, catalog_value: int) -> int:
        """Samples of the item still in the pavilion: the catalog's figure less those issued
        here since the catalog said so."""
        with Session(self.core.state_engine) as session:
            stock = session.get(SampleStock, item_number)
        if stock is None or stock.catalog_on_hand != catalog_value:
            return max(0, catalog_value)
        return max(0, catalog_value - stock.issued)

    # ---- filing

    def _sample(self, values: Mapping[str, Any]) -> tuple[SampleDraft, ItemSnapshot]:
        problems: list[FieldProblem] = []
        draft: SampleDraft | None = None
        try:
            draft = parse_draft(SampleDraft, values)
        except DraftError as error:
            problems = list(error.problems)
        item_number = str(values.get("item_number") or "")
        language = str(values.get("language") or "ru")
        item = None
        if item_number and not any(p.field == "item_number" for p in problems):
            item = self.item_snapshot(item_number.strip(), language)
            if item is None:
                problems.append(FieldProblem("item_number", FieldReason.ITEM,
                                             "no such item in the catalog"))
        if draft is not None and item is not None:
            on_hand = self.samples_on_hand(item.number, item.catalog_on_hand)
            if draft.quantity > on_hand:
                problems.append(FieldProblem(
                    "quantity", FieldReason.OVER_STOCK,
                    f"only {on_hand} samples on hand" if on_hand else "no samples on hand",
                    on_hand))
        if problems or draft is None or item is None:
            raise DraftError(problems)
        return draft, item

    def check_sample(self, values: Mapping[str, Any]) -> list[FieldProblem]:
        """Problems of a sample request form as it stands (empty: it can be filed)."""
        try:
            self._sample(values)
        except DraftError as error:
            return list(error.problems)
        return []

    def check_help(self, values: Mapping[str, Any]) -> list[FieldProblem]:
        try:
            parse_draft(HelpDraft, values)
        except DraftError as error:
            return list(error.problems)
        return []

    def file_sample(self, values: Mapping[str, Any], *, filed_by: str = "visitor"
                    ) -> RequestRecord:
        """Validate and store a sample request; it is on disk when this returns.

        `values`: item_number, quantity, company, contact_name, phone, region, consent and the
        optional tin, email, note, language. Raises DraftError listing every problem.
        """
        draft, item = self._sample(values)
        return self._insert(draft, RequestKind.SAMPLE, filed_by, item=item, quantity=draft.quantity)

    def file_help(self, values: Mapping[str, Any], *, filed_by: str = "visitor"
                  ) -> RequestRecord:
        """Validate and store a help request (help_kind and description instead of an item)."""
        draft = parse_draft(HelpDraft, values)
        return self._insert(draft, draft.kind, filed_by, description=draft.description)

    def _insert(self, draft: SampleDraft | HelpDraft, kind: RequestKind, filed_by: str, *,
                item: ItemSnapshot | None = None, quantity: int = 1,
                description: str = "") -> RequestRecord:
        if filed_by not in FILED_BY:
            raise ValueError(f"filed_by must be one of {FILED_BY}")
        kiosk_id = self.core.kiosk_id
        now = utcnow()
        # Allocation and insert are one transaction: both happen, or neither. It starts with a
        # write, so a second process (a CLI next to the GUI) waits instead of failing.
        with Session(self.core.state_engine) as session, session.begin():
            session.execute(sqlite_insert(RequestSequence)
                            .values(kiosk_id=kiosk_id, last_seq=0)
                            .on_conflict_do_nothing(index_elements=["kiosk_id"]))
            seq = session.execute(
                update(RequestSequence).where(RequestSequence.kiosk_id == kiosk_id)
                .values(last_seq=RequestSequence.last_seq + 1)
                .returning(RequestSequence.last_seq)).scalar_one()
            row = Request(
                number=format_request_number(kiosk_id, seq), kiosk_id=kiosk_id, seq=seq,
                created_at=now, kind=kind, language=draft.language, filed_by=filed_by,
                item_number=item.number if item else None,
                item_name=item.name[:300] if item else "",
                item_name_ru=item.name_ru[:300] if item else "",
                item_hs_code=item.hs_code if item else "", item_stand=item.stand if item else "",
                quantity=quantity, company=draft.company, contact_name=draft.contact_name,
                phone=draft.phone, region=draft.region, tin=draft.tin, email=draft.email,
                note=draft.note, description=description, consent_at=now,
                status=RequestStatus.NEW, print_error="", print_job="", cancel_reason="")
            session.add(row)
            session.flush()
            record = RequestRecord.of(row)
        log.info("request %s filed: %s%s, by %s", record.number, kind.value,
                 f" of {record.item_number} x{quantity}" if item else "", filed_by)
        return record

    # ---- the staff queue

    def _row(self, session: Session, number: str) -> Request:
        text_number = number.strip()
        row = None
        if text_number.isascii():  # as stored; other text is parsed (SQLite cannot take all of it)
            row = session.scalars(select(Request).where(Request.number == text_number)).first()
        if row is None:
            parsed = parse_request_number(text_number).text
            row = session.scalars(select(Request).where(Request.number == parsed)).first()
            if row is None:
                raise RequestError(RequestReason.NOT_FOUND,
                                   f"there is no request {parsed} on this kiosk")
        return row

    def get(self, number: str) -> RequestRecord:
        """The request with this number (typed in any case, spaces for dashes are fine)."""
        with Session(self.core.state_engine) as session:
            return RequestRecord.of(self._row(session, number))

    def counts(self) -> dict[RequestStatus, int]:
        with Session(self.core.state_engine) as session:
            found = dict(session.execute(select(Request.status, func.count())
                                         .group_by(Request.status)).tuples().all())
        return {status: int(found.get(status, 0)) for status in RequestStatus}

    def list_requests(self, *, search: str = "", statuses: Collection[RequestStatus] = (),
                      kinds: Collection[RequestKind] = (), limit: int = 200,
                      offset: int = 0) -> list[RequestRecord]:
        """The queue, newest first, filtered by status and kind; `search` matches every word in
        the number, company, name, phone, e-mail, TIN and item (any case, any apostrophe)."""
        query = select(Request).order_by(Request.created_at.desc(), Request.id.desc())
        if statuses:
            query = query.where(Request.status.in_(list(statuses)))
        if kinds:
            query = query.where(Request.kind.in_(list(kinds)))
        terms = search_key(search[:200]).split()
        with Session(self.core.state_engine) as session:
            if not terms:
                rows = session.scalars(query.limit(limit).offset(offset)).all()
                return [RequestRecord.of(row) for row in rows]
            found: list[RequestRecord] = []
            skipped = 0
            for row in session.scalars(query.execution_options(yield_per=500)):
                haystack = search_key(" ".join((
                    row.number, row.company, row.contact_name, row.phone, row.email, row.tin,
                    row.item_number or "", row.item_name, row.item_name_ru)))
                if not all(term in haystack for term in terms):
                    continue
                if skipped < offset:
                    skipped += 1
                    continue
                found.append(RequestRecord.of(row))
                if len(found) >= limit:
                    break
            return found

    def cancel(self, number: str, reason: str) -> RequestRecord:
        """Cancel a request that is not yet handed over; `reason` is required."""
        cleaned = clean_text(reason[:LIMITS["cancel_reason"] * 20], LIMITS["cancel_reason"] + 1)
        if not cleaned:
            raise DraftError([FieldProblem("reason", FieldReason.REQUIRED, "required")])
        if len(cleaned) > LIMITS["cancel_reason"]:
            raise DraftError([FieldProblem("reason", FieldReason.TOO_LONG,
                                           f"at most {LIMITS['cancel_reason']} characters",
                                           LIMITS["cancel_reason"])])
        with Session(self.core.state_engine) as session, session.begin():
            row = self._row(session, number)
            if row.status not in CANCELLABLE:
                raise RequestError(RequestReason.WRONG_STATUS,
                                   f"request {row.number} is {row.status.value}: it cannot be "
                                   "cancelled")
            row.status = RequestStatus.CANCELLED
            row.cancelled_at = utcnow()
            row.cancel_reason = cleaned
            record = RequestRecord.of(row)
        log.info("request %s cancelled: %s", record.number, cleaned)
        return record

    def mark_issued(self, number: str) -> RequestRecord:
        """Record that the samples were handed over; the local samples on hand go down."""
        catalog_value: int | None = None
        record = self.get(number)
        if record.is_sample and record.item_number:
            item = self.item_snapshot(record.item_number)
            catalog_value = item.catalog_on_hand if item else 0
        with Session(self.core.state_engine) as session, session.begin():
            row = self._row(session, number)
            if row.kind is not RequestKind.SAMPLE or not row.item_number:
                raise RequestError(RequestReason.NOT_A_SAMPLE,
                                   f"request {row.number} asks for help, not for samples")
            if row.status not in ISSUABLE:
                raise RequestError(RequestReason.WRONG_STATUS,
                                   f"request {row.number} is {row.status.value}: its samples "
                                   "cannot be issued")
            row.status = RequestStatus.ISSUED
            row.issued_at = utcnow()
            stock = session.get(SampleStock, row.item_number)
            on_hand = catalog_value or 0
            if stock is None:
                session.add(SampleStock(item_number=row.item_number, catalog_on_hand=on_hand,
                                        issued=row.quantity))
            elif stock.catalog_on_hand != on_hand:
                stock.catalog_on_hand = on_hand
                stock.issued = row.quantity
            else:
                stock.issued += row.quantity
            record = RequestRecord.of(row)
        log.info("request %s: %d sample(s) of %s issued", record.number, record.quantity,
                 record.item_number)
        return record

    def record_printed(self, number: str, job_id: str) -> RequestRecord:
        with Session(self.core.state_engine) as session, session.begin():
            row = self._row(session, number)
            if row.status is RequestStatus.NEW:
                row.status = RequestStatus.PRINTED
            row.printed_at = utcnow()
            row.print_job = job_id[:60]
            row.print_error = ""
            return RequestRecord.of(row)

    def record_print_failure(self, number: str, message: str) -> RequestRecord:
        """Keep why printing failed; the status stays (a new request stays "not printed")."""
        with Session(self.core.state_engine) as session, session.begin():
            row = self._row(session, number)
            row.print_error = message[:2000]
            return RequestRecord.of(row)

    # ---- slip codes and scans

    def _kiosk_key(self) -> bytes:
        with self._key_lock:
            if self._local_key is None:
                with Session(self.core.state_engine) as session, session.begin():
                    session.execute(text(
                        "INSERT INTO settings (key, value) VALUES (:k, :v) "
                        "ON CONFLICT (key) DO NOTHING"),
                        {"k": SLIP_KEY_SETTING, "v": secrets.token_hex(32)})
                    value = session.execute(text("SELECT value FROM settings WHERE key = :k"),
                                            {"k": SLIP_KEY_SETTING}).scalar_one()
                self._local_key = bytes.fromhex(value)
            return self._local_key

    def slip_keys(self) -> list[bytes]:
        """The keys a slip's check value is made with (the first) and accepted with (all)."""
        keys = []
        if self.config.printer.slip_secret:
            keys.append(slip_key(self.config.printer.slip_secret))
        keys.append(self._kiosk_key())
        return keys

    def slip_payload(self, record: RequestRecord) -> str:
        """The text of the record's QR code."""
        return slip_payload(record.number, record.item_number, record.kiosk_id,
                            self.slip_keys()[0])

    def find_by_scan(self, scanned: str) -> RequestRecord:
        """The request of a scanned slip code, or of a request number typed by hand.

        Raises RequestError: BAD_SCAN, BAD_CHECK (mistyped or forged), OTHER_KIOSK, BAD_NUMBER,
        NOT_FOUND.
        """
        scanned = scanned.strip()
        if SEPARATOR not in scanned:
            return self.get(scanned)
        try:
            code = verify_slip_payload(scanned, self.slip_keys())
        except RequestError as error:
            other = _kiosk_of(scanned)
            if error.reason is RequestReason.BAD_CHECK and other and other != self.core.kiosk_id:
                raise RequestError(RequestReason.OTHER_KIOSK,
                                   f"this slip was printed at kiosk {other}: its request is in "
                                   "that kiosk's queue") from None
            raise
        if code.kiosk_id != self.core.kiosk_id:
            raise RequestError(RequestReason.OTHER_KIOSK,
                               f"this slip was printed at kiosk {code.kiosk_id}: its request is "
                               "in that kiosk's queue")
        return self.get(code.number)

    # ---- slips and printing

    def printer(self, queue: str | None = None) -> Printer:
        """The configured printer, or the CUPS queue `queue`."""
        settings = self.config.printer
        return Printer(settings.queue if queue is None else queue,
                       job_timeout_s=settings.job_timeout_s, media=MEDIA[settings.paper])

    def slip_pdf(self, record: RequestRecord, picture: Path | None = None) -> bytes:
        """The record's slip as PDF; the item's picture is found in the catalog if not given."""
        if picture is None and record.item_number:
            item = self.item_snapshot(record.item_number)
            picture = item.thumbnail if item else None
        from kiosk.slips import request_slip_pdf  # reportlab: loaded with the first slip

        return request_slip_pdf(record, payload=self.slip_payload(record),
                                paper=self.config.printer.paper, picture=picture)

    def print_slip(self, number: str, *, queue: str | None = None,
                   picture: Path | None = None) -> PrintJob:
        """Print the request's slip and wait for CUPS to finish it.

        On failure the request keeps its status with the reason in print_error, and the
        PrinterError (or SlipError) is raised; it can be printed again later.
        """
        record = self.get(number)
        if record.status is RequestStatus.CANCELLED:
            raise RequestError(RequestReason.WRONG_STATUS,
                               f"request {record.number} is cancelled: it is not printed")
        try:
            pdf = self.slip_pdf(record, picture)
            job = self.printer(queue).print_pdf(pdf, record.number)
        except (PrinterError, SlipError) as error:
            self.record_print_failure(record.number, error.message)
            log.warning("slip of %s not printed: %s", record.number, error.message)
            raise
        self.record_printed(record.number, job.job_id)
        log.info("slip of %s printed as %s", record.number, job.job_id)
        return job

    @property
    def auto_print(self) -> bool:
        """Whether the GUI prints the slip as soon as a request is filed."""
        return self.config.printer.auto_print

    def printer_state(self, queue: str | None = None) -> PrinterState:
        return self.printer(queue).state()

    def print_test_slip(self, queue: str | None = None) -> PrintJob:
        printer = self.printer(queue)
        from kiosk.slips import printer_test_slip_pdf

        pdf = printer_test_slip_pdf(kiosk_id=self.core.kiosk_id,
                                    queue=printer.queue or "(CUPS default)",
                                    paper=self.config.printer.paper)
        return printer.print_pdf(pdf, "Test slip")


def _kiosk_of(scanned: str) -> str | None:
    """The kiosk id a slip code claims, without checking it."""
    for variant in typed_variants(scanned[:300]):
        parts = variant.split(SEPARATOR)
        if len(parts) == 4 and parts[2].isalnum() and parts[2].isascii() and len(parts[2]) <= 8:
            return parts[2]
    return None
