"""Deterministic generator of the demo catalog's source: the same CSV tables and photos folder
that HQ keeps for the real catalog, so the demo is built and installed like any HQ catalog.

    python -m kiosk.demo.generate OUT_DIR
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kiosk.demo import content
from kiosk.demo.art import render_illustration
from kiosk.demo.types import PartType, Tr

DEMO_VERSION = "2026.11"
DEMO_PUBLISHER = "Cooperation LAB demo catalog (not real data)"
YEARS = (2021, 2022, 2023, 2024, 2025)
PHOTO_SIZE = (1200, 900)
CATEGORY_PICTURE_SIZE = (960, 720)
SEED = 2026

# Background accents of the category illustrations (muted, so that parts stand out).
CATEGORY_ACCENTS: dict[str, tuple[int, int, int]] = {
    "engine": (196, 88, 64), "transmission": (214, 140, 52), "chassis": (92, 120, 160),
    "brakes": (176, 64, 76), "body": (70, 132, 160), "electrical": (224, 176, 48),
    "interior": (140, 104, 168), "glass_lighting": (72, 168, 196),
    "raw_materials": (120, 132, 140), "consumables": (84, 156, 108),
}
LOCALIZATION_WEIGHTS = {"not_localized": 46, "in_progress": 20, "partly": 20, "localized": 14}
CAPTIONS = (
    Tr("Umumiy koʻrinish", "Общий вид", "General view"),
    Tr("Yaqindan", "Крупный план", "Close-up"),
    Tr("Boshqa tomondan", "Другой ракурс", "Another angle"),
)

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "categories": ("code", "name_uz", "name_ru", "name_en", "picture"),
    "importers": ("code", "name"),
    "countries": ("code", "name_uz", "name_ru", "name_en"),
    "vehicles": ("code", "name", "maker"),
    "producers": ("code", "name", "region", "city"),
    "items": ("number", "kind", "category", "name_uz", "name_ru", "name_en", "description_uz",
              "description_ru", "description_en", "hs_code", "localization", "stand", "shelf",
              "samples_on_hand", "vehicles"),
    "photos": ("item", "position", "file", "caption_uz", "caption_ru", "caption_en"),
    "specs": ("item", "position", "name_uz", "name_ru", "name_en", "value"),
    "imports": ("item", "year", "quantity", "unit", "value_usd", "country", "importer"),
    "item_producers": ("item", "producer", "relation", "note"),
    "requirements": ("item", "kind", "position", "name_uz", "name_ru", "name_en"),
}


@dataclass(frozen=True)
class PictureJob:
    file: str
    art: str
    seed: int
    view: int
    size: tuple[int, int]
    accent: tuple[int, int, int]


@dataclass(frozen=True)
class DemoSummary:
    folder: Path
    item_count: int
    photo_count: int


def _stable_seed(*parts: object) -> int:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:4], "big")


def _item_number(rng: random.Random, part: PartType, maker: str) -> str:
    if part.kind == "raw_material":
        return f"RM-{part.key[:3].upper()}-{rng.randint(1000, 9999)}"
    if part.kind == "consumable":
        return f"CM-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
    if maker == "man":
        return f"81.{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"
    if maker == "samauto":
        return f"8-97{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"
    if maker == "gmpt":
        return f"2{rng.randint(5000000, 5999999)}"
    return f"{rng.choice(('96', '95', '94', '42', '52'))}{rng.randint(100000, 999999)}"


def _variant_name(base: Tr, suffix: str) -> Tr:
    if not suffix:
        return base
    return Tr(f"{base.uz}, {suffix}", f"{base.ru}, {suffix}", f"{base.en}, {suffix}")


class _Writer:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, object]]] = {name: [] for name in TABLE_COLUMNS}

    def add(self, table: str, **values: object) -> None:
        self.rows[table].append(values)

    def write(self, folder: Path) -> None:
        for table, columns in TABLE_COLUMNS.items():
            with (folder / f"{table}.csv").open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
                writer.writeheader()
                writer.writerows(self.rows[table])


def _render(job: PictureJob, folder: Path) -> None:
    image = render_illustration(job.art, job.seed, job.size, job.view, job.accent)
    image.save(folder / job.file, "JPEG", quality=88, optimize=True)


def _render_all(jobs: Sequence[PictureJob], folder: Path,
                progress: Callable[[int, int], None] | None) -> None:
    workers = max(1, min(os.cpu_count() or 1, 4))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_render, job, folder) for job in jobs]
        for done, future in enumerate(futures, start=1):
            future.result()
            if progress:
                progress(done, len(jobs))


def generate_demo_source(
    folder: Path,
    *,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Write the demo catalog's source tables and photos into `folder` (`limit`: fewer items)."""
    photos = folder / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    out = _Writer()
    jobs: list[PictureJob] = []
    vehicles = {v.code: v for v in content.VEHICLES}
    category_letter = {c.code: chr(ord("A") + n) for n, c in enumerate(content.CATEGORIES)}

    for category in content.CATEGORIES:
        picture = f"category-{category.code}.jpg"
        jobs.append(PictureJob(picture, category.art, _stable_seed("category", category.code), 0,
                               CATEGORY_PICTURE_SIZE, CATEGORY_ACCENTS.get(category.code,
                                                                           (110, 120, 130))))
        out.add("categories", code=category.code, name_uz=category.name.uz,
                name_ru=category.name.ru, name_en=category.name.en, picture=picture)
    for importer in content.IMPORTERS:
        out.add("importers", code=importer.code, name=importer.name)
    for country in content.COUNTRIES:
        out.add("countries", code=country.code, name_uz=country.name.uz,
                name_ru=country.name.ru, name_en=country.name.en)
    for model in content.VEHICLES:
        out.add("vehicles", code=model.code, name=model.name, maker=model.maker)
    for producer in content.PRODUCERS:
        out.add("producers", code=producer.code, name=producer.name, region=producer.region,
                city=producer.city)

    numbers: set[str] = set()
    stand_counter: dict[str, int] = {}
    item_count = 0
    for part in content.PART_TYPES:
        for variant in range(part.variants):
            if limit is not None and item_count >= limit:
                break
            rng = random.Random(_stable_seed(SEED, part.key, variant))
            fit = part.vehicles[variant % len(part.vehicles)] if part.vehicles else None
            vehicle = vehicles[fit] if fit else None
            maker = vehicle.maker if vehicle else ""
            number = _item_number(rng, part, maker)
            while number in numbers:
                number = _item_number(rng, part, maker)
            if "96535257" not in numbers and part.kind == "component" and maker == "uzauto":
                number = "96535257"  # the README's search example
            numbers.add(number)
            item_count += 1
            spec_values = [s.values[variant % len(s.values)] for s in part.specs]
            suffix = vehicle.name if vehicle else (spec_values[0] if spec_values else "")
            if vehicle and part.variants > len(part.vehicles) and spec_values:
                suffix = f"{vehicle.name}, {spec_values[0]}"
            name = _variant_name(part.name, suffix)
            fits = list(part.vehicles[variant % len(part.vehicles):][:1]) if part.vehicles else []
            if vehicle and rng.random() < 0.35 and len(part.vehicles) > 1:
                fits.append(part.vehicles[(variant + 1) % len(part.vehicles)])
            letter = category_letter[part.category]
            stand_counter[letter] = stand_counter.get(letter, 0) + 1
            stand = f"{letter}{(stand_counter[letter] - 1) // 6 + 1}"
            localization = rng.choices(list(LOCALIZATION_WEIGHTS),
                                       weights=list(LOCALIZATION_WEIGHTS.values()))[0]
            out.add("items", number=number, kind=part.kind, category=part.category,
                    name_uz=name.uz, name_ru=name.ru, name_en=name.en,
                    description_uz=part.description.uz, description_ru=part.description.ru,
                    description_en=part.description.en, hs_code=part.hs_code,
                    localization=localization, stand=stand,
                    shelf=str((stand_counter[letter] - 1) % 6 + 1),
                    samples_on_hand=rng.choice((0, 1, 2, 3, 4, 5, 6, 8, 10, 12)),
                    vehicles=";".join(dict.fromkeys(fits)))
            views = 1 + (rng.random() < 0.6) + (rng.random() < 0.3)
            for view in range(views):
                file = f"{number.replace('.', '_')}-{view + 1}.jpg"
                jobs.append(PictureJob(file, part.art, _stable_seed(number), view, PHOTO_SIZE,
                                       CATEGORY_ACCENTS.get(part.category, (110, 120, 130))))
                caption = CAPTIONS[view]
                out.add("photos", item=number, position=view, file=file,
                        caption_uz=caption.uz, caption_ru=caption.ru, caption_en=caption.en)
            for position, (spec, value) in enumerate(zip(part.specs, spec_values, strict=True)):
                out.add("specs", item=number, position=position, name_uz=spec.name.uz,
                        name_ru=spec.name.ru, name_en=spec.name.en, value=value)
            _add_imports(out, rng, part, number, maker)
            _add_producers(out, rng, part, number, localization)
            for kind, texts in (("material", part.materials), ("process", part.processes)):
                for position, tr in enumerate(texts):
                    out.add("requirements", item=number, kind=kind, position=position,
                            name_uz=tr.uz, name_ru=tr.ru, name_en=tr.en)
    out.write(folder)
    _render_all(jobs, photos, progress)
    return DemoSummary(folder, item_count, len(out.rows["photos"]))


def _add_imports(out: _Writer, rng: random.Random, part: PartType, number: str,
                 maker: str) -> None:
    importer_codes = [i.code for i in content.IMPORTERS]
    importers = [maker] if maker in importer_codes else rng.sample(importer_codes[:4], 2)
    if rng.random() < 0.3:
        importers.append(rng.choice(importer_codes))
    countries = list(part.countries) or [c.code for c in content.COUNTRIES[:3]]
    base = part.yearly_quantity * rng.uniform(0.6, 1.4)
    trend = rng.uniform(-0.08, 0.22)
    price = part.unit_price_usd * rng.uniform(0.85, 1.2)
    for year_index, year in enumerate(YEARS):
        volume = base * (1 + trend) ** year_index * rng.uniform(0.88, 1.12)
        shares = [rng.uniform(0.5, 1.5) for _ in importers]
        for importer, share in zip(dict.fromkeys(importers), shares, strict=False):
            country = countries[_stable_seed(number, importer) % len(countries)]
            quantity = round(volume * share / sum(shares))
            if quantity <= 0:
                continue
            value = round(quantity * price * rng.uniform(0.95, 1.05), 2)
            out.add("imports", item=number, year=year, quantity=quantity, unit=part.unit,
                    value_usd=value, country=country, importer=importer)


def _add_producers(out: _Writer, rng: random.Random, part: PartType, number: str,
                   localization: str) -> None:
    capable = [p for p in content.PRODUCERS if set(p.capabilities) & set(part.capabilities)]
    if not capable:
        return
    chosen = rng.sample(capable, min(len(capable), rng.randint(1, 3)))
    for index, producer in enumerate(chosen):
        known = (localization in ("localized", "partly") and index == 0) or (
            localization == "in_progress" and index == 0 and rng.random() < 0.5)
        out.add("item_producers", item=number, producer=producer.code,
                relation="known" if known else "potential", note="")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m kiosk.demo.generate OUT_DIR", file=sys.stderr)
        return 2
    summary = generate_demo_source(Path(args[0]))
    print(f"{summary.item_count} items, {summary.photo_count} photos in {summary.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
