"""Slip PDFs: paper sizes, the QR code read back as a scanner would, escaped visitor text."""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from db.state_models import RequestKind, RequestStatus
from kiosk.requests.numbers import format_request_number, slip_key, slip_payload
from kiosk.requests.records import RequestRecord
from kiosk.slips import (
    LABELS,
    PAPERS,
    TITLES,
    printer_test_slip_pdf,
    qr_matrix,
    register_fonts,
    request_slip_pdf,
)

NUMBER = format_request_number("K01", 123)
PAYLOAD = slip_payload(NUMBER, "96535257", "K01", slip_key("test"))
MM = 72 / 25.4


def record(**changes: object) -> RequestRecord:
    base = RequestRecord(
        number=NUMBER, kiosk_id="K01", seq=123, created_at=datetime(2026, 11, 27, 9, 30),
        kind=RequestKind.SAMPLE, language="uz", filed_by="visitor", item_number="96535257",
        item_name="Old oʻrindiq ramkasi", item_name_ru="Каркас переднего сиденья",
        item_hs_code="8708301009", item_stand="B4 / 2", quantity=2,
        company="Avtoehtiyot MChJ", contact_name="Aliyev Vali", phone="+998901234567",
        region="fergana", tin="301234567", email="", note="", description="",
        consent_at=datetime(2026, 11, 27, 9, 30), status=RequestStatus.NEW, print_error="",
        print_job="", printed_at=None, issued_at=None, cancelled_at=None, cancel_reason="")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def pages(pdf: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(pdf)


def page_text(pdf: bytes) -> str:
    document = pages(pdf)
    text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    return " ".join(text.split())  # lines wrap anywhere: compare words


def decoded(pdf: bytes, dpi: int = 150) -> list[str]:
    image = pages(pdf)[0].render(scale=dpi / 72).to_pil()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("paper", ["80mm", "A6", "A4"])
def test_slip_has_one_page_of_the_configured_paper_and_its_qr_code_reads(paper: str) -> None:
    pdf = request_slip_pdf(record(), payload=PAYLOAD, paper=paper)  # type: ignore[arg-type]
    document = pages(pdf)
    assert len(document) == 1
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (round(PAPERS[paper].width),
                                             round(PAPERS[paper].height))
    assert decoded(pdf) == [PAYLOAD]


def test_an_80mm_slip_still_reads_at_a_thermal_printers_resolution() -> None:
    pdf = request_slip_pdf(record(), payload=PAYLOAD)
    assert decoded(pdf, dpi=203) == [PAYLOAD]


NAMES = {"uz": "Old oʻrindiq ramkasi", "ru": "Каркас переднего сиденья", "en": "Front seat frame"}


@pytest.mark.parametrize(("lang", "labels"), [
    ("uz", ["Korxona", "Fargʻona viloyati", "Namunalar soni"]),
    ("ru", ["Компания", "Ферганская область", "Образцов"]),
    ("en", ["Company", "Fergana Region", "Samples"]),
])
def test_slip_is_in_the_visitors_language_with_a_three_language_header(
        lang: str, labels: list[str]) -> None:
    text = page_text(request_slip_pdf(record(language=lang, item_name=NAMES[lang]),
                                      payload=PAYLOAD))
    for expected in [NUMBER, "Namuna soʻrovi", "Заявка на образец", "Sample request",
                     "96535257", NAMES[lang], NAMES["ru"], "8708 30 100 9",
                     "+998 90 123-45-67", "K01", "B4 / 2", "2026-11-27", *labels]:
        assert expected in text, (expected, text)


def test_visitor_markup_is_printed_literally() -> None:
    hostile = record(company="<b>Acme</b> & <font size=60>Co</font>",
                     contact_name="<para>Ali</para> <img src='/etc/passwd'/>",
                     item_name="<br/>&amp;")
    text = page_text(request_slip_pdf(hostile, payload=PAYLOAD))
    assert "<b>Acme</b> & <font size=60>Co</font>" in text
    assert "<para>Ali</para>" in text
    assert "<br/>&amp;" in text


def test_very_long_texts_are_cut_on_the_slip_and_it_stays_one_readable_page() -> None:
    long = record(company="Ы" * 200, contact_name="W" * 200, item_name="ʻ" * 300,
                  item_name_ru="Ж" * 300, item_stand="S" * 60)
    pdf = request_slip_pdf(long, payload=PAYLOAD)
    assert len(pages(pdf)) == 1
    assert "…" in page_text(pdf)
    assert decoded(pdf) == [PAYLOAD]


def test_help_slip_shows_kind_and_description_instead_of_an_item() -> None:
    help_record = record(kind=RequestKind.FINANCING, item_number=None, item_name="",
                         item_name_ru="", item_hs_code="", item_stand="", language="ru",
                         description="Кредит на линию штамповки")
    pdf = request_slip_pdf(help_record, payload=PAYLOAD)
    text = page_text(pdf)
    assert "Финансирование через банки-партнёры" in text
    assert "Кредит на линию штамповки" in text
    assert "Заявка на помощь" in text
    assert decoded(pdf) == [PAYLOAD]


def test_the_item_picture_is_drawn_and_a_missing_or_broken_one_is_left_out(
        tmp_path: Path) -> None:
    picture = tmp_path / "thumb.jpg"
    Image.new("RGB", (480, 360), (200, 30, 30)).save(picture)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a jpeg")
    with_picture = request_slip_pdf(record(), payload=PAYLOAD, picture=picture)
    without = request_slip_pdf(record(), payload=PAYLOAD, picture=tmp_path / "missing.jpg")
    damaged = request_slip_pdf(record(), payload=PAYLOAD, picture=broken)
    image = pages(with_picture)[0].render(scale=2).to_pil().convert("RGB")
    reds = sum(1 for r, g, b in image.get_flattened_data() if r > 150 and g < 80 and b < 80)
    assert reds > 1000
    assert decoded(without) == decoded(damaged) == [PAYLOAD]


def test_making_a_slip_takes_well_under_100_ms() -> None:
    register_fonts()
    request_slip_pdf(record(), payload=PAYLOAD)
    started = time.perf_counter()
    for _ in range(10):
        request_slip_pdf(record(), payload=PAYLOAD)
    assert (time.perf_counter() - started) / 10 < 0.1


def test_test_slip_reads_and_shows_the_printer() -> None:
    pdf = printer_test_slip_pdf(kiosk_id="K07", queue="SlipPDF")
    assert decoded(pdf) == ["CL-TEST*K07"]
    text = page_text(pdf)
    assert "SlipPDF" in text and "Ўзбекча: ў қ ғ ҳ" in text and "Test slip" in text


def test_qr_matrix_is_square_and_holds_the_text() -> None:
    matrix = qr_matrix(NUMBER)
    assert len(matrix) == len(matrix[0]) >= 21
    scale = 8
    size = (len(matrix) + 8) * scale
    image = Image.new("L", (size, size), 255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.paste(0, ((x + 4) * scale, (y + 4) * scale, (x + 5) * scale,
                                (y + 5) * scale))
    assert [b.text for b in zxingcpp.read_barcodes(image)] == [NUMBER]


def test_the_slip_calls_itself_what_the_screens_call_it() -> None:
    """The confirmation screen tells visitors to take their talon/талон: the paper says so too."""
    texts = {lang: " ".join([*LABELS[lang].values(), TITLES["test"][n]]).lower()
             for n, lang in enumerate(("uz", "ru"))}
    assert "talon" in texts["uz"] and "chek" not in texts["uz"]
    assert "талон" in texts["ru"] and "чек" not in texts["ru"]
