"""`cooplab-hq report`: kiosk exports into HQ's store, then a PDF of demand and fleet health."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from nacl.public import PrivateKey
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from kiosk.bundle.merge import merge_exports
from kiosk.hq.store import (
    DemandRow,
    ExportRow,
    ImportSummary,
    ItemRow,
    KioskRow,
    RequestRow,
    import_exports,
    naive_utc,
    open_store,
    pins,
    shown_url,
)
from kiosk.localized import Texts
from kiosk.regions import REGION_BY_CODE
from kiosk.slips import FONT, FONT_BOLD, register_fonts

# Tashkent keeps UTC+5 all year (no daylight saving since 1992).
LOCAL_OFFSET = timedelta(hours=5)
LOCAL_NAME = "Tashkent time"
DEFAULT_TOP = 15
EVENT_COLOURS = {"view": colors.HexColor("#1f6fb2"), "search": colors.HexColor("#e08a1e"),
                 "request": colors.HexColor("#2e9b4f")}
UNFOUND_COLOUR = colors.HexColor("#c0392b")
GREY = colors.HexColor("#d9dde3")


class ReportError(Exception):
    """The report cannot be made; `problems` lists every refused export. Nothing was changed."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems)


# -- what the report shows, read from the store -----------------------------------------------

@dataclass(frozen=True)
class Ranked:
    """A bar of a chart: what it is, its label, its value and in how many kiosks it occurred."""

    key: str
    label: str
    value: int
    kiosks: int = 0


@dataclass(frozen=True)
class KioskActivity:
    kiosk_id: str
    views: int
    searches: int
    unfound: int
    requests: int


@dataclass(frozen=True)
class FleetRow:
    kiosk_id: str
    app_version: str
    catalog_version: str
    last_export_at: datetime
    uptime_s: int | None
    crash_count: int | None
    disk_free_bytes: int | None
    disk_total_bytes: int | None
    printer_state: str
    printer_message: str
    error_count: int
    errors: list[dict[str, Any]]


@dataclass(frozen=True)
class ReportData:
    made_at: datetime
    exports: int
    first_hour: datetime | None
    last_hour: datetime | None
    activity: list[KioskActivity]
    top_viewed: list[Ranked]
    top_requested: list[Ranked]
    by_region: list[Ranked]
    by_category: list[Ranked]
    unfound: list[Ranked]
    by_hour: dict[str, list[int]]  # event -> 24 counts, local hours
    by_language: dict[str, int]
    fleet: list[FleetRow]

    @property
    def kiosks(self) -> list[str]:
        return [row.kiosk_id for row in self.fleet]


def _item_names(session: Session, numbers: Sequence[str], lang: str) -> dict[str, str]:
    names: dict[str, str] = {}
    wanted = sorted(set(numbers))
    for start in range(0, len(wanted), 500):
        for item in session.scalars(select(ItemRow).where(
                ItemRow.number.in_(wanted[start:start + 500]))):
            names[item.number] = Texts(item.name_uz, item.name_ru, item.name_en).get(lang)
    return names


def _item_label(number: str, name: str) -> str:
    return f"{number}  {name}" if name else number


def _top_viewed(session: Session, lang: str, top: int) -> list[Ranked]:
    total = func.sum(DemandRow.count)
    rows = session.execute(
        select(DemandRow.subject, total, func.count(distinct(DemandRow.kiosk_id)))
        .where(DemandRow.event == "view", DemandRow.subject != "")
        .group_by(DemandRow.subject).having(total > 0)
        .order_by(total.desc(), DemandRow.subject).limit(top)).all()
    names = _item_names(session, [row[0] for row in rows], lang)
    return [Ranked(number, _item_label(number, names.get(number, "")), int(value), kiosks)
            for number, value, kiosks in rows]


def _live_requests() -> Any:
    return RequestRow.status != "cancelled"


def _top_requested(session: Session, lang: str, top: int) -> list[Ranked]:
    total = func.count()
    rows = session.execute(
        select(RequestRow.item_number, total, func.count(distinct(RequestRow.kiosk_id)),
               func.max(RequestRow.item_name))
        .where(RequestRow.item_number.is_not(None), _live_requests())
        .group_by(RequestRow.item_number)
        .order_by(total.desc(), RequestRow.item_number).limit(top)).all()
    names = _item_names(session, [str(row[0]) for row in rows], lang)
    return [Ranked(str(number), _item_label(str(number), names.get(str(number)) or fallback),
                   int(value), kiosks) for number, value, kiosks, fallback in rows]


def _by_region(session: Session, lang: str) -> list[Ranked]:
    total = func.count()
    rows = session.execute(select(RequestRow.region, total).where(_live_requests())
                           .group_by(RequestRow.region)
                           .order_by(total.desc(), RequestRow.region)).all()
    ranked = []
    for code, value in rows:
        region = REGION_BY_CODE.get(code)
        label = region.name(lang) if region else (code or "(no region)")
        ranked.append(Ranked(code, label, int(value)))
    return ranked


def _by_category(session: Session, lang: str) -> list[Ranked]:
    rows = session.execute(
        select(RequestRow.kind, ItemRow.category, ItemRow.category_uz, ItemRow.category_ru,
               ItemRow.category_en, func.count())
        .outerjoin(ItemRow, ItemRow.number == RequestRow.item_number)
        .where(_live_requests())
        .group_by(RequestRow.kind, ItemRow.category, ItemRow.category_uz, ItemRow.category_ru,
                  ItemRow.category_en)).all()
    totals: dict[str, Ranked] = {}
    for kind, code, uz, ru, en, value in rows:
        if kind != "sample":
            key, label = f"help:{kind}", f"Help: {str(kind).replace('_', ' ')}"
        elif code:
            key, label = code, Texts(uz or "", ru or "", en or "").get(lang) or code
        else:
            key, label = "", "(item not in any export's catalog)"
        before = totals.get(key)
        totals[key] = Ranked(key, label, int(value) + (before.value if before else 0))
    return sorted(totals.values(), key=lambda r: (-r.value, r.label))


def _unfound(session: Session, top: int) -> list[Ranked]:
    total = func.sum(DemandRow.nothing_found)
    rows = session.execute(
        select(DemandRow.subject, total, func.count(distinct(DemandRow.kiosk_id)))
        .where(DemandRow.event == "search", DemandRow.subject != "")
        .group_by(DemandRow.subject).having(total > 0)
        .order_by(total.desc(), DemandRow.subject).limit(top)).all()
    return [Ranked(term, term, int(value), kiosks) for term, value, kiosks in rows]


def _by_hour(session: Session) -> dict[str, list[int]]:
    hours = {event: [0] * 24 for event in EVENT_COLOURS}
    for hour, event, value in session.execute(
            select(DemandRow.hour, DemandRow.event, func.sum(DemandRow.count))
            .group_by(DemandRow.hour, DemandRow.event)):
        if event in hours:
            hours[event][(hour + LOCAL_OFFSET).hour] += int(value)
    return hours


def _activity(session: Session) -> list[KioskActivity]:
    counts: dict[tuple[str, str], int] = {}
    for kiosk_id, event, value, unfound in session.execute(
            select(DemandRow.kiosk_id, DemandRow.event, func.sum(DemandRow.count),
                   func.sum(DemandRow.nothing_found))
            .group_by(DemandRow.kiosk_id, DemandRow.event)):
        counts[kiosk_id, event] = int(value)
        if event == "search":
            counts[kiosk_id, "unfound"] = int(unfound)
    requests: dict[str, int] = {kiosk_id: int(value) for kiosk_id, value in session.execute(
        select(RequestRow.kiosk_id, func.count()).where(_live_requests())
        .group_by(RequestRow.kiosk_id))}
    kiosks = session.scalars(select(KioskRow.kiosk_id).order_by(KioskRow.kiosk_id)).all()
    return [KioskActivity(k, counts.get((k, "view"), 0), counts.get((k, "search"), 0),
                          counts.get((k, "unfound"), 0), requests.get(k, 0))
            for k in kiosks]


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _fleet(session: Session) -> list[FleetRow]:
    fleet = []
    for kiosk in session.scalars(select(KioskRow).order_by(KioskRow.kiosk_id)):
        health = kiosk.health or {}
        printer = health.get("printer")
        printer = printer if isinstance(printer, dict) else {}
        fleet.append(FleetRow(
            kiosk_id=kiosk.kiosk_id, app_version=kiosk.app_version,
            catalog_version=str(health.get("catalog_version") or kiosk.catalog_version),
            last_export_at=kiosk.last_export_at, uptime_s=_int_or_none(health.get("uptime_s")),
            crash_count=_int_or_none(health.get("crash_count")),
            disk_free_bytes=_int_or_none(health.get("disk_free_bytes")),
            disk_total_bytes=_int_or_none(health.get("disk_total_bytes")),
            printer_state=str(printer.get("state", "unknown" if health else "")),
            printer_message=str(printer.get("message", "")),
            error_count=len(kiosk.errors or []), errors=list(kiosk.errors or [])))
    return fleet


def gather(session: Session, *, lang: str = "en", top: int = DEFAULT_TOP,
           now: datetime | None = None) -> ReportData:
    """Everything the report shows, from the whole store (every export ever imported)."""
    first, last = session.execute(select(func.min(DemandRow.hour),
                                         func.max(DemandRow.hour))).one()
    languages = {language or "?": int(value) for language, value in session.execute(
        select(DemandRow.language, func.sum(DemandRow.count)).group_by(DemandRow.language))}
    return ReportData(
        made_at=naive_utc(now or datetime.now(UTC)),
        exports=session.scalar(select(func.count()).select_from(ExportRow)) or 0,
        first_hour=first, last_hour=last, activity=_activity(session),
        top_viewed=_top_viewed(session, lang, top),
        top_requested=_top_requested(session, lang, top), by_region=_by_region(session, lang),
        by_category=_by_category(session, lang)[:top], unfound=_unfound(session, top),
        by_hour=_by_hour(session), by_language=languages, fleet=_fleet(session))


# -- drawing ----------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_FONT_SIZE = 7.5
BAR_HEIGHT = 13.0


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20,
                                spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=3),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=7, leading=8.8),
        "note": ParagraphStyle("note", fontName=FONT, fontSize=7.5, leading=9.5,
                               textColor=colors.HexColor("#555555")),
    }


def _fit(text: str, width: float, size: float = LABEL_FONT_SIZE) -> str:
    """`text` cut (with "…") to fit `width` points in the report font."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _nice_step(largest: int, ticks: int = 5) -> int:
    """A whole step of 1, 2 or 5 times a power of ten giving about `ticks` ticks."""
    if largest <= ticks:
        return 1
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def bar_chart(rows: Sequence[Ranked], colour: colors.Color,
              label: Callable[[Ranked], str] = lambda r: r.label) -> Drawing:
    """A horizontal bar chart, largest at the top, each bar with its value."""
    label_width = 0.42 * CONTENT_WIDTH
    height = len(rows) * BAR_HEIGHT
    drawing = Drawing(CONTENT_WIDTH, height + 22)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = CONTENT_WIDTH - label_width - 28, height
    chart.data = [[row.value for row in rows]]
    chart.categoryAxis.categoryNames = [_fit(label(row), label_width - 8) for row in rows]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.tickLeft = 0
    largest = max((row.value for row in rows), default=1)
    step = _nice_step(largest)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(largest * 1.08 / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GREY
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.groupSpacing = 3
    drawing.add(chart)
    return drawing


def hour_chart(by_hour: dict[str, list[int]]) -> Drawing:
    """Views, searches and requests per hour of the day, one line each."""
    drawing = Drawing(CONTENT_WIDTH, 150)
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 22
    chart.width, chart.height = CONTENT_WIDTH - 130, 115
    events = list(EVENT_COLOURS)
    chart.data = [by_hour[event] for event in events]
    chart.categoryAxis.categoryNames = [str(h) for h in range(24)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    largest = max((max(values) for values in chart.data), default=1) or 1
    step = _nice_step(largest)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(largest * 1.05 / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GREY
    for index, event in enumerate(events):
        chart.lines[index].strokeColor = EVENT_COLOURS[event]
        chart.lines[index].strokeWidth = 1.6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = CONTENT_WIDTH - 84, 120
    legend.fontName = FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.colorNamePairs = [(EVENT_COLOURS[e], n) for e, n in
                             zip(events, ("item views", "searches", "requests"), strict=True)]
    drawing.add(legend)
    return drawing


def _table(rows: list[list[Any]], widths: Sequence[float], *, numeric_from: int = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b6bf")),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _when(moment: datetime | None) -> str:
    return "–" if moment is None else f"{moment:%Y-%m-%d %H:%M}"


def _uptime(seconds: int | None) -> str:
    if seconds is None:
        return "not running"
    days, rest = divmod(seconds, 86400)
    return f"{days} d {rest // 3600} h" if days else f"{rest // 3600} h {rest % 3600 // 60} min"


def _disk(free: int | None, total: int | None) -> str:
    if free is None:
        return "?"
    shown = f"{free / 1e9:.1f} GB"
    return f"{shown} ({100 * free / total:.0f}%)" if total else shown


def _section(title: str, body: list[Flowable], styles: dict[str, ParagraphStyle]
             ) -> list[Flowable]:
    return [CondPageBreak(60), KeepTogether([Paragraph(escape(title), styles["h2"]), *body])]


def _chart_or_nothing(rows: Sequence[Ranked], colour: colors.Color, nothing: str,
                      styles: dict[str, ParagraphStyle],
                      label: Callable[[Ranked], str] = lambda r: r.label) -> list[Flowable]:
    if not rows:
        return [Paragraph(escape(nothing), styles["note"])]
    return [bar_chart(rows, colour, label)]


def _story(data: ReportData) -> list[Flowable]:
    styles = _styles()
    period = (f"figures from {_when(data.first_hour)} to {_when(data.last_hour)} UTC"
              if data.first_hour else "no demand figures yet")
    story: list[Flowable] = [
        Paragraph("Cooperation LAB kiosks: demand and fleet health", styles["title"]),
        Paragraph(escape(f"Made {data.made_at:%Y-%m-%d %H:%M} UTC from {data.exports} "
                         f"export(s) of {len(data.kiosks)} kiosk(s): "
                         f"{', '.join(data.kiosks) or 'none'}; {period}."), styles["body"]),
        Spacer(1, 4),
    ]
    activity = [["Kiosk", "Item views", "Searches", "Found nothing", "Requests"]]
    activity += [[a.kiosk_id, f"{a.views:,}", f"{a.searches:,}", f"{a.unfound:,}",
                  f"{a.requests:,}"] for a in data.activity]
    if len(data.activity) > 1:
        activity.append(["All", *(f"{sum(getattr(a, name) for a in data.activity):,}" for name
                                  in ("views", "searches", "unfound", "requests"))])
    story.append(_table(activity, [CONTENT_WIDTH / 5] * 5))
    story += _section("Most viewed items", _chart_or_nothing(
        data.top_viewed, EVENT_COLOURS["view"], "No item views recorded yet.", styles), styles)
    story += _section("Searches that found nothing (what visitors looked for: candidates for "
                      "the catalog)", _chart_or_nothing(
        data.unfound, UNFOUND_COLOUR, "Every search found something.", styles,
        label=lambda r: f"“{r.label}”  ({r.kiosks} kiosk{'s' if r.kiosks != 1 else ''})"),
        styles)
    story += _section("Most requested items (sample requests, cancelled ones left out)",
                      _chart_or_nothing(data.top_requested, EVENT_COLOURS["request"],
                                        "No sample requests yet.", styles), styles)
    story += _section("Requests by region", _chart_or_nothing(
        data.by_region, colors.HexColor("#6c4fa3"), "No requests yet.", styles), styles)
    story += _section("Requests by category", _chart_or_nothing(
        data.by_category, colors.HexColor("#138d90"), "No requests yet.", styles), styles)
    hours: list[Flowable] = (
        [hour_chart(data.by_hour)] if any(any(v) for v in data.by_hour.values())
        else [Paragraph("No demand figures yet.", styles["note"])])
    languages = ", ".join(f"{lang}: {count:,}" for lang, count in
                          sorted(data.by_language.items(), key=lambda kv: -kv[1]))
    hours.append(Paragraph(escape(f"By language (every event): {languages or 'none'}."),
                           styles["note"]))
    story += _section(f"Activity by hour of the day ({LOCAL_NAME}, UTC+5)", hours, styles)
    story.append(CondPageBreak(220))
    story += _fleet_story(data, styles)
    return story


def _fleet_story(data: ReportData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Fleet health", styles["h2"]), Paragraph(
        "As each kiosk's newest export reported it (times in UTC; uptime: of the kiosk session "
        "running when the export was made; errors: in the kiosk's logs).", styles["note"]),
        Spacer(1, 3)]
    rows: list[list[Any]] = [["Kiosk", "App", "Catalog", "Last export", "Uptime", "Crashes",
                              "Free disk", "Errors", "Printer"]]
    for kiosk in data.fleet:
        printer = kiosk.printer_state or "?"
        if kiosk.printer_message:
            printer += f": {kiosk.printer_message}"
        rows.append([kiosk.kiosk_id, kiosk.app_version, kiosk.catalog_version,
                     _when(kiosk.last_export_at), _uptime(kiosk.uptime_s),
                     "?" if kiosk.crash_count is None else str(kiosk.crash_count),
                     _disk(kiosk.disk_free_bytes, kiosk.disk_total_bytes),
                     str(kiosk.error_count), Paragraph(escape(printer[:160]), styles["small"])])
    widths = [32.0, 38.0, 44.0, 74.0, 52.0, 38.0, 64.0, 32.0]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = _table(rows, widths, numeric_from=4)
    table.setStyle(TableStyle([("ALIGN", (-1, 0), (-1, -1), "LEFT"),
                               ("LEFTPADDING", (-1, 0), (-1, -1), 8)]))
    story.append(table)
    errors: list[Flowable] = []
    for kiosk in data.fleet:
        for entry in kiosk.errors[:5]:
            when = str(entry.get("at", ""))[:16].replace("T", " ")
            text = (f"{kiosk.kiosk_id}  {when}  {entry.get('level', '')}  "
                    f"{entry.get('logger', '')}: {str(entry.get('message', ''))[:400]}")
            errors.append(Paragraph(escape(text), styles["small"]))
    if errors:
        story += _section("Last errors (newest first, at most five a kiosk)", errors, styles)
    return story


def _page_footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7)
    canvas.setFillColor(colors.HexColor("#777777"))
    canvas.drawString(MARGIN, 9 * mm, "Cooperation LAB (Uzavtosanoat): HQ report of the kiosks")
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 9 * mm, f"page {document.page}")
    canvas.restoreState()


def render_report(data: ReportData, out: Path) -> int:
    """Write the report PDF to `out`; returns its page count."""
    register_fonts()
    document = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=16 * mm, title="Cooperation LAB kiosks: demand and fleet health",
        author="cooplab-hq report", invariant=True)
    document.build(_story(data), onFirstPage=_page_footer, onLaterPages=_page_footer)
    return int(document.page)


# -- the whole verb ---------------------------------------------------------------------------

@dataclass
class ReportOutcome:
    store: str  # the store's URL, password hidden
    summary: ImportSummary
    pages: int
    data: ReportData
    refused: list[str] = field(default_factory=list)


def make_report(paths: Sequence[Path], hq_key: PrivateKey, out: Path, store_url: str, *,
                lang: str = "en", top: int = DEFAULT_TOP,
                now: datetime | None = None) -> ReportOutcome:
    """Open and check every export, import them into the store, write the PDF to `out`.

    All or nothing: a refused export (unreadable, bad signature, another key for a known
    kiosk, a malformed section) raises ReportError and leaves the store and `out` as they were.
    Store problems raise kiosk.hq.store.StoreError.
    """
    if out.suffix.lower() != ".pdf":
        raise ReportError(f"{out.name}: the report must end in .pdf")
    if not out.parent.is_dir():
        raise ReportError(f"no folder {out.parent} for the report")
    engine = open_store(store_url)
    temporary = out.with_name(f".{out.name}.tmp")
    try:
        with Session(engine) as session, session.begin():
            merged, problems = merge_exports(list(paths), hq_key, pins(session))
            if problems:
                raise ReportError(f"{len(problems)} export(s) refused", problems)
            summary = import_exports(session, merged.exports)
            data = gather(session, lang=lang, top=top, now=now)
            pages = render_report(data, temporary)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
        engine.dispose()
    return ReportOutcome(shown_url(store_url), summary, pages, data)

