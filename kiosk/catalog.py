"""Reading an installed catalog: its metadata, categories, filter choices and item details."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from db import catalog_models as m
from db.engine import sqlite_engine
from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.orm import Session

from kiosk import search as search_module
from kiosk.localized import Texts
from kiosk.search import ItemSummary, SearchFilters, SortKey

CATALOG_FILE = "catalog.sqlite"
PHOTOS_DIR = "photos"


class CatalogError(Exception):
    """The catalog cannot be read."""


@dataclass(frozen=True)
class CatalogInfo:
    version: str
    publisher: str
    created_at: datetime
    is_demo: bool
    item_count: int


@dataclass(frozen=True)
class Headline:
    item_count: int
    import_value_usd: float  # all items, latest year
    not_localized_value_usd: float  # items not yet (fully) made in Uzbekistan
    year: int | None


@dataclass(frozen=True)
class CategoryInfo:
    code: str
    name: Texts
    item_count: int
    picture: Path | None


@dataclass(frozen=True)
class Choice:
    """A filter choice: a code and its label."""

    code: str
    name: Texts


@dataclass(frozen=True)
class PhotoInfo:
    path: Path
    width: int
    height: int
    caption: Texts


@dataclass(frozen=True)
class SpecInfo:
    name: Texts
    value: str


@dataclass(frozen=True)
class YearFigures:
    year: int
    quantity: float
    value_usd: float


@dataclass(frozen=True)
class ShareFigure:
    """One country's or importer's part of the imports of the latest year."""

    code: str
    name: Texts
    value_usd: float
    quantity: float


@dataclass(frozen=True)
class ProducerInfo:
    name: str
    region: str
    city: str
    relation: m.ProducerRelation
    note: str


@dataclass(frozen=True)
class ItemDetail:
    summary: ItemSummary
    description: Texts
    category_name: Texts
    stand: str
    shelf: str
    samples_on_hand: int
    photos: list[PhotoInfo]
    specs: list[SpecInfo]
    vehicles: list[str]
    unit: str
    years: list[YearFigures]
    countries: list[ShareFigure]
    importers: list[ShareFigure]
    producers: list[ProducerInfo]
    materials: list[Texts]
    processes: list[Texts]


class Catalog:
    """One installed catalog version, opened read-only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.photos_dir = folder / PHOTOS_DIR
        db_path = folder / CATALOG_FILE
        if not db_path.is_file():
            raise CatalogError(f"no catalog database in {folder}")
        self.engine: Engine = sqlite_engine(db_path, read_only=True)
        self._value_order: dict[int, int] | None = None  # the ranking's tie-break, when needed
        try:
            self.info = self._read_info()
        except Exception as error:
            self.engine.dispose()
            raise CatalogError(f"cannot read the catalog in {folder}: {error}") from error

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def _read_info(self) -> CatalogInfo:
        with Session(self.engine) as session:
            meta = session.get(m.CatalogMeta, 1)
            if meta is None:
                raise CatalogError("the catalog has no metadata row")
            return CatalogInfo(meta.version, meta.publisher, meta.created_at, meta.is_demo,
                               meta.item_count)

    def categories(self) -> list[CategoryInfo]:
        with Session(self.engine) as session:
            counts: dict[int, int] = {
                category_id: count for category_id, count in session.execute(
                    select(m.Item.category_id, func.count()).group_by(m.Item.category_id))}
            return [
                CategoryInfo(c.code, Texts.of(c, "name"), counts.get(c.id, 0),
                             self.photos_dir / c.picture if c.picture else None)
                for c in session.scalars(select(m.Category).order_by(m.Category.position))
            ]

    def importers(self) -> list[Choice]:
        with Session(self.engine) as session:
            return [Choice(i.code, Texts(i.name, i.name, i.name))
                    for i in session.scalars(select(m.Importer).order_by(m.Importer.name))]

    def countries(self) -> list[Choice]:
        with Session(self.engine) as session:
            used = select(m.ImportRecord.country_code).distinct()
            rows = session.scalars(select(m.Country).where(m.Country.code.in_(used))
                                   .order_by(m.Country.name_en))
            return [Choice(c.code, Texts.of(c, "name")) for c in rows]

    def search_ids(self, query: str = "", filters: SearchFilters | None = None,
                   sort: SortKey = SortKey.RELEVANCE, lang: str = "en") -> list[int]:
        with self.connect() as connection:
            return search_module.search_ids(connection, query, filters, sort, lang,
                                            value_order=self._import_value_order(connection))

    def summaries(self, ids: Sequence[int]) -> list[ItemSummary]:
        with self.connect() as connection:
            return search_module.load_summaries(connection, ids)

    def search(self, query: str = "", filters: SearchFilters | None = None,
               sort: SortKey = SortKey.RELEVANCE, lang: str = "en",
               limit: int | None = None) -> list[ItemSummary]:
        with self.connect() as connection:
            return search_module.search(connection, query, filters, sort, lang, limit,
                                        value_order=self._import_value_order(connection))

    def prepare_search(self) -> None:
        """Load what ranked searches need, so that the first visitor's search does not wait."""
        with self.connect() as connection:
            self._import_value_order(connection)

    def _import_value_order(self, connection: Connection) -> dict[int, int]:
        # Two threads may both build it the first time: the same dict either way.
        if self._value_order is None:
            self._value_order = search_module.import_value_order(connection)
        return self._value_order

    def item_id(self, number: str) -> int | None:
        with self.connect() as connection:
            row = connection.execute(text("SELECT id FROM items WHERE number = :n"),
                                     {"n": number}).first()
            return None if row is None else int(row[0])

    def item(self, item_id: int) -> ItemDetail | None:
        """Everything the item's page shows, or None for an unknown id.

        Plain statements on the sqlite3 cursor: the ORM's nine relationship loads took
        10-15 ms of each tap on an item, these take about 2."""
        with self.connect() as connection:
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]

            def rows(sql: str) -> list[tuple[Any, ...]]:
                return list(cursor.execute(sql, (item_id,)).fetchall())

            head = rows(
                "SELECT i.description_uz, i.description_ru, i.description_en, c.name_uz, "
                "c.name_ru, c.name_en, i.stand, i.shelf, i.samples_on_hand, i.import_unit "
                "FROM items i JOIN categories c ON c.id = i.category_id WHERE i.id = ?")
            if not head:
                return None
            (description_uz, description_ru, description_en, category_uz, category_ru,
             category_en, stand, shelf, samples_on_hand, unit) = head[0]
            imports = rows(
                "SELECT r.year, r.quantity, r.value_usd, r.country_code, c.name_uz, c.name_ru, "
                "c.name_en, im.code, im.name FROM import_records r "
                "JOIN countries c ON c.code = r.country_code "
                "JOIN importers im ON im.id = r.importer_id "
                "WHERE r.item_id = ? ORDER BY r.year, r.id")
            years, countries, importers = _import_figures(imports)
            requirements = rows("SELECT kind, name_uz, name_ru, name_en FROM requirements "
                                "WHERE item_id = ? ORDER BY position")
            return ItemDetail(
                summary=search_module.load_summaries(connection, [item_id])[0],
                description=_texts(description_uz, description_ru, description_en),
                category_name=_texts(category_uz, category_ru, category_en),
                stand=stand or "", shelf=shelf or "", samples_on_hand=samples_on_hand,
                photos=[PhotoInfo(self.photos_dir / file, width, height, _texts(uz, ru, en))
                        for file, width, height, uz, ru, en in rows(
                            "SELECT file, width, height, caption_uz, caption_ru, caption_en "
                            "FROM photos WHERE item_id = ? ORDER BY position")],
                specs=[SpecInfo(_texts(uz, ru, en), value) for uz, ru, en, value in rows(
                    "SELECT name_uz, name_ru, name_en, value FROM specs WHERE item_id = ? "
                    "ORDER BY position")],
                vehicles=[name for (name,) in rows(
                    "SELECT v.name FROM item_vehicles iv JOIN vehicle_models v "
                    "ON v.id = iv.vehicle_id WHERE iv.item_id = ? ORDER BY v.name")],
                unit=unit or "",
                years=years, countries=countries, importers=importers,
                producers=[ProducerInfo(name, region or "", city or "",
                                        m.ProducerRelation(relation), note or "")
                           for name, region, city, relation, note in rows(
                               "SELECT p.name, p.region, p.city, ip.relation, ip.note "
                               "FROM item_producers ip JOIN producers p ON p.id = ip.producer_id "
                               "WHERE ip.item_id = ? ORDER BY ip.producer_id")],
                materials=[_texts(uz, ru, en) for kind, uz, ru, en in requirements
                           if kind == m.RequirementKind.MATERIAL.value],
                processes=[_texts(uz, ru, en) for kind, uz, ru, en in requirements
                           if kind == m.RequirementKind.PROCESS.value],
            )

    def headline(self) -> Headline:
        """Figures for the attract screen: what the pavilion's items are worth a year."""
        with self.connect() as connection:
            row = connection.execute(text(
                "SELECT count(*), coalesce(sum(import_value_usd), 0), "
                "coalesce(sum(CASE WHEN localization != 'localized' THEN import_value_usd "
                "ELSE 0 END), 0), max(import_year) FROM items")).one()
        return Headline(int(row[0]), float(row[1]), float(row[2]), row[3])

    def featured(self, limit: int = 8) -> list[ItemSummary]:
        """Items worth showing off: the largest imports that nobody makes here yet."""
        with self.connect() as connection:
            ids = [r[0] for r in connection.execute(text(
                "SELECT id FROM items WHERE localization IN ('not_localized', 'in_progress') "
                "ORDER BY import_value_usd DESC LIMIT :n"), {"n": limit})]
            return search_module.load_summaries(connection, ids)

    def first_photos(self, ids: Sequence[int]) -> dict[int, Path]:
        """The first photo of each of the items `ids` that has one (one query, no item loads)."""
        wanted = list(ids)
        if not wanted:
            return {}
        with self.connect() as connection:
            rows = connection.execute(
                select(m.Photo.item_id, m.Photo.file)
                .where(m.Photo.item_id.in_(wanted))
                .order_by(m.Photo.item_id, m.Photo.position.desc()))
            # Highest position first, so that position 0 is the one left in the dict.
            return {item_id: self.photos_dir / file for item_id, file in rows}

    def integrity_ok(self) -> bool:
        with self.connect() as connection:
            return connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def _texts(uz: str | None, ru: str | None, en: str | None) -> Texts:
    return Texts(uz or "", ru or "", en or "")


def _import_figures(records: Sequence[tuple[Any, ...]]) -> tuple[
        list[YearFigures], list[ShareFigure], list[ShareFigure]]:
    """Totals per year, and the countries' and importers' shares of the latest year, from
    import records (year, quantity, value, country code and names, importer code and name)."""
    per_year: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for year, quantity, value_usd, *_rest in records:
        per_year[year][0] += quantity
        per_year[year][1] += value_usd
    latest = max(per_year) if per_year else None
    countries: dict[str, ShareFigure] = {}
    importers: dict[str, ShareFigure] = {}
    for (year, quantity, value_usd, country, country_uz, country_ru, country_en, importer,
         importer_name) in records:
        if year != latest:
            continue
        for shares, code, name in (
            (countries, country, _texts(country_uz, country_ru, country_en)),
            (importers, importer, _texts(importer_name, importer_name, importer_name)),
        ):
            old = shares.get(code)
            shares[code] = ShareFigure(
                code, name, (old.value_usd if old else 0.0) + value_usd,
                (old.quantity if old else 0.0) + quantity)
    return ([YearFigures(year, q, v) for year, (q, v) in sorted(per_year.items())],
            sorted(countries.values(), key=lambda share: -share.value_usd),
            sorted(importers.values(), key=lambda share: -share.value_usd))
