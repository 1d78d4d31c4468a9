"""Anonymous demand figures: item views, searches and requests counted per hour and language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from db.state_models import DemandCount, RequestKind
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from kiosk.catalog import Catalog
from kiosk.config import LANGUAGES
from kiosk.regions import REGIONS
from kiosk.text import clean_line, search_key

EventKind = Literal["view", "search", "request"]
EVENTS: tuple[EventKind, ...] = ("view", "search", "request")

# The table holds at most this many rows (one per hour, event, language and subject): about
# 7 MB with its indexes, two months of a busy pavilion (12 h x ~60 distinct things an hour),
# several export trips. Beyond it the oldest hours go first.
MAX_ROWS = 50_000
MAX_TERM_CHARS = 40  # a longer search is cut at a word: no pasted paragraphs
MAX_SUBJECT_CHARS = 60
FIGURES_FORMAT = 1

_REGION_CODES = frozenset(region.code for region in REGIONS)
_REQUEST_KINDS = frozenset(kind.value for kind in RequestKind)
_EMAIL_RE = re.compile(r"\S+@\S+")
_DIGIT_RE = re.compile(r"\d")
_PHONE_OR_TIN_RE = re.compile(r"^(?:\+?998)?\d{9}$")
# Unknown numbers this long may be a phone, a TIN or an ID card; a catalog number found by the
# search is not personal and is kept.
_MIN_DIGITS_OF_AN_ID = 7


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def anonymous_term(text: str, results: int) -> str | None:
    """The search term as it may be counted, or None when it might be personal data.

    Normalised like the search index (case, apostrophes, ё/е), at most MAX_TERM_CHARS. Dropped:
    anything with an e-mail address or a leading '+', anything shaped like an Uzbek phone
    number or TIN, and an unknown (nothing found) term with 7 or more digits.
    """
    term = search_key(clean_line(text, 200))
    if not term:
        return None
    compact = re.sub(r"[\s().\-]", "", term)
    digits = len(_DIGIT_RE.findall(term))
    if (_EMAIL_RE.search(term) or compact.startswith("+") or _PHONE_OR_TIN_RE.match(compact)
            or (results == 0 and digits >= _MIN_DIGITS_OF_AN_ID)):
        return None
    if len(term) > MAX_TERM_CHARS:
        cut = term[:MAX_TERM_CHARS]
        term = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return term


@dataclass(frozen=True)
class Ranked:
    """A subject (item number or search term) and how often it occurred."""

    subject: str
    count: int


@dataclass(frozen=True)
class FiguresSummary:
    """The figures staff mode shows, read in one go (off the GUI thread)."""

    since: datetime | None
    totals: dict[str, int]
    top_items: list[Ranked]
    top_requested: list[Ranked]
    top_unfound_searches: list[Ranked]
    by_hour: list[int]  # 24 counts of every event, local hours
    by_language: dict[str, int]
    item_names: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not any(self.totals.values())


class DemandFigures:
    """Counts views, searches and requests in the state database, within MAX_ROWS rows."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utcnow,
                 max_rows: int = MAX_ROWS) -> None:
        self.engine = engine
        self.clock = clock
        self.max_rows = max_rows

    # -- recording --------------------------------------------------------------------------

    def record_view(self, item_number: str, language: str) -> None:
        """A visitor opened an item."""
        number = clean_line(item_number, MAX_SUBJECT_CHARS)
        if number:
            self._add("view", language, number)

    def record_search(self, text: str, results: int, language: str) -> bool:
        """A search the visitor settled on (see SearchSettler); False if it was not counted."""
        term = anonymous_term(text, results)
        if term is None:
            return False
        self._add("search", language, term, nothing_found=int(results == 0),
                  results=max(0, results))
        return True

    def record_request(self, item_number: str | None, kind: str, region: str,
                       language: str) -> None:
        """A confirmed request: only its item, kind and region, never who asked."""
        self._add("request", language, clean_line(item_number or "", MAX_SUBJECT_CHARS),
                  request_kind=kind if kind in _REQUEST_KINDS else "",
                  region=region if region in _REGION_CODES else "")

    def _add(self, event: EventKind, language: str, subject: str, *, request_kind: str = "",
             region: str = "", nothing_found: int = 0, results: int = 0) -> None:
        values = {"hour": hour_of(self.clock()), "event": event,
                  "language": language if language in LANGUAGES else "",
                  "subject": subject, "request_kind": request_kind, "region": region,
                  "count": 1, "nothing_found": nothing_found, "results": results}
        statement = insert(DemandCount).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=["hour", "event", "language", "subject", "request_kind", "region"],
            set_={"count": DemandCount.count + 1,
                  "nothing_found": DemandCount.nothing_found + nothing_found,
                  "results": results})
        with Session(self.engine) as session, session.begin():
            session.execute(statement)
            self._prune(session)

    def _prune(self, session: Session) -> None:
        rows = session.scalar(select(func.count()).select_from(DemandCount)) or 0
        excess = rows - self.max_rows
        if excess > 0:
            oldest = (select(DemandCount.id)
                      .order_by(DemandCount.hour, DemandCount.id).limit(excess))
            session.execute(delete(DemandCount).where(DemandCount.id.in_(oldest)))

    # -- reading ----------------------------------------------------------------------------

    def _ranked(self, event: EventKind, measure: Any, since: datetime | None,
                limit: int) -> list[Ranked]:
        total = func.sum(measure).label("total")
        query = (select(DemandCount.subject, total).where(DemandCount.event == event)
                 .where(DemandCount.subject != "")
                 .group_by(DemandCount.subject).having(total > 0)
                 .order_by(total.desc(), DemandCount.subject).limit(limit))
        if since is not None:
            query = query.where(DemandCount.hour >= hour_of(since))
        with Session(self.engine) as session:
            return [Ranked(subject, int(count)) for subject, count in session.execute(query)]

    def top_items(self, limit: int = 10, since: datetime | None = None) -> list[Ranked]:
        """The most viewed items (item numbers)."""
        return self._ranked("view", DemandCount.count, since, limit)

    def top_requested(self, limit: int = 10, since: datetime | None = None) -> list[Ranked]:
        """The items most often requested (help requests without an item are left out)."""
        return self._ranked("request", DemandCount.count, since, limit)

    def top_searches(self, limit: int = 10, since: datetime | None = None) -> list[Ranked]:
        return self._ranked("search", DemandCount.count, since, limit)

    def top_unfound_searches(self, limit: int = 10,
                             since: datetime | None = None) -> list[Ranked]:
        """Searches that found nothing, most frequent first: what HQ could add to the catalog."""
        return self._ranked("search", DemandCount.nothing_found, since, limit)

    def _hour_rows(self, since: datetime | None) -> list[dict[str, Any]]:
        """Every row as a JSON-ready dict, oldest hour first (plain rows: no ORM objects)."""
        columns = (DemandCount.hour, DemandCount.event, DemandCount.language,
                   DemandCount.subject, DemandCount.request_kind, DemandCount.region,
                   DemandCount.count, DemandCount.nothing_found, DemandCount.results)
        query = select(*columns).order_by(DemandCount.hour, DemandCount.id)
        if since is not None:
            query = query.where(DemandCount.hour >= hour_of(since))
        names = [column.key for column in columns]
        with Session(self.engine) as session:
            rows = [dict(zip(names, row, strict=True)) for row in session.execute(query)]
        for row in rows:
            row["hour"] = row["hour"].isoformat() + "Z"
        return rows

    def by_hour_of_day(self, event: EventKind | None = None, since: datetime | None = None,
                       utc_offset: timedelta | None = None) -> list[int]:
        """24 counts: events in each hour of the day, in local time (`utc_offset`: the host's)."""
        hours = [0] * 24
        total = func.sum(DemandCount.count)
        query = select(DemandCount.hour, total).group_by(DemandCount.hour)
        if event is not None:
            query = query.where(DemandCount.event == event)
        if since is not None:
            query = query.where(DemandCount.hour >= hour_of(since))
        with Session(self.engine) as session:
            for hour, count in session.execute(query):
                aware = hour.replace(tzinfo=UTC)
                local = (aware + utc_offset if utc_offset is not None
                         else aware.astimezone())
                hours[local.hour] += int(count)
        return hours

    def by_language(self, event: EventKind | None = None,
                    since: datetime | None = None) -> dict[str, int]:
        total = func.sum(DemandCount.count)
        query = select(DemandCount.language, total).group_by(DemandCount.language)
        if event is not None:
            query = query.where(DemandCount.event == event)
        if since is not None:
            query = query.where(DemandCount.hour >= hour_of(since))
        with Session(self.engine) as session:
            return {language or "?": int(count) for language, count in session.execute(query)}

    def totals(self, since: datetime | None = None) -> dict[str, int]:
        counts: Counter[str] = Counter({event: 0 for event in EVENTS})
        query = select(DemandCount.event, func.sum(DemandCount.count)).group_by(
            DemandCount.event)
        if since is not None:
            query = query.where(DemandCount.hour >= hour_of(since))
        with Session(self.engine) as session:
            for event, count in session.execute(query):
                counts[event] += int(count)
        return dict(counts)

    def row_count(self) -> int:
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(DemandCount)) or 0

    def summary(self, since: datetime | None = None, top: int = 10,
                item_name: Callable[[str], str | None] | None = None) -> FiguresSummary:
        """What staff mode shows; `item_name` names item numbers (from the catalog)."""
        items = self.top_items(top, since)
        requested = self.top_requested(top, since)
        names: dict[str, str] = {}
        if item_name is not None:
            for ranked in (*items, *requested):
                name = item_name(ranked.subject)
                if name:
                    names[ranked.subject] = name
        return FiguresSummary(
            since=since, totals=self.totals(since), top_items=items, top_requested=requested,
            top_unfound_searches=self.top_unfound_searches(top, since),
            by_hour=self.by_hour_of_day(since=since), by_language=self.by_language(since=since),
            item_names=names)

    # -- export -----------------------------------------------------------------------------

    def export_figures(self, kiosk_id: str, since: datetime | None = None,
                       top: int = 20) -> dict[str, Any]:
        """The figures as a JSON-ready dict for the export to HQ.

        `hours` has one entry per (hour, event, language, subject, request kind, region) with
        its count so far: a later export of the same key supersedes an earlier one, so HQ
        merges exports by key without counting anything twice. Nothing in it is personal.
        """
        return {
            "format": FIGURES_FORMAT,
            "kiosk_id": kiosk_id,
            "exported_at": self.clock().isoformat(timespec="seconds") + "Z",
            "since": None if since is None else hour_of(since).isoformat() + "Z",
            "totals": self.totals(since),
            "by_language": self.by_language(since=since),
            "top_items": [vars(r) for r in self.top_items(top, since)],
            "top_requested": [vars(r) for r in self.top_requested(top, since)],
            "top_unfound_searches": [vars(r) for r in self.top_unfound_searches(top, since)],
            "hours": self._hour_rows(since),
        }


def export_figures(engine: Engine, kiosk_id: str,
                   since: datetime | None = None) -> dict[str, Any]:
    """DemandFigures(engine).export_figures(...), for the export to HQ."""
    return DemandFigures(engine).export_figures(kiosk_id, since)


@dataclass
class _Pending:
    text: str
    results: int
    language: str
    at: float


class SearchSettler:
    """Decides which of the queries typed keystroke by keystroke count as searches.

    The kiosk searches as the visitor types ("b", "br", "bra", ...). A query counts when the
    visitor stayed on it for `settle_s` seconds before typing on, or when it is the last one
    (flush: the visitor opened a result, left the screen, or the kiosk went idle).
    """

    def __init__(self, figures: DemandFigures, settle_s: float = 1.5) -> None:
        self.figures = figures
        self.settle_s = settle_s
        self._pending: _Pending | None = None

    def typed(self, text: str, results: int, language: str, now: float) -> None:
        """The visitor's query is now `text`, which found `results` items (`now`: monotonic)."""
        pending = self._pending
        if pending is not None and search_key(pending.text) == search_key(text):
            # The same query again (results arriving, a language switch): not a new search.
            pending.results, pending.language = results, language
            return
        if pending is not None and now - pending.at >= self.settle_s:
            self.flush()
        self._pending = _Pending(text, results, language, now) if text.strip() else None

    def flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.figures.record_search(pending.text, pending.results, pending.language)


def catalog_item_names(catalog: Catalog, lang: str) -> Callable[[str], str | None]:
    """A function naming an item number in `lang` from `catalog` (None if it has no such item)."""

    def name(number: str) -> str | None:
        item_id = catalog.item_id(number)
        summaries = catalog.summaries([item_id]) if item_id is not None else []
        return summaries[0].name.get(lang) if summaries else None

    return name
