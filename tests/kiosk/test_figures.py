"""Anonymous demand figures: counted per hour and language, bounded, never personal."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.state import open_state_db
from kiosk.figures import (
    MAX_TERM_CHARS,
    DemandFigures,
    Ranked,
    SearchSettler,
    anonymous_term,
    export_figures,
)

START = datetime(2026, 12, 1, 5, 10)  # 10:10 in Tashkent (UTC+5)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    opened = open_state_db(tmp_path / "state.sqlite").engine
    yield opened
    opened.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def figures(engine: Engine, clock: Clock) -> DemandFigures:
    return DemandFigures(engine, clock=clock)


def test_views_are_counted_per_item_hour_and_language(figures: DemandFigures,
                                                     clock: Clock) -> None:
    for number, language in [("96535257", "uz"), ("96535257", "ru"), ("96535257", "uz"),
                             ("25183645", "en")]:
        figures.record_view(number, language)
    clock.now = START + timedelta(hours=3)
    figures.record_view("25183645", "en")
    figures.record_view("25183645", "en")
    assert figures.top_items() == [Ranked("25183645", 3), Ranked("96535257", 3)]
    assert figures.top_items(since=START + timedelta(hours=1)) == [Ranked("25183645", 2)]
    assert figures.by_language("view") == {"uz": 2, "ru": 1, "en": 3}
    hours = figures.by_hour_of_day("view", utc_offset=timedelta(hours=5))
    assert hours[10] == 4 and hours[13] == 2 and sum(hours) == 6
    assert figures.row_count() == 4  # (hour, item, language) triples


def test_searches_keep_terms_and_results_and_rank_what_found_nothing(
        figures: DemandFigures) -> None:
    figures.record_search("Tormoz  kolodkasi", 12, "uz")
    figures.record_search("tormoz kolodkasi", 12, "uz")
    figures.record_search("Oʻrindiq", 4, "uz")
    figures.record_search("o'rindiq", 4, "uz")
    for _ in range(3):
        figures.record_search("Turbocharger", 0, "en")
    figures.record_search("ГБО", 0, "ru")
    # apostrophe forms, case and spaces are one term; ties go alphabetically
    assert figures.top_searches() == [Ranked("turbocharger", 3), Ranked("orindiq", 2),
                                      Ranked("tormoz kolodkasi", 2), Ranked("гбо", 1)]
    assert figures.top_unfound_searches() == [Ranked("turbocharger", 3), Ranked("гбо", 1)]
    assert figures.totals() == {"view": 0, "search": 8, "request": 0}


def test_requests_count_item_kind_and_region_only(figures: DemandFigures) -> None:
    figures.record_request("96535257", "sample", "andijan", "uz")
    figures.record_request("96535257", "sample", "samarkand", "ru")
    figures.record_request(None, "financing", "tashkent_city", "en")
    figures.record_request("25183645", "sample", "<not a region>", "xx")
    assert figures.top_requested() == [Ranked("96535257", 2), Ranked("25183645", 1)]
    rows = figures.export_figures("K01")["hours"]
    requests = [(r["subject"], r["request_kind"], r["region"], r["language"]) for r in rows]
    assert ("", "financing", "tashkent_city", "en") in requests
    assert ("25183645", "sample", "", "") in requests


@pytest.mark.parametrize(("typed", "results", "counted"), [
    ("+998 90 123-45-67", 0, None),
    ("90 123 45 67", 0, None),
    ("998901234567", 3, None),
    ("301234567", 0, None),  # a TIN
    ("ali.valiyev@mail.uz", 0, None),
    ("AA1234567", 0, None),  # a passport number
    ("96535257", 5, "96535257"),  # a catalog number that was found is no one's data
    ("9653", 0, "9653"),
    ("Bolt M8", 0, "bolt m8"),
    ("   ", 0, None),
])
def test_terms_that_may_be_personal_are_never_counted(typed: str, results: int,
                                                      counted: str | None) -> None:
    assert anonymous_term(typed, results) == counted


def test_long_terms_are_cut_at_a_word() -> None:
    term = anonymous_term("rezina " * 20, 0)
    assert term is not None and len(term) <= MAX_TERM_CHARS
    assert term.endswith("rezina")


def test_export_carries_the_figures_and_no_personal_data(figures: DemandFigures,
                                                         engine: Engine, clock: Clock) -> None:
    # A visitor searches, types their phone, e-mail and TIN into the search field by mistake,
    # then requests a sample; the form's company and name never reach the figures.
    visitor = {"company": "Andijon Rezina MChJ", "name": "Ali Valiyev",
               "phone": "+998901234567", "email": "ali@rezina.uz", "tin": "301234567"}
    figures.record_search("salnik", 3, "uz")
    for field in ("phone", "email", "tin"):
        assert not figures.record_search(visitor[field], 0, "uz")
    figures.record_search("90 123 45 67", 0, "uz")
    figures.record_view("96535257", "uz")
    figures.record_request("96535257", "sample", "andijan", "uz")
    clock.now = START + timedelta(hours=1)
    figures.record_view("96535257", "uz")

    exported = export_figures(engine, "K07")
    text = json.dumps(exported, ensure_ascii=False)
    for personal in visitor.values():
        for word in personal.split():
            assert word.casefold() not in text.casefold(), word
    assert "301234567" not in text and "901234567" not in text
    assert exported["kiosk_id"] == "K07"
    assert exported["totals"] == {"view": 2, "search": 1, "request": 1}
    assert exported["top_items"] == [{"subject": "96535257", "count": 2}]
    assert exported["top_requested"] == [{"subject": "96535257", "count": 1}]
    views = [row for row in exported["hours"] if row["event"] == "view"]
    assert [(row["hour"], row["count"]) for row in views] == [
        ("2026-12-01T05:00:00Z", 1), ("2026-12-01T06:00:00Z", 1)]
    assert [row["subject"] for row in exported["hours"] if row["event"] == "search"] == [
        "salnik"]


def test_the_table_stays_within_its_row_cap_dropping_the_oldest_hours(
        engine: Engine, clock: Clock) -> None:
    figures = DemandFigures(engine, clock=clock, max_rows=50)
    for hour in range(30):
        clock.now = START + timedelta(hours=hour)
        for item in range(4):
            figures.record_view(f"ITEM{item}", "uz")
    assert figures.row_count() == 50
    hours = Counter(row["hour"] for row in figures.export_figures("K01")["hours"])
    # 120 rows were made: hours 18-29 survive whole, of hour 17 the last 2 rows
    assert sorted(hours)[0] == "2026-12-01T22:00:00Z" and hours["2026-12-01T22:00:00Z"] == 2
    assert sorted(hours)[-1] == "2026-12-02T10:00:00Z" and len(hours) == 13


def test_only_settled_queries_count_as_searches(figures: DemandFigures) -> None:
    settler = SearchSettler(figures, settle_s=1.5)
    for moment, text, results in [(0.0, "t", 90), (0.2, "to", 40), (0.4, "tor", 12),
                                  (0.6, "torm", 12), (0.8, "tormoz", 12),
                                  (0.9, "tormoz", 12),  # the same query again
                                  (3.0, "tormoz d", 2), (3.2, "tormoz di", 0)]:
        settler.typed(text, results, "uz", moment)
    assert figures.top_searches() == [Ranked("tormoz", 1)]
    settler.flush()
    settler.flush()
    assert figures.top_searches() == [Ranked("tormoz", 1), Ranked("tormoz di", 1)]
    assert figures.top_unfound_searches() == [Ranked("tormoz di", 1)]
