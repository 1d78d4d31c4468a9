"""Reading an installed catalog: its metadata, categories, filter choices and item details."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import catalog_models as m
from db.engine import sqlite_engine
from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.orm import Session, selectinload

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
            return search_module.search_ids(connection, query, filters, sort, lang)

    def summaries(self, ids: Sequence[int]) -> list[ItemSummary]:
        with self.connect() as connection:
            return search_module.load_summaries(connection, ids)

    def search(self, query: str = "", filters: SearchFilters | None = None,
               sort: SortKey = SortKey.RELEVANCE, lang: str = "en",
               limit: int | None = None) -> list[ItemSummary]:
        with self.connect() as connection:
            return search_module.search(connection, query, filters, sort, lang, limit)

    def item_id(self, number: str) -> int | None:
        with self.connect() as connection:
            row = connection.execute(text("SELECT id FROM items WHERE number = :n"),
                                     {"n": number}).first()
            return None if row is None else int(row[0])

    def item(self, item_id: int) -> ItemDetail | None:
        with Session(self.engine) as session:
            item = session.scalars(
                select(m.Item).where(m.Item.id == item_id).options(
                    selectinload(m.Item.photos), selectinload(m.Item.specs),
                    selectinload(m.Item.vehicles),
                    selectinload(m.Item.imports).selectinload(m.ImportRecord.country),
                    selectinload(m.Item.imports).selectinload(m.ImportRecord.importer),
                    selectinload(m.Item.producers).selectinload(m.ItemProducer.producer),
                    selectinload(m.Item.requirements), selectinload(m.Item.category))
            ).first()
            if item is None:
                return None
            summary = search_module.load_summaries(session.connection(), [item_id])[0]
            return self._detail(item, summary)

    def _detail(self, item: m.Item, summary: ItemSummary) -> ItemDetail:
        per_year: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for record in item.imports:
            per_year[record.year][0] += record.quantity
            per_year[record.year][1] += record.value_usd
        latest = max(per_year) if per_year else None
        countries: dict[str, ShareFigure] = {}
        importers: dict[str, ShareFigure] = {}
        for record in item.imports:
            if record.year != latest:
                continue
            for shares, code, name in (
                (countries, record.country_code, Texts.of(record.country, "name")),
                (importers, record.importer.code,
                 Texts(record.importer.name, record.importer.name, record.importer.name)),
            ):
                old = shares.get(code)
                shares[code] = ShareFigure(
                    code, name, (old.value_usd if old else 0.0) + record.value_usd,
                    (old.quantity if old else 0.0) + record.quantity)
        return ItemDetail(
            summary=summary,
            description=Texts.of(item, "description"),
            category_name=Texts.of(item.category, "name"),
            stand=item.stand, shelf=item.shelf, samples_on_hand=item.samples_on_hand,
            photos=[PhotoInfo(self.photos_dir / p.file, p.width, p.height,
                              Texts.of(p, "caption")) for p in item.photos],
            specs=[SpecInfo(Texts.of(s, "name"), s.value) for s in item.specs],
            vehicles=[v.name for v in item.vehicles],
            unit=item.import_unit,
            years=[YearFigures(year, q, v) for year, (q, v) in sorted(per_year.items())],
            countries=sorted(countries.values(), key=lambda s: -s.value_usd),
            importers=sorted(importers.values(), key=lambda s: -s.value_usd),
            producers=[ProducerInfo(p.producer.name, p.producer.region, p.producer.city,
                                    p.relation, p.note) for p in item.producers],
            materials=[Texts.of(r, "name") for r in item.requirements
                       if r.kind is m.RequirementKind.MATERIAL],
            processes=[Texts.of(r, "name") for r in item.requirements
                       if r.kind is m.RequirementKind.PROCESS],
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
