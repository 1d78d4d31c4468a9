"""Request slips as PDF (reportlab): 80 mm roll by default, or A6 / A4, with the request's QR code.

One layout, drawn at a scale per paper size; if long texts would overflow the page it is drawn
smaller. Every text that reaches a reportlab Paragraph is escaped first (Paragraph reads markup),
and visitor texts are cut to a few lines on the slip (the request keeps them whole). Making a slip
takes a few milliseconds, but it is still done off the GUI thread like all disk work.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kiosk.regions import REGION_BY_CODE
from kiosk.requests.forms import KIND_NAMES, format_phone
from kiosk.requests.records import RequestRecord
from kiosk.slip_codes import Paper, SlipError, qr_matrix
from kiosk.text import format_hs_code

log = logging.getLogger(__name__)

FONT = "KioskSans"
FONT_BOLD = "KioskSans-Bold"
# DejaVu Sans has Latin with Uzbek oʻ gʻ (U+02BB), Russian and Uzbek Cyrillic (ў қ ғ ҳ).
FONT_DIRS = (Path(__file__).resolve().parent.parent / "assets" / "fonts",
             Path("/usr/share/fonts/truetype/dejavu"))
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


@dataclass(frozen=True)
class _Paper:
    width: float
    height: float
    margin: float
    scale: float  # the layout is made for a 72 mm wide column and drawn this much larger


PAPERS: dict[str, _Paper] = {
    "80mm": _Paper(80 * mm, 120 * mm, 4 * mm, 1.0),
    "A6": _Paper(A6[0], A6[1], 6 * mm, 1.2),
    "A4": _Paper(A4[0], A4[1], 20 * mm, 2.0),
}

TITLES = {
    "sample": ("Namuna soʻrovi", "Заявка на образец", "Sample request"),
    "help": ("Yordam soʻrovi", "Заявка на помощь", "Request for help"),
    "test": ("Sinov taloni", "Тестовый талон", "Test slip"),
}
LABELS: dict[str, dict[str, str]] = {
    "uz": {"date": "Sana", "kiosk": "Kiosk", "hs": "TIF TN kodi", "stand": "Stend",
           "company": "Korxona", "name": "Ism", "phone": "Telefon", "region": "Hudud",
           "quantity": "Namunalar soni", "kind": "Yordam turi",
           "collect": "Ushbu talonni namunalar berish stoliga koʻrsating va namunangizni oling.",
           "contact": "Ushbu talonni saqlang: markaz mutaxassisi siz bilan bogʻlanadi."},
    "ru": {"date": "Дата", "kiosk": "Киоск", "hs": "Код ТН ВЭД", "stand": "Стенд",
           "company": "Компания", "name": "Имя", "phone": "Телефон", "region": "Регион",
           "quantity": "Образцов", "kind": "Вид помощи",
           "collect": "Покажите этот талон у стойки выдачи образцов и получите образец.",
           "contact": "Сохраните этот талон: специалист центра свяжется с вами."},
    "en": {"date": "Date", "kiosk": "Kiosk", "hs": "HS code", "stand": "Stand",
           "company": "Company", "name": "Name", "phone": "Phone", "region": "Region",
           "quantity": "Samples", "kind": "Kind of help",
           "collect": "Show this slip at the sample desk to collect your sample.",
           "contact": "Keep this slip: a specialist of the centre will contact you."},
}

_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the slip fonts with reportlab once (about 30 ms the first time)."""
    global _fonts_ready  # noqa: PLW0603 - a process-wide registration, done once
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, file_name in FONT_FILES.items():
            path = next((d / file_name for d in FONT_DIRS if (d / file_name).is_file()), None)
            if path is None:
                raise SlipError("font_missing",
                                f"font {file_name} not found in {', '.join(map(str, FONT_DIRS))}"
                                " (deploy/bootstrap.sh installs fonts-dejavu-core)")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> in a Paragraph means the bold face of the family.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)
        _fonts_ready = True


def _style(size: float, *, bold: bool = False, center: bool = False) -> ParagraphStyle:
    return ParagraphStyle(f"s{size}{bold}{center}", fontName=FONT_BOLD if bold else FONT,
                          fontSize=size, leading=size * 1.22,
                          alignment=TA_CENTER if center else 0)


def _markup(label: str | None, value: str, *, bold_value: bool = False) -> str:
    text = f"<b>{escape(value)}</b>" if bold_value else escape(value)
    return f"{escape(label)}: {text}" if label else text


def _paragraph(label: str | None, value: str, style: ParagraphStyle, width: float,
               max_lines: int, *, bold_value: bool = False) -> Paragraph:
    """A paragraph of at most `max_lines` lines: a longer `value` is cut and ends with "…"."""

    def build(shown: str) -> tuple[Paragraph, int]:
        paragraph = Paragraph(_markup(label, shown, bold_value=bold_value), style)
        _, height = paragraph.wrap(width, 10_000)
        return paragraph, round(height / style.leading)

    paragraph, lines = build(value)
    if lines <= max_lines:
        return paragraph
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if build(value[:middle].rstrip() + "…")[1] <= max_lines:
            low = middle
        else:
            high = middle - 1
    return build(value[:low].rstrip() + "…")[0]


Draw = Callable[[Canvas, float, float], None]  # canvas, x, y of the block's top


@dataclass
class _Block:
    height: float
    draw: Draw


def _text_block(paragraph: Paragraph, width: float, gap: float = 0.6 * mm) -> _Block:
    _, height = paragraph.wrap(width, 10_000)
    return _Block(height + gap, lambda c, x, y: paragraph.drawOn(c, x, y - height))


def _rule_block(width: float) -> _Block:
    def draw(canvas: Canvas, x: float, y: float) -> None:
        canvas.setLineWidth(0.4)
        canvas.line(x, y - 1 * mm, x + width, y - 1 * mm)

    return _Block(2 * mm, draw)


def _qr_drawer(matrix: list[list[bool]], size: float) -> Draw:
    module = size / len(matrix)

    def draw(canvas: Canvas, x: float, y: float) -> None:
        path = canvas.beginPath()
        for row_index, row in enumerate(matrix):
            top = y - (row_index + 1) * module
            column = 0
            while column < len(row):
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < len(row) and row[column]:
                    column += 1
                path.rect(x + start * module, top, (column - start) * module, module)
        canvas.drawPath(path, stroke=0, fill=1)

    return draw


def _picture_drawer(picture: Path, width: float, height: float) -> Draw | None:
    if not picture.is_file():
        return None

    def draw(canvas: Canvas, x: float, y: float) -> None:
        try:
            canvas.drawImage(str(picture), x, y - height, width, height,
                             preserveAspectRatio=True, anchor="n")
        except (OSError, ValueError) as error:  # a damaged picture: the slip goes without it
            log.warning("slip picture %s not drawn: %s", picture, error)

    return draw


def _beside(left: list[Paragraph], left_width: float, right: Draw | None, right_width: float,
            right_height: float, gap: float = 2 * mm) -> _Block:
    """Paragraphs in a column with a picture (or QR code) to their right."""
    heights = [p.wrap(left_width, 10_000)[1] for p in left]
    text_height = sum(heights) + 0.6 * mm * len(left)
    height = max(text_height, right_height if right else 0.0) + 1 * mm

    def draw(canvas: Canvas, x: float, y: float) -> None:
        top = y
        for paragraph, paragraph_height in zip(left, heights, strict=True):
            paragraph.drawOn(canvas, x, top - paragraph_height)
            top -= paragraph_height + 0.6 * mm
        if right is not None:
            right(canvas, x + left_width + gap, y)

    return _Block(height, draw)


def _header(kind: str, number: str | None, width: float) -> list[_Block]:
    blocks = [
        _text_block(Paragraph("Cooperation LAB · Oʻzavtosanoat", _style(10, bold=True,
                                                                      center=True)), width),
        _text_block(Paragraph(escape(" · ".join(TITLES[kind])), _style(7, center=True)),
                    width, 1.2 * mm),
    ]
    if number:
        blocks.append(_text_block(Paragraph(escape(number), _style(17, bold=True, center=True)),
                                  width, 1.2 * mm))
    return blocks


def _render(blocks: list[_Block], paper: Paper, title: str, author: str) -> bytes:
    register_fonts()
    page = PAPERS[paper]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page.width, page.height))
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("Cooperation LAB kiosk")
    available = (page.height - 2 * page.margin) / page.scale
    total = sum(block.height for block in blocks)
    scale = page.scale * min(1.0, available / total)  # too long a slip is drawn smaller
    canvas.translate(page.margin, page.height - page.margin)
    canvas.scale(scale, scale)
    y = 0.0
    for block in blocks:
        block.draw(canvas, 0.0, y)
        y -= block.height
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _content_width(paper: Paper) -> float:
    page = PAPERS[paper]
    return (page.width - 2 * page.margin) / page.scale


def request_slip_pdf(record: RequestRecord, *, payload: str, paper: Paper = "80mm",
                     picture: Path | None = None) -> bytes:
    """The slip of `record` as PDF bytes; `payload` is its QR text, `picture` the item's."""
    register_fonts()
    lang = record.language if record.language in LABELS else "ru"
    labels = LABELS[lang]
    width = _content_width(paper)
    small, body = _style(7.2), _style(8)
    blocks = _header("sample" if record.is_sample else "help", record.number, width)
    when = record.local_created_at.strftime("%Y-%m-%d %H:%M")
    blocks.append(_text_block(Paragraph(
        escape(f"{labels['date']}: {when} · {labels['kiosk']}: {record.kiosk_id}"),
        _style(7.5, center=True)), width))
    blocks.append(_rule_block(width))
    if record.is_sample:
        picture_width, picture_height = 22 * mm, 16.5 * mm
        text_width = width - picture_width - 2 * mm
        item = [_paragraph(None, record.item_number or "", _style(9, bold=True), text_width, 1),
                _paragraph(None, record.item_name, body, text_width, 3)]
        if lang != "ru" and record.item_name_ru and record.item_name_ru != record.item_name:
            item.append(_paragraph(None, record.item_name_ru, small, text_width, 2))
        if record.item_hs_code:
            item.append(_paragraph(labels["hs"], format_hs_code(record.item_hs_code), small,
                                   text_width, 1))
        if record.item_stand:
            item.append(_paragraph(labels["stand"], record.item_stand, small, text_width, 1,
                                   bold_value=True))
        drawer = _picture_drawer(picture, picture_width, picture_height) if picture else None
        blocks.append(_beside(item, text_width, drawer, picture_width, picture_height))
    else:
        blocks.append(_text_block(_paragraph(labels["kind"], KIND_NAMES[record.kind].get(lang),
                                             body, width, 2, bold_value=True), width))
        blocks.append(_text_block(_paragraph(None, record.description, small, width, 4), width))
    blocks.append(_rule_block(width))
    region = REGION_BY_CODE.get(record.region)
    for label, value, lines in (
        (labels["company"], record.company, 2),
        (labels["name"], record.contact_name, 2),
        (labels["phone"], format_phone(record.phone), 1),
        (labels["region"], region.name(lang) if region else record.region, 1),
    ):
        blocks.append(_text_block(_paragraph(label, value, body, width, lines), width))
    if record.is_sample:
        blocks.append(_text_block(_paragraph(labels["quantity"], str(record.quantity),
                                             _style(9.5), width, 1, bold_value=True), width))
    blocks.append(_Block(1.5 * mm, lambda c, x, y: None))
    qr_size = 30 * mm
    note = labels["collect"] if record.is_sample else labels["contact"]
    blocks.append(_beside([_paragraph(None, note, small, width - qr_size - 3 * mm, 6)],
                          width - qr_size - 3 * mm, _qr_drawer(qr_matrix(payload), qr_size),
                          qr_size, qr_size, gap=3 * mm))
    return _render(blocks, paper, record.number, f"Cooperation LAB kiosk {record.kiosk_id}")


def printer_test_slip_pdf(*, kiosk_id: str, queue: str, paper: Paper = "80mm",
                  now: datetime | None = None) -> bytes:
    """A slip that shows the printer works: fonts in the three languages, a QR code, a scale."""
    register_fonts()
    width = _content_width(paper)
    when = (now or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M:%S")
    body = _style(8)
    blocks = _header("test", None, width)
    for line in (f"Kiosk / Киоск: {kiosk_id}", f"Printer / Принтер: {queue}",
                 f"Sana / Дата / Date: {when}",
                 "Oʻzbekcha: oʻ gʻ Oʻ Gʻ sh ch · Ўзбекча: ў қ ғ ҳ Ў Қ Ғ Ҳ",
                 "Русский: ё Ё й щ ъ · English: The quick brown fox"):
        blocks.append(_text_block(Paragraph(escape(line), body), width))

    def scale_bar(canvas: Canvas, x: float, y: float) -> None:
        canvas.setLineWidth(0.5)
        canvas.line(x, y - 3 * mm, x + 70 * mm, y - 3 * mm)
        for tick in range(8):
            canvas.line(x + tick * 10 * mm, y - 1 * mm, x + tick * 10 * mm, y - 3 * mm)
        canvas.setFont(FONT, 6)
        canvas.drawString(x, y - 6 * mm, "0 — 70 mm")

    blocks.append(_Block(8 * mm, scale_bar))
    blocks.append(_beside([Paragraph(escape(f"CL-TEST*{kiosk_id}"), body)], width - 33 * mm,
                          _qr_drawer(qr_matrix(f"CL-TEST*{kiosk_id}"), 30 * mm),
                          30 * mm, 30 * mm, gap=3 * mm))
    return _render(blocks, paper, "Test slip", f"Cooperation LAB kiosk {kiosk_id}")
