"""Catalog search: one query over names, descriptions, item numbers and HS codes, with filters.

Plain functions over a catalog connection; they return ordered item ids and summaries and know
nothing of Qt. Texts are matched in their search_key form (see kiosk.text), so Uzbek apostrophe
forms, letter case and ё/е do not matter.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from db.catalog_models import ItemKind, LocalizationStatus
from sqlalchemy import Connection, text

from kiosk.localized import Texts
from kiosk.text import clean_line, code_key, search_key

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# bm25 weights of item_fts columns: names, extra (numbers, vehicles, producers...), descriptions
_BM25 = "bm25(item_fts, 10.0, 10.0, 10.0, 4.0, 1.0, 1.0, 1.0)"

# Ranking tiers: lower is better.
TIER_EXACT_NUMBER, TIER_NUMBER_PREFIX, TIER_HS_PREFIX, TIER_TEXT, TIER_NUMBER_PART = range(5)


class SortKey(enum.StrEnum):
    RELEVANCE = "relevance"  # best match first; import value when there is no query
    IMPORT_VALUE = "import_value"
    QUANTITY = "quantity"
    NAME = "name"


@dataclass(frozen=True)
class SearchFilters:
    category: str | None = None  # category code
    kind: ItemKind | None = None
    importer: str | None = None  # importer code
    country: str | None = None  # ISO code
    localization: LocalizationStatus | None = None

    def is_empty(self) -> bool:
        return not any((self.category, self.kind, self.importer, self.country, self.localization))


@dataclass(frozen=True, slots=True)
class ItemSummary:
    """What a list or grid tile shows of an item."""

    id: int
    number: str
    name: Texts
    category: str
    kind: ItemKind
    hs_code: str
    localization: LocalizationStatus
    import_year: int | None
    import_value_usd: float
    import_quantity: float
    import_unit: str
    thumbnail: str | None  # relative to the catalog's photos folder


def query_terms(query: str) -> list[str]:
    """The words of a query in search_key form, as typed between spaces (at most MAX_TERMS).

    FTS5 cuts each word into tokens itself, exactly as it cut the catalog's texts (Python's
    idea of a word character differs from unicode61's: "_", combining marks, characters newer
    than its Unicode 6.1). A word without a letter or digit is left out: it could tokenize to
    nothing, and one empty phrase makes the whole AND query find nothing.
    """
    # Cleaned like the catalog's texts: no control characters (a NUL ends FTS5's string early).
    words = search_key(clean_line(query[:MAX_QUERY_LENGTH], MAX_QUERY_LENGTH)).split()
    return [word for word in words if any(char.isalnum() for char in word)][:MAX_TERMS]


def _fts_string(term: str) -> str:
    """`term` as one FTS5 string (a phrase of its tokens): no query syntax gets through."""
    return '"' + term.replace('"', '""') + '"'


def _fts_expression(terms: Sequence[str]) -> str:
    # "*" makes the last token of each term a prefix.
    return " AND ".join(f"{_fts_string(term)}*" for term in terms)


def _filter_sql(filters: SearchFilters, params: dict[str, Any]) -> str:
    clauses = []
    if filters.category:
        clauses.append("i.category_id = (SELECT id FROM categories WHERE code = :f_category)")
        params["f_category"] = filters.category
    if filters.kind:
        clauses.append("i.kind = :f_kind")
        params["f_kind"] = filters.kind.value
    if filters.localization:
        clauses.append("i.localization = :f_loc")
        params["f_loc"] = filters.localization.value
    if filters.importer:
        clauses.append(
            "EXISTS (SELECT 1 FROM import_records r JOIN importers im ON im.id = r.importer_id "
            "WHERE r.item_id = i.id AND im.code = :f_importer)")
        params["f_importer"] = filters.importer
    if filters.country:
        clauses.append(
            "EXISTS (SELECT 1 FROM import_records r WHERE r.item_id = i.id "
            "AND r.country_code = :f_country)")
        params["f_country"] = filters.country
    return " AND ".join(clauses) or "1"


def _order_sql(sort: SortKey, lang: str, ranked: bool) -> str:
    name = f"i.name_{lang if lang in ('uz', 'ru', 'en') else 'en'}"
    if sort is SortKey.IMPORT_VALUE or (sort is SortKey.RELEVANCE and not ranked):
        return "i.import_value_usd DESC, i.id"
    if sort is SortKey.QUANTITY:
        return "i.import_quantity DESC, i.id"
    if sort is SortKey.NAME:
        return f"{name} COLLATE NOCASE, i.id"
    return "h.tier, h.score, i.import_value_usd DESC, i.id"


def import_value_order(connection: Connection) -> dict[int, int]:
    """Each item's place when the whole catalog is listed by import value: the tie-break of
    ranked results (a catalog never changes once installed, so callers may keep it)."""
    rows = connection.exec_driver_sql(
        "SELECT id FROM items ORDER BY import_value_usd DESC, id")
    return {row[0]: place for place, row in enumerate(rows)}


def search_ids(
    connection: Connection,
    query: str = "",
    filters: SearchFilters | None = None,
    sort: SortKey = SortKey.RELEVANCE,
    lang: str = "en",
    *,
    value_order: Mapping[int, int] | None = None,
) -> list[int]:
    """Ids of the items that match `query` and `filters`, in the order of `sort`.

    `value_order` is import_value_order() of this catalog, if the caller keeps it."""
    filters = filters or SearchFilters()
    params: dict[str, Any] = {}
    where = _filter_sql(filters, params)
    terms = query_terms(query)
    code = code_key(query[:MAX_QUERY_LENGTH])
    if not terms and not code:
        sql = f"SELECT i.id FROM items i WHERE {where} ORDER BY {_order_sql(sort, lang, False)}"
        return [row[0] for row in connection.execute(text(sql), params)]

    ranked = sort is SortKey.RELEVANCE
    hits = []
    if terms:
        params["fts"] = _fts_expression(terms)
        score = _BM25 if ranked else "0.0"  # bm25 is most of the cost of a broad query
        hits.append(f"SELECT rowid AS id, {TIER_TEXT} AS tier, {score} AS score "
                    "FROM item_fts WHERE item_fts MATCH :fts")
    if code:
        params["code"] = code
        params["code_prefix"] = code + "%"
        if len(code) >= 3:
            params["code_fts"] = f'"{code}"'
            hits.append(
                "SELECT c.rowid AS id, CASE WHEN c.number_key = :code THEN "
                f"{TIER_EXACT_NUMBER} WHEN c.number_key LIKE :code_prefix THEN "
                f"{TIER_NUMBER_PREFIX} ELSE {TIER_NUMBER_PART} END AS tier, 0.0 AS score "
                "FROM item_code_fts c WHERE item_code_fts MATCH :code_fts")
        else:
            hits.append(
                f"SELECT id, CASE WHEN number_key = :code THEN {TIER_EXACT_NUMBER} "
                f"ELSE {TIER_NUMBER_PREFIX} END AS tier, 0.0 AS score "
                "FROM items WHERE number_key LIKE :code_prefix")
        if code.isdigit() and len(code) >= 2:
            hits.append(f"SELECT id, {TIER_HS_PREFIX} AS tier, 0.0 AS score "
                        "FROM items WHERE hs_code LIKE :code_prefix")
    if ranked and filters.is_empty():
        return _ranked_in_python(connection, hits, params, value_order)
    return _ranked_in_sql(connection, hits, params, where, _order_sql(sort, lang, True))


def _ranked_in_sql(connection: Connection, hits: Sequence[str], params: dict[str, Any],
                   where: str, order: str) -> list[int]:
    sql = (
        f"WITH hits AS MATERIALIZED ({' UNION ALL '.join(hits)}), "
        "h AS (SELECT id, MIN(tier) AS tier, MIN(score) AS score FROM hits GROUP BY id) "
        f"SELECT i.id FROM h JOIN items i ON i.id = h.id WHERE {where} ORDER BY {order}"
    )
    return [row[0] for row in connection.execute(text(sql), params)]


def _ranked_in_python(connection: Connection, hits: Sequence[str], params: dict[str, Any],
                      value_order: Mapping[int, int] | None) -> list[int]:
    """The order of _ranked_in_sql without filters (tier, score, import value, id), sorted here:
    joining every hit of a broad query ("chev": 11,000 of 20,000 items) to its item row and
    sorting in SQLite took as long again as the match and its ranking."""
    # The sqlite3 cursor itself: SQLAlchemy's rows cost a third more on ten thousand of them.
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    found: list[list[tuple[int, int, float]]] = [
        rows for hit in hits if (rows := cursor.execute(hit, params).fetchall())]
    if value_order is None:
        value_order = import_value_order(connection)
    last = len(value_order)
    if len(found) == 1:  # ids are unique within one hit query
        rows = found[0]
        rows.sort(key=lambda row: (row[1], row[2], value_order.get(row[0], last)))
        return [row[0] for row in rows]
    best: dict[int, tuple[int, float]] = {}
    for rows in found:
        for item_id, tier, score in rows:
            known = best.get(item_id)
            best[item_id] = (tier, score) if known is None else (
                min(known[0], tier), min(known[1], score))
    return sorted(best, key=lambda item_id: (*best[item_id], value_order.get(item_id, last)))


_SUMMARY_COLUMNS = (
    "i.id, i.number, i.name_uz, i.name_ru, i.name_en, c.code, i.kind, i.hs_code, "
    "i.localization, i.import_year, i.import_value_usd, i.import_quantity, i.import_unit, "
    "i.thumbnail"
)


def load_summaries(connection: Connection, ids: Sequence[int]) -> list[ItemSummary]:
    """Summaries of the items `ids`, in that order (unknown ids are left out)."""
    if not ids:
        return []
    found: dict[int, ItemSummary] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        placeholders = ",".join(f":p{n}" for n in range(len(chunk)))
        rows = connection.execute(
            text(f"SELECT {_SUMMARY_COLUMNS} FROM items i JOIN categories c "
                 f"ON c.id = i.category_id WHERE i.id IN ({placeholders})"),
            {f"p{n}": value for n, value in enumerate(chunk)})
        for row in rows:
            found[row[0]] = ItemSummary(
                id=row[0], number=row[1], name=Texts(row[2], row[3], row[4]), category=row[5],
                kind=ItemKind(row[6]), hs_code=row[7], localization=LocalizationStatus(row[8]),
                import_year=row[9], import_value_usd=row[10], import_quantity=row[11],
                import_unit=row[12], thumbnail=row[13])
    return [found[i] for i in ids if i in found]


def search(
    connection: Connection,
    query: str = "",
    filters: SearchFilters | None = None,
    sort: SortKey = SortKey.RELEVANCE,
    lang: str = "en",
    limit: int | None = None,
    *,
    value_order: Mapping[int, int] | None = None,
) -> list[ItemSummary]:
    """The matching items' summaries, best first (at most `limit` of them)."""
    ids = search_ids(connection, query, filters, sort, lang, value_order=value_order)
    return load_summaries(connection, ids if limit is None else ids[:limit])
