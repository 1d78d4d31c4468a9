"""The search service on the demo catalog, without Qt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from sqlalchemy import Connection, text

from db.catalog_models import ItemKind, LocalizationStatus
from kiosk import search
from kiosk.core import KioskCore
from kiosk.search import SearchFilters, SortKey
from kiosk.text import code_key


def numbers(core: KioskCore, query: str, **kwargs: object) -> list[str]:
    return [s.number for s in core.catalog.search(query, **kwargs)]  # type: ignore[arg-type]


def test_uzbek_apostrophe_forms_find_the_same_items(core: KioskCore) -> None:
    found = numbers(core, "oʻrindiq")
    assert len(found) >= 2
    for typed in ("o'rindiq", "o’rindiq", "o‘rindiq", "o`rindiq", "OʻRINDIQ"):
        assert numbers(core, typed) == found


def test_gh_letter_words_are_found_with_any_apostrophe(core: KioskCore) -> None:
    found = numbers(core, "gʻildirak")
    assert found
    assert numbers(core, "g'ildirak") == found


def test_russian_search_ignores_case_and_yo(core: KioskCore) -> None:
    lower = numbers(core, "тормоз")
    assert lower
    assert numbers(core, "ТОРМОЗ") == lower
    with core.catalog.connect() as connection:
        name = connection.execute(
            text("SELECT name_ru FROM items WHERE name_ru LIKE '%е%' LIMIT 1")).scalar_one()
    word = next(w for w in name.split() if "е" in w and len(w) > 3).strip(",()")
    assert numbers(core, word.replace("е", "ё")) == numbers(core, word)


def test_english_words_match_as_prefixes_and_all_terms_must_match(core: KioskCore) -> None:
    brake = numbers(core, "brak")
    assert brake == numbers(core, "brake")
    assert set(numbers(core, "brake disc")) < set(brake)


def test_partial_item_number_finds_the_item(core: KioskCore) -> None:
    assert numbers(core, "96535257")[0] == "96535257"
    assert "96535257" in numbers(core, "9653")
    assert "96535257" in numbers(core, "5257")  # a part from the middle or end, too


def test_exact_number_ranks_before_text_matches(core: KioskCore) -> None:
    item = core.catalog.search("", limit=1)[0]
    assert numbers(core, item.number)[0] == item.number


def test_number_with_other_separators_is_found(core: KioskCore) -> None:
    man = [n for n in numbers(core, "") if n.startswith("81.")]
    assert man
    assert numbers(core, man[0].replace(".", " ").replace("-", ""))[0] == man[0]


def test_hs_code_prefix_finds_every_item_in_that_heading(core: KioskCore) -> None:
    with core.catalog.connect() as connection:
        expected = set(connection.execute(
            text("SELECT number FROM items WHERE hs_code LIKE '8708%'")).scalars())
    assert expected
    assert expected <= set(numbers(core, "8708"))
    assert expected <= set(numbers(core, "8708."))


def test_nonsense_and_hostile_queries_find_nothing_without_errors(core: KioskCore) -> None:
    for query in ('zzzqqqxxx', '"', 'AND OR NOT', '*', 'a" OR "b', "NEAR(x y)", "'" * 300,
                  "<b>brake</b>", "\x00\x01", "x" * 10_000):
        core.catalog.search(query)  # must not raise
    assert numbers(core, "zzzqqqxxx") == []


def test_empty_query_lists_everything_by_import_value(core: KioskCore) -> None:
    items = core.catalog.search("")
    assert len(items) == core.catalog.info.item_count
    values = [i.import_value_usd for i in items]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize("sort", [SortKey.IMPORT_VALUE, SortKey.QUANTITY, SortKey.NAME])
def test_sorting(core: KioskCore, sort: SortKey) -> None:
    items = core.catalog.search("", sort=sort, lang="en")
    if sort is SortKey.IMPORT_VALUE:
        keys = [-i.import_value_usd for i in items]
    elif sort is SortKey.QUANTITY:
        keys = [-i.import_quantity for i in items]
    else:
        keys = [i.name.en.casefold() for i in items]
    assert keys == sorted(keys)


def test_filters_restrict_results(core: KioskCore) -> None:
    catalog = core.catalog
    brakes = catalog.search("", SearchFilters(category="brakes"))
    assert brakes and all(i.category == "brakes" for i in brakes)
    raw = catalog.search("", SearchFilters(kind=ItemKind.RAW_MATERIAL))
    assert raw and all(i.kind is ItemKind.RAW_MATERIAL for i in raw)
    done = catalog.search("", SearchFilters(localization=LocalizationStatus.LOCALIZED))
    assert done and all(i.localization is LocalizationStatus.LOCALIZED for i in done)
    with catalog.connect() as connection:
        by_importer = set(connection.execute(text(
            "SELECT DISTINCT i.number FROM items i JOIN import_records r ON r.item_id = i.id "
            "JOIN importers m ON m.id = r.importer_id WHERE m.code = 'man'")).scalars())
        by_country = set(connection.execute(text(
            "SELECT DISTINCT i.number FROM items i JOIN import_records r ON r.item_id = i.id "
            "WHERE r.country_code = 'DE'")).scalars())
    assert by_importer and {i.number for i in catalog.search(
        "", SearchFilters(importer="man"))} == by_importer
    assert by_country and {i.number for i in catalog.search(
        "", SearchFilters(country="DE"))} == by_country
    both = catalog.search("brake", SearchFilters(category="brakes", importer="uzauto"))
    assert both and all(i.category == "brakes" for i in both)


def test_names_in_all_three_languages_are_searched(core: KioskCore) -> None:
    item = core.catalog.search("", SearchFilters(category="brakes"), limit=1)[0]
    for lang in ("uz", "ru", "en"):
        word = max(getattr(item.name, lang).split(), key=len).strip(",()")
        assert item.number in numbers(core, word), (lang, word)


def test_unfiltered_ranking_sorted_in_python_is_the_sql_ranking(
        core: KioskCore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without filters the ranked order is sorted in Python (the broad queries' speed): it must
    be exactly the order SQLite gives for the same hits, tiers, scores and tie-breaks."""
    compared: list[int] = []
    in_python = search._ranked_in_python

    def both(connection: Connection, hits: Sequence[str], params: dict[str, Any],
             value_order: Mapping[int, int] | None) -> list[int]:
        mine = in_python(connection, hits, params, value_order)
        order = search._order_sql(SortKey.RELEVANCE, "en", ranked=True)
        assert mine == search._ranked_in_sql(connection, hits, params, "1", order), params
        compared.append(len(mine))
        return mine

    monkeypatch.setattr(search, "_ranked_in_python", both)
    with core.catalog.connect() as connection:
        rows = connection.execute(text(
            "SELECT number, hs_code, name_uz, name_ru, name_en FROM items")).all()
    queries = {"a", "b", "87", "8708", "1", "00", "oʻ", "brake disc", "тормоз"}
    for number, hs_code, *names in rows:
        queries.update(word[:3] for name in names for word in name.split())
        queries.update((number[:2], number[:4], number[-4:], hs_code[:2], hs_code[:4]))
    for query in sorted(queries):
        core.catalog.search_ids(query)
    assert len(compared) == sum(1 for q in queries if search.query_terms(q) or code_key(q))
    assert max(compared) > 50 and sum(compared) > 5_000
