"""Reading and checking HQ's master catalog: CSV files or one XLSX workbook, plus a photos folder.

Every table is a CSV file `<table>.csv` (UTF-8, header row) or a sheet `<table>` of one `.xlsx`
workbook in the source folder. The columns are documented in README.md (HQ catalog source).
Every bad row is reported, with file, row and reason; reading does not stop at the first.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from db.catalog_models import ItemKind, LocalizationStatus, ProducerRelation, RequirementKind
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from kiosk.regions import REGION_BY_CODE
from kiosk.text import clean_line, clean_text, code_key

MAX_ROWS = 200_000
MAX_CELL = 4_000
HS_RE = re.compile(r"^\d{6}(\d{2})?(\d{2})?$")


@dataclass(frozen=True)
class SourceProblem:
    file: str
    row: int  # 1-based spreadsheet row (the header is row 1); 0 for the whole file
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}" if self.row else self.file
        return f"{where}: {self.reason}"


class SourceError(Exception):
    """The master catalog has bad rows; `problems` lists every one of them."""

    def __init__(self, problems: list[SourceProblem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the catalog source")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _line(max_length: int) -> Any:
    return BeforeValidator(lambda v: clean_line(_cell_text(v), max_length))


def _text(max_length: int) -> Any:
    return BeforeValidator(lambda v: clean_text(_cell_text(v), max_length))


Code = Annotated[str, _line(40), Field(min_length=1, pattern=r"^[a-z0-9_\-]+$")]
Line = Annotated[str, _line(300)]
RequiredLine = Annotated[str, _line(300), Field(min_length=1)]
LongText = Annotated[str, _text(MAX_CELL)]


class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _blank_cell_is_no_value(cls, data: Any) -> Any:
        """An empty cell means the column's default (a required column reports it missing)."""
        if not isinstance(data, dict):
            return data
        return {key: value for key, value in data.items()
                if value is not None and not (isinstance(value, str) and not value.strip())}


class CategoryRow(_Row):
    code: Code
    name_uz: RequiredLine
    name_ru: RequiredLine
    name_en: RequiredLine
    picture: Line = ""


class ImporterRow(_Row):
    code: Code
    name: RequiredLine


class CountryRow(_Row):
    code: Annotated[str, _line(2), Field(pattern=r"^[A-Z]{2}$")]
    name_uz: RequiredLine
    name_ru: RequiredLine
    name_en: RequiredLine


class VehicleRow(_Row):
    code: Code
    name: RequiredLine
    maker: Line = ""


class ProducerRow(_Row):
    code: Code
    name: RequiredLine
    region: Annotated[str, _line(40)] = ""
    city: Line = ""


def _hs_digits(value: Any) -> str:
    digits = code_key(_cell_text(value))
    if not HS_RE.match(digits):
        raise ValueError("HS code must have 6, 8 or 10 digits")
    return digits


class ItemRow(_Row):
    number: Annotated[str, _line(60), Field(min_length=1)]
    kind: ItemKind
    category: Code
    name_uz: RequiredLine
    name_ru: RequiredLine
    name_en: RequiredLine
    description_uz: LongText = ""
    description_ru: LongText = ""
    description_en: LongText = ""
    hs_code: Annotated[str, BeforeValidator(_hs_digits)]
    localization: LocalizationStatus = LocalizationStatus.NOT_LOCALIZED
    stand: Annotated[str, _line(20)] = ""
    shelf: Annotated[str, _line(40)] = ""
    samples_on_hand: Annotated[int, BeforeValidator(lambda v: v or 0), Field(ge=0, le=100_000)] = 0
    vehicles: Line = ""

    def vehicle_codes(self) -> list[str]:
        return [v.strip() for v in self.vehicles.split(";") if v.strip()]


class PhotoRow(_Row):
    item: RequiredLine
    position: Annotated[int, Field(ge=0, le=99)] = 0
    file: RequiredLine
    caption_uz: Line = ""
    caption_ru: Line = ""
    caption_en: Line = ""


class SpecRow(_Row):
    item: RequiredLine
    position: Annotated[int, Field(ge=0, le=999)] = 0
    name_uz: RequiredLine
    name_ru: RequiredLine
    name_en: RequiredLine
    value: RequiredLine


class ImportRow(_Row):
    item: RequiredLine
    year: Annotated[int, Field(ge=1991, le=2100)]
    quantity: Annotated[float, Field(ge=0, le=1e12)]
    unit: Annotated[str, _line(10), Field(min_length=1)]
    value_usd: Annotated[float, Field(ge=0, le=1e13)]
    country: Annotated[str, _line(2), Field(pattern=r"^[A-Z]{2}$")]
    importer: Code


class ItemProducerRow(_Row):
    item: RequiredLine
    producer: Code
    relation: ProducerRelation
    note: Line = ""


class RequirementRow(_Row):
    item: RequiredLine
    kind: RequirementKind
    position: Annotated[int, Field(ge=0, le=999)] = 0
    name_uz: RequiredLine
    name_ru: RequiredLine
    name_en: RequiredLine


TABLES: dict[str, type[_Row]] = {
    "categories": CategoryRow,
    "importers": ImporterRow,
    "countries": CountryRow,
    "vehicles": VehicleRow,
    "producers": ProducerRow,
    "items": ItemRow,
    "photos": PhotoRow,
    "specs": SpecRow,
    "imports": ImportRow,
    "item_producers": ItemProducerRow,
    "requirements": RequirementRow,
}
REQUIRED_TABLES = ("categories", "items", "photos")


@dataclass
class CatalogSource:
    """The master catalog as read and checked, ready for the builder."""

    folder: Path
    categories: list[CategoryRow] = field(default_factory=list)
    importers: list[ImporterRow] = field(default_factory=list)
    countries: list[CountryRow] = field(default_factory=list)
    vehicles: list[VehicleRow] = field(default_factory=list)
    producers: list[ProducerRow] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    photos: list[PhotoRow] = field(default_factory=list)
    specs: list[SpecRow] = field(default_factory=list)
    imports: list[ImportRow] = field(default_factory=list)
    item_producers: list[ItemProducerRow] = field(default_factory=list)
    requirements: list[RequirementRow] = field(default_factory=list)
    # (file name, row number) of every row, for messages about cross references
    origin: dict[int, tuple[str, int]] = field(default_factory=dict)

    def where(self, row: _Row) -> tuple[str, int]:
        return self.origin.get(id(row), ("?", 0))


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        for index, row in enumerate(reader, start=2):
            yield index, {k.strip(): v for k, v in row.items() if k is not None}


def _xlsx_sheets(path: Path) -> dict[str, list[tuple[int, dict[str, Any]]]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    sheets: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    try:
        for sheet in workbook.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                continue
            names = [_cell_text(h).strip() for h in header]
            table: list[tuple[int, dict[str, Any]]] = []
            for index, values in enumerate(rows, start=2):
                if all(v is None or v == "" for v in values):
                    continue
                table.append((index, dict(zip(names, values, strict=False))))
            sheets[sheet.title.strip().lower()] = table
    finally:
        workbook.close()
    return sheets


def _describe(error: ValidationError) -> str:
    parts = []
    for e in error.errors():
        column = ".".join(str(p) for p in e["loc"]) or "row"
        message = str(e["msg"]).removeprefix("Value error, ")
        parts.append(f"{column}: {message}")
    return "; ".join(parts)


def read_source(folder: Path) -> CatalogSource:
    """Read and check every table in `folder`; raise SourceError listing every bad row."""
    problems: list[SourceProblem] = []
    source = CatalogSource(folder=folder)
    workbooks = sorted(folder.glob("*.xlsx"))
    raw_tables: dict[str, tuple[str, list[tuple[int, dict[str, Any]]]]] = {}
    if len(workbooks) > 1:
        problems.append(SourceProblem(folder.name, 0, "more than one .xlsx workbook"))
    elif workbooks:
        try:
            for name, rows in _xlsx_sheets(workbooks[0]).items():
                raw_tables[name] = (f"{workbooks[0].name}[{name}]", rows)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            problems.append(SourceProblem(workbooks[0].name, 0, f"cannot read workbook: {error}"))
    for name in TABLES:
        path = folder / f"{name}.csv"
        if name in raw_tables or not path.exists():
            continue
        try:
            raw_tables[name] = (path.name, list(_csv_rows(path)))
        except (OSError, UnicodeDecodeError, csv.Error) as error:  # OSError: a folder, say
            problems.append(SourceProblem(path.name, 0, f"cannot read: {error}"))
    for name in REQUIRED_TABLES:
        if name not in raw_tables:
            problems.append(SourceProblem(f"{name}.csv", 0, "table is missing"))

    for name, model in TABLES.items():
        if name not in raw_tables:
            continue
        file_name, rows = raw_tables[name]
        if len(rows) > MAX_ROWS:
            problems.append(SourceProblem(file_name, 0, f"more than {MAX_ROWS} rows"))
            continue
        target: list[_Row] = getattr(source, name)
        for row_number, raw in rows:
            if any(len(_cell_text(v)) > MAX_CELL * 4 for v in raw.values()):
                problems.append(SourceProblem(file_name, row_number, "a cell is too long"))
                continue
            try:
                parsed = model.model_validate(raw)
            except ValidationError as error:
                problems.append(SourceProblem(file_name, row_number, _describe(error)))
                continue
            target.append(parsed)
            source.origin[id(parsed)] = (file_name, row_number)

    problems.extend(_check_references(source))
    if problems:
        raise SourceError(problems)
    return source


def _check_references(source: CatalogSource) -> list[SourceProblem]:
    problems: list[SourceProblem] = []

    def problem(row: _Row, reason: str) -> None:
        file_name, row_number = source.where(row)
        problems.append(SourceProblem(file_name, row_number, reason))

    def unique(rows: list[Any], key: str, label: str) -> set[str]:
        seen: set[str] = set()
        for row in rows:
            value = getattr(row, key)
            if value in seen:
                problem(row, f"duplicate {label} {value!r}")
            seen.add(value)
        return seen

    categories = unique(source.categories, "code", "category")
    importers = unique(source.importers, "code", "importer")
    countries = unique(source.countries, "code", "country")
    vehicles = unique(source.vehicles, "code", "vehicle")
    producers = unique(source.producers, "code", "producer")
    numbers = unique(source.items, "number", "item number")
    keys: dict[str, str] = {}
    for item in source.items:
        key = code_key(item.number)
        if not key:
            problem(item, "number must contain letters or digits")
        elif key in keys and keys[key] != item.number:
            problem(item, f"number {item.number!r} differs from {keys[key]!r} only in separators")
        keys.setdefault(key, item.number)
        if item.category not in categories:
            problem(item, f"unknown category {item.category!r}")
        for code in item.vehicle_codes():
            if code not in vehicles:
                problem(item, f"unknown vehicle {code!r}")
    for producer in source.producers:
        if producer.region and producer.region not in REGION_BY_CODE:
            problem(producer, f"unknown region {producer.region!r}")
    for category in source.categories:
        if category.picture and not _is_photo_file(source.folder, category.picture):
            problem(category, f"picture {category.picture!r} not found in photos/")
    photo_items: set[str] = set()
    positions: set[tuple[str, int]] = set()
    for photo in source.photos:
        if photo.item not in numbers:
            problem(photo, f"unknown item {photo.item!r}")
        if (photo.item, photo.position) in positions:
            problem(photo, f"second photo at position {photo.position} of {photo.item!r}")
        positions.add((photo.item, photo.position))
        photo_items.add(photo.item)
        if not _is_photo_file(source.folder, photo.file):
            problem(photo, f"photo {photo.file!r} not found in photos/")
    for item in source.items:
        if item.number not in photo_items:
            problem(item, "item has no photo")
    for spec in source.specs:
        if spec.item not in numbers:
            problem(spec, f"unknown item {spec.item!r}")
    for need in source.requirements:
        if need.item not in numbers:
            problem(need, f"unknown item {need.item!r}")
    for imp in source.imports:
        if imp.item not in numbers:
            problem(imp, f"unknown item {imp.item!r}")
        if imp.country not in countries:
            problem(imp, f"unknown country {imp.country!r}")
        if imp.importer not in importers:
            problem(imp, f"unknown importer {imp.importer!r}")
    for link in source.item_producers:
        if link.item not in numbers:
            problem(link, f"unknown item {link.item!r}")
        if link.producer not in producers:
            problem(link, f"unknown producer {link.producer!r}")
    return problems


def _safe_relative(name: str) -> bool:
    path = Path(name)
    return not path.is_absolute() and ".." not in path.parts and "\\" not in name


def _is_photo_file(folder: Path, name: str) -> bool:
    """Whether `name` is a file inside `folder`/photos (a name too long to look up is not)."""
    if not _safe_relative(name):
        return False
    try:
        return (folder / "photos" / name).is_file()
    except OSError:  # ENAMETOOLONG and the like
        return False
