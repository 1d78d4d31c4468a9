"""The catalog database: everything HQ publishes about the items shown in the pavilion.

A catalog file is built whole by the HQ tool and only read by the kiosk; an update replaces it.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

CATALOG_SCHEMA_VERSION = 1


class CatalogBase(DeclarativeBase):
    """Declarative base of the catalog database."""


class ItemKind(enum.StrEnum):
    COMPONENT = "component"
    RAW_MATERIAL = "raw_material"
    CONSUMABLE = "consumable"


class LocalizationStatus(enum.StrEnum):
    NOT_LOCALIZED = "not_localized"
    IN_PROGRESS = "in_progress"
    PARTLY = "partly"
    LOCALIZED = "localized"


class ProducerRelation(enum.StrEnum):
    KNOWN = "known"  # already makes it
    POTENTIAL = "potential"  # could make it


class RequirementKind(enum.StrEnum):
    MATERIAL = "material"
    PROCESS = "process"


def _enum(cls: type[enum.StrEnum]) -> Enum:
    return Enum(cls, native_enum=False, values_callable=lambda e: [m.value for m in e],
                validate_strings=True, length=20)


class CatalogMeta(CatalogBase):
    """One row: which catalog this file is."""

    __tablename__ = "catalog_meta"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    publisher: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    schema_version: Mapped[int] = mapped_column(Integer, default=CATALOG_SCHEMA_VERSION)
    is_demo: Mapped[bool] = mapped_column(default=False)
    item_count: Mapped[int] = mapped_column(Integer, default=0)


class Category(CatalogBase):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_uz: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    picture: Mapped[str | None] = mapped_column(String(300))  # relative to the photos folder

    items: Mapped[list[Item]] = relationship(back_populates="category")


class Importer(CatalogBase):
    """A company that imports items (UzAuto Motors, SamAuto, ...)."""

    __tablename__ = "importers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Country(CatalogBase):
    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # ISO 3166-1 alpha-2
    name_uz: Mapped[str] = mapped_column(String(100))
    name_ru: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))


class VehicleModel(CatalogBase):
    __tablename__ = "vehicle_models"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    maker: Mapped[str] = mapped_column(String(200), default="")


class Producer(CatalogBase):
    """A domestic plant that makes, or could make, some items."""

    __tablename__ = "producers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    region: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(100), default="")


class ItemVehicle(CatalogBase):
    __tablename__ = "item_vehicles"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle_models.id", ondelete="CASCADE"), primary_key=True)


class Item(CatalogBase):
    """A part, raw material or consumable shown in the pavilion."""

    __tablename__ = "items"
    __table_args__ = (
        Index("ix_items_category", "category_id"),
        Index("ix_items_hs_digits", "hs_code"),
        Index("ix_items_import_value", "import_value_usd"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)  # OEM item number as printed
    number_key: Mapped[str] = mapped_column(String(60), index=True)  # number without separators
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    name_uz: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    description_uz: Mapped[str] = mapped_column(Text, default="")
    description_ru: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    hs_code: Mapped[str] = mapped_column(String(10))  # digits only, 6 to 10 of them
    localization: Mapped[LocalizationStatus] = mapped_column(_enum(LocalizationStatus))
    stand: Mapped[str] = mapped_column(String(20), default="")  # e.g. "B4", on the floor map
    shelf: Mapped[str] = mapped_column(String(40), default="")
    samples_on_hand: Mapped[int] = mapped_column(Integer, default=0)
    # Figures of the latest import year, kept on the item so that lists sort without joins.
    import_year: Mapped[int | None] = mapped_column(Integer)
    import_value_usd: Mapped[float] = mapped_column(Float, default=0.0)
    import_quantity: Mapped[float] = mapped_column(Float, default=0.0)
    import_unit: Mapped[str] = mapped_column(String(10), default="")
    thumbnail: Mapped[str | None] = mapped_column(String(300))  # relative to the photos folder

    category: Mapped[Category] = relationship(back_populates="items")
    photos: Mapped[list[Photo]] = relationship(
        order_by="Photo.position", cascade="all, delete-orphan")
    specs: Mapped[list[Spec]] = relationship(
        order_by="Spec.position", cascade="all, delete-orphan")
    vehicles: Mapped[list[VehicleModel]] = relationship(
        secondary="item_vehicles", order_by="VehicleModel.name")
    imports: Mapped[list[ImportRecord]] = relationship(
        order_by="ImportRecord.year", cascade="all, delete-orphan")
    producers: Mapped[list[ItemProducer]] = relationship(cascade="all, delete-orphan")
    requirements: Mapped[list[Requirement]] = relationship(
        order_by="Requirement.position", cascade="all, delete-orphan")


class Photo(CatalogBase):
    __tablename__ = "photos"
    __table_args__ = (UniqueConstraint("item_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    file: Mapped[str] = mapped_column(String(300))  # relative to the photos folder
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    caption_uz: Mapped[str] = mapped_column(String(300), default="")
    caption_ru: Mapped[str] = mapped_column(String(300), default="")
    caption_en: Mapped[str] = mapped_column(String(300), default="")


class Spec(CatalogBase):
    __tablename__ = "specs"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name_uz: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(300))


class ImportRecord(CatalogBase):
    """Imports of one item in one year, from one country, by one importer."""

    __tablename__ = "import_records"
    __table_args__ = (
        Index("ix_imports_item_year", "item_id", "year"),
        Index("ix_imports_importer", "importer_id", "item_id"),
        Index("ix_imports_country", "country_code", "item_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(10))
    value_usd: Mapped[float] = mapped_column(Float)
    country_code: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    importer_id: Mapped[int] = mapped_column(ForeignKey("importers.id"))

    country: Mapped[Country] = relationship()
    importer: Mapped[Importer] = relationship()


class ItemProducer(CatalogBase):
    __tablename__ = "item_producers"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    producer_id: Mapped[int] = mapped_column(
        ForeignKey("producers.id", ondelete="CASCADE"), primary_key=True)
    relation: Mapped[ProducerRelation] = mapped_column(_enum(ProducerRelation))
    note: Mapped[str] = mapped_column(String(300), default="")

    producer: Mapped[Producer] = relationship()


class Requirement(CatalogBase):
    """A material or process needed to make an item."""

    __tablename__ = "requirements"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    kind: Mapped[RequirementKind] = mapped_column(_enum(RequirementKind))
    position: Mapped[int] = mapped_column(Integer)
    name_uz: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))


# Full-text index over the normalised texts of each item (see kiosk.text.search_key).
# Its rowid is the item id; the HQ builder fills both tables.
FTS_DDL = (
    "CREATE VIRTUAL TABLE item_fts USING fts5("
    "name_uz, name_ru, name_en, extra, description_uz, description_ru, description_en, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    # Substring index over item numbers (letters and digits only).
    "CREATE VIRTUAL TABLE item_code_fts USING fts5(number_key, tokenize = 'trigram')",
)
