"""Building a catalog folder (catalog.sqlite + photos/) from a checked master catalog source."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from db import catalog_models as m
from db.engine import sqlite_engine
from PIL import Image, ImageOps
from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.hq.source import CatalogSource, SourceError, SourceProblem
from kiosk.text import code_key, search_key
from kiosk.versions import parse_version

CATALOG_FILE = "catalog.sqlite"
PHOTOS_DIR = "photos"
PHOTO_MAX = (1600, 1200)
THUMB_SIZE = (480, 360)
JPEG_QUALITY = 85
MAX_SOURCE_PIXELS = 64_000_000
# Part of every photo's file name: a change here makes every photo new.
PHOTO_RECIPE = f"v1:{PHOTO_MAX}:{THUMB_SIZE}:{JPEG_QUALITY}"


@dataclass(frozen=True)
class BuiltPhoto:
    file: str
    thumb: str
    width: int
    height: int


@dataclass(frozen=True)
class BuildResult:
    folder: Path
    version: str
    item_count: int
    photo_count: int


class PhotoError(Exception):
    """A photo that is not a readable image within the limits."""


def _reuse_built(name: str, thumb: str, target_dir: Path, previous: Path | None
                 ) -> BuiltPhoto | None:
    """The same photo from an earlier build, hard-linked in, without decoding it again."""
    if previous is None or not ((previous / name).is_file() and (previous / thumb).is_file()):
        return None
    try:
        for file in (name, thumb):
            if not (target_dir / file).exists():
                os.link(previous / file, target_dir / file)
        with Image.open(target_dir / name) as built:
            width, height = built.size
    except OSError:
        return None
    return BuiltPhoto(name, thumb, width, height)


def _process_photo(source: Path, target_dir: Path, previous: Path | None = None) -> BuiltPhoto:
    """Resize and recompress one photo, named by its content so unchanged photos keep their name."""
    data = source.read_bytes()
    digest = hashlib.sha256(data + PHOTO_RECIPE.encode()).hexdigest()[:32]
    name, thumb = f"{digest}.jpg", f"{digest}.thumb.jpg"
    reused = _reuse_built(name, thumb, target_dir, previous)
    if reused is not None:
        return reused
    Image.MAX_IMAGE_PIXELS = MAX_SOURCE_PIXELS
    try:
        with Image.open(source) as image:
            if image.width * image.height > MAX_SOURCE_PIXELS:
                raise PhotoError(f"{image.width}x{image.height} is more than 64 megapixels")
            image.load()
            picture = ImageOps.exif_transpose(image).convert("RGB")
    except (OSError, SyntaxError, Image.DecompressionBombError, ValueError) as error:
        raise PhotoError(f"not a readable image ({error})") from error
    picture.thumbnail(PHOTO_MAX, Image.Resampling.LANCZOS)
    width, height = picture.size
    if not (target_dir / name).exists():
        picture.save(target_dir / name, "JPEG", quality=JPEG_QUALITY, optimize=True,
                     progressive=True)
    if not (target_dir / thumb).exists():
        small = ImageOps.fit(picture, THUMB_SIZE, Image.Resampling.LANCZOS)
        small.save(target_dir / thumb, "JPEG", quality=80, optimize=True)
    return BuiltPhoto(name, thumb, width, height)


def _process_all(paths: list[Path], target_dir: Path, previous: Path | None
                 ) -> dict[Path, BuiltPhoto | PhotoError]:
    results: dict[Path, BuiltPhoto | PhotoError] = {}
    workers = max(1, min(len(paths) // 16, os.cpu_count() or 1))
    if workers == 1:
        for path in paths:
            try:
                results[path] = _process_photo(path, target_dir, previous)
            except PhotoError as error:
                results[path] = error
        return results
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {path: pool.submit(_process_photo, path, target_dir, previous)
                   for path in paths}
        for path, future in futures.items():
            try:
                results[path] = future.result()
            except PhotoError as error:
                results[path] = error
    return results


def build_catalog(
    source: CatalogSource,
    out_dir: Path,
    *,
    version: str,
    publisher: str,
    created_at: datetime,
    is_demo: bool = False,
    previous: Path | None = None,
) -> BuildResult:
    """Write `out_dir/catalog.sqlite` and `out_dir/photos/`; raises SourceError for bad photos.

    `previous`: the folder of an earlier build, whose photos are hard-linked where the source
    photo is unchanged, so that a new version only processes the photos that changed.
    """
    parse_version(version)
    photos_dir = out_dir / PHOTOS_DIR
    photos_dir.mkdir(parents=True, exist_ok=True)
    photo_paths = sorted({source.folder / PHOTOS_DIR / p.file for p in source.photos}
                         | {source.folder / PHOTOS_DIR / c.picture
                            for c in source.categories if c.picture})
    built = _process_all(photo_paths, photos_dir,
                         previous / PHOTOS_DIR if previous is not None else None)
    problems = []
    for photo in source.photos:
        result = built[source.folder / PHOTOS_DIR / photo.file]
        if isinstance(result, PhotoError):
            file_name, row = source.where(photo)
            problems.append(SourceProblem(file_name, row, f"photo {photo.file!r}: {result}"))
    for category in source.categories:
        picture = (built.get(source.folder / PHOTOS_DIR / category.picture)
                   if category.picture else None)
        if isinstance(picture, PhotoError):
            file_name, row = source.where(category)
            problems.append(SourceProblem(file_name, row,
                                          f"picture {category.picture!r}: {picture}"))
    if problems:
        raise SourceError(problems)

    db_path = out_dir / CATALOG_FILE
    if db_path.exists():
        db_path.unlink()
    engine = sqlite_engine(db_path, synchronous="OFF", wal=False)
    m.CatalogBase.metadata.create_all(engine)
    with engine.begin() as connection:
        for ddl in m.FTS_DDL:
            connection.execute(text(ddl))
    with Session(engine) as session:
        _fill(session, source, built, version=version, publisher=publisher,
              created_at=created_at, is_demo=is_demo)
        session.commit()
    engine.dispose()
    _finish_database(db_path)
    return BuildResult(out_dir, version, len(source.items), len(source.photos))


def _fill(
    session: Session,
    source: CatalogSource,
    built: dict[Path, BuiltPhoto | PhotoError],
    *,
    version: str,
    publisher: str,
    created_at: datetime,
    is_demo: bool,
) -> None:
    photos_root = source.folder / PHOTOS_DIR

    def built_photo(name: str) -> BuiltPhoto:
        result = built[photos_root / name]
        assert isinstance(result, BuiltPhoto)
        return result

    session.add(m.CatalogMeta(id=1, version=version, publisher=publisher, created_at=created_at,
                              schema_version=m.CATALOG_SCHEMA_VERSION, is_demo=is_demo,
                              item_count=len(source.items)))
    categories = {}
    for position, cat in enumerate(source.categories):
        picture = built_photo(cat.picture).file if cat.picture else None
        categories[cat.code] = m.Category(code=cat.code, name_uz=cat.name_uz,
                                          name_ru=cat.name_ru, name_en=cat.name_en,
                                          position=position, picture=picture)
    importers = {r.code: m.Importer(code=r.code, name=r.name) for r in source.importers}
    countries = {r.code: m.Country(code=r.code, name_uz=r.name_uz, name_ru=r.name_ru,
                                   name_en=r.name_en) for r in source.countries}
    vehicles = {r.code: m.VehicleModel(code=r.code, name=r.name, maker=r.maker)
                for r in source.vehicles}
    producers = {r.code: m.Producer(code=r.code, name=r.name, region=r.region, city=r.city)
                 for r in source.producers}
    session.add_all([*categories.values(), *importers.values(), *countries.values(),
                     *vehicles.values(), *producers.values()])

    photos_of = _group(source.photos)
    specs_of = _group(source.specs)
    imports_of = _group(source.imports)
    producers_of = _group(source.item_producers)
    requirements_of = _group(source.requirements)

    items: list[m.Item] = []
    for row in source.items:
        item = m.Item(
            number=row.number, number_key=code_key(row.number), kind=row.kind,
            category=categories[row.category],
            name_uz=row.name_uz, name_ru=row.name_ru, name_en=row.name_en,
            description_uz=row.description_uz, description_ru=row.description_ru,
            description_en=row.description_en, hs_code=row.hs_code,
            localization=row.localization, stand=row.stand, shelf=row.shelf,
            samples_on_hand=row.samples_on_hand,
        )
        photo_rows = sorted(photos_of[row.number], key=lambda p: p.position)
        for position, photo in enumerate(photo_rows):
            done = built_photo(photo.file)
            item.photos.append(m.Photo(
                position=position, file=done.file, width=done.width, height=done.height,
                caption_uz=photo.caption_uz, caption_ru=photo.caption_ru,
                caption_en=photo.caption_en))
        item.thumbnail = built_photo(photo_rows[0].file).thumb
        for position, spec in enumerate(sorted(specs_of[row.number], key=lambda s: s.position)):
            item.specs.append(m.Spec(position=position, name_uz=spec.name_uz,
                                     name_ru=spec.name_ru, name_en=spec.name_en,
                                     value=spec.value))
        item.vehicles = [vehicles[code] for code in row.vehicle_codes()]
        for imp in imports_of[row.number]:
            item.imports.append(m.ImportRecord(
                year=imp.year, quantity=imp.quantity, unit=imp.unit, value_usd=imp.value_usd,
                country_code=imp.country, importer=importers[imp.importer]))
        for link in producers_of[row.number]:
            item.producers.append(m.ItemProducer(
                producer=producers[link.producer], relation=link.relation, note=link.note))
        needs = sorted(requirements_of[row.number], key=lambda r: (r.kind, r.position))
        for position, need in enumerate(needs):
            item.requirements.append(m.Requirement(
                kind=need.kind, position=position, name_uz=need.name_uz,
                name_ru=need.name_ru, name_en=need.name_en))
        _set_latest_import(item)
        items.append(item)
    session.add_all(items)
    session.flush()
    for item in items:
        _index(session, item)


class _ItemRow(Protocol):
    @property
    def item(self) -> str: ...


RowT = TypeVar("RowT", bound=_ItemRow)


def _group(rows: list[RowT]) -> dict[str, list[RowT]]:
    grouped: dict[str, list[RowT]] = defaultdict(list)
    for row in rows:
        grouped[row.item].append(row)
    return grouped


def _set_latest_import(item: m.Item) -> None:
    if not item.imports:
        return
    latest = max(r.year for r in item.imports)
    rows = [r for r in item.imports if r.year == latest]
    item.import_year = latest
    item.import_value_usd = sum(r.value_usd for r in rows)
    item.import_quantity = sum(r.quantity for r in rows)
    item.import_unit = rows[0].unit


def _index(session: Session, item: m.Item) -> None:
    extra = " ".join([
        item.number, *(v.name for v in item.vehicles),
        *(p.producer.name for p in item.producers),
        *(getattr(r, f"name_{lang}") for r in item.requirements for lang in ("uz", "ru", "en")),
        *(s.value for s in item.specs),
    ])
    session.execute(
        text("INSERT INTO item_fts(rowid, name_uz, name_ru, name_en, extra, description_uz, "
             "description_ru, description_en) VALUES (:id, :nu, :nr, :ne, :x, :du, :dr, :de)"),
        {"id": item.id, "nu": search_key(item.name_uz), "nr": search_key(item.name_ru),
         "ne": search_key(item.name_en), "x": search_key(extra),
         "du": search_key(item.description_uz), "dr": search_key(item.description_ru),
         "de": search_key(item.description_en)})
    session.execute(text("INSERT INTO item_code_fts(rowid, number_key) VALUES (:id, :k)"),
                    {"id": item.id, "k": item.number_key})


def _finish_database(path: Path) -> None:
    """Optimise the indexes and leave one self-contained WAL-mode file."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("INSERT INTO item_fts(item_fts) VALUES ('optimize')")
        connection.execute("INSERT INTO item_code_fts(item_code_fts) VALUES ('optimize')")
        connection.execute("ANALYZE")
        connection.commit()
        connection.execute("VACUUM")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
