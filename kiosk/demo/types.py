"""Plain data types in which the demo catalog's content tables are written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["component", "raw_material", "consumable"]


@dataclass(frozen=True)
class Tr:
    """One text in the three kiosk languages (Uzbek Latin, Russian, English)."""

    uz: str
    ru: str
    en: str


@dataclass(frozen=True)
class Category:
    code: str  # lowercase ascii, e.g. "brakes"
    name: Tr
    art: str  # illustration kind used for the category tile


@dataclass(frozen=True)
class Spec:
    """A specification row; one value is picked per item variant (cycled by variant index)."""

    name: Tr
    values: tuple[str, ...]


@dataclass(frozen=True)
class Vehicle:
    code: str  # e.g. "cobalt"
    name: str  # e.g. "Chevrolet Cobalt"
    maker: str  # importer code of the plant that builds it, e.g. "uzauto"


@dataclass(frozen=True)
class Importer:
    code: str  # e.g. "uzauto"
    name: str  # e.g. "UzAuto Motors"


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, e.g. "KR"
    name: Tr


@dataclass(frozen=True)
class Producer:
    """A fictional Uzbek plant that makes, or could make, some kinds of items."""

    code: str
    name: str  # e.g. "Andijon Rezina-Texnika MChJ" (fictional)
    region: str  # region code, see kiosk.regions (e.g. "andijan", "tashkent_city")
    city: str
    capabilities: tuple[str, ...]  # process keywords, e.g. ("casting", "rubber", "stamping")


@dataclass(frozen=True)
class PartType:
    """A family of catalog items; the generator makes `variants` items from it."""

    key: str  # unique, e.g. "brake_pad_front"
    category: str  # Category.code
    kind: Kind
    name: Tr  # short name, <= 60 chars, e.g. "Front brake pad set"
    description: Tr  # 1-3 sentences: what it is, where it goes, why localising it is interesting
    hs_code: str  # 10-digit Uzbek TN VED code as digits only, e.g. "8708301009"
    art: str  # illustration kind (see kiosk.demo.art.ART_KINDS)
    unit: Literal["pcs", "set", "kg", "t", "l", "m", "m2"]
    unit_price_usd: float  # typical import price per unit
    yearly_quantity: int  # typical yearly import quantity per item variant, in `unit`
    vehicles: tuple[str, ...]  # Vehicle.code list it fits (empty for materials used everywhere)
    specs: tuple[Spec, ...] = field(default=())
    materials: tuple[Tr, ...] = field(default=())  # what it is made of
    processes: tuple[Tr, ...] = field(default=())  # how it is made
    capabilities: tuple[str, ...] = field(default=())  # process keywords matched against producers
    countries: tuple[str, ...] = field(default=())  # usual countries of origin (Country.code)
    variants: int = 4  # how many items (e.g. per vehicle) this family yields
