"""Deterministic synthetic catalog at pavilion scale: HQ source tables and 1600x1200 JPEG photos.

Items are variations of the demo catalog's 80 part families (the same trilingual names,
descriptions, specs, producers and import patterns), two photos each and five years of import
records, so that search, the grid and the detail screen see realistic text at any size. Photos
start from one illustration per family and view, each stamped with its item number and a
coloured band so that every file is different. The same `items` always gives the same bytes.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from kiosk.demo import content
from kiosk.demo.art import render_illustration
from kiosk.demo.generate import (
    CAPTIONS,
    CATEGORY_ACCENTS,
    CATEGORY_PICTURE_SIZE,
    LOCALIZATION_WEIGHTS,
    PictureJob,
    _add_imports,
    _add_producers,
    _item_number,
    _render,
    _stable_seed,
    _Writer,
)
from kiosk.demo.types import Tr

GENERATOR_VERSION = "1"
PHOTO_SIZE = (1600, 1200)
PHOTOS_PER_ITEM = 2
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIES = ("A", "B", "C", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T")


@dataclass(frozen=True)
class StampedPhoto:
    """One source photo: a family's illustration with the item's number and a band on it."""

    file: str
    art: str
    view: int
    accent: tuple[int, int, int]
    label: str
    seed: int


@cache
def _base(art: str, view: int, accent: tuple[int, int, int]) -> Image.Image:
    return render_illustration(art, _stable_seed("bench", art, view), PHOTO_SIZE, view, accent)


@cache
def _font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT, 56)
    except OSError:
        return ImageFont.load_default()


def render_stamped(photo: StampedPhoto, folder: Path) -> None:
    """Write one stamped photo as a 1600x1200 JPEG (quality 88, as a camera export would be)."""
    image = _base(photo.art, photo.view, photo.accent).copy()
    draw = ImageDraw.Draw(image)
    rng = random.Random(photo.seed)
    colour = (rng.randint(40, 215), rng.randint(40, 215), rng.randint(40, 215))
    top = rng.randint(0, PHOTO_SIZE[1] - 90)
    draw.rectangle((0, top, PHOTO_SIZE[0], top + 24), fill=colour)
    draw.text((40, PHOTO_SIZE[1] - 96), photo.label, fill=(30, 30, 30), font=_font())
    image.save(folder / photo.file, "JPEG", quality=88)


def _render_chunk(photos: list[StampedPhoto], folder: Path) -> int:
    for photo in photos:
        render_stamped(photo, folder)
    return len(photos)


def _render_all(photos: list[StampedPhoto], folder: Path,
                progress: Callable[[int, int], None] | None) -> None:
    workers = max(1, os.cpu_count() or 1)
    # Chunks sorted by family, so each worker renders a family's illustration once.
    ordered = sorted(photos, key=lambda p: (p.art, p.view))
    chunks = [ordered[start:start + 200] for start in range(0, len(ordered), 200)]
    done = 0
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for finished in pool.map(_render_chunk, chunks, [folder] * len(chunks)):
            done += finished
            if progress:
                progress(done, len(photos))


@dataclass(frozen=True)
class SyntheticSource:
    folder: Path
    item_count: int
    photos: list[StampedPhoto]


def generate_source(folder: Path, items: int, *,
                    progress: Callable[[int, int], None] | None = None) -> SyntheticSource:
    """Write `items` items (two photos each, 2021-2025 imports) as an HQ source into `folder`."""
    photos_dir = folder / "photos"
    photos_dir.mkdir(parents=True, exist_ok=True)
    out = _Writer()
    category_jobs: list[PictureJob] = []
    for category in content.CATEGORIES:
        picture = f"category-{category.code}.jpg"
        accent = CATEGORY_ACCENTS.get(category.code, (110, 120, 130))
        category_jobs.append(PictureJob(picture, category.art,
                                        _stable_seed("category", category.code), 0,
                                        CATEGORY_PICTURE_SIZE, accent))
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

    vehicles = {v.code: v for v in content.VEHICLES}
    families = content.PART_TYPES
    numbers: set[str] = set()
    photos: list[StampedPhoto] = []
    for index in range(items):
        part = families[index % len(families)]
        variant = index // len(families)
        rng = random.Random(_stable_seed("bench", part.key, variant))
        fit = part.vehicles[variant % len(part.vehicles)] if part.vehicles else None
        vehicle = vehicles[fit] if fit else None
        maker = vehicle.maker if vehicle else ""
        number = _item_number(rng, part, maker)
        while number in numbers:
            number = _item_number(rng, part, maker)
        numbers.add(number)
        spec_values = [s.values[variant % len(s.values)] for s in part.specs]
        series = f"{SERIES[variant % len(SERIES)]}{variant // len(SERIES) + 1}"
        label = ", ".join(x for x in (vehicle.name if vehicle else "",
                                      spec_values[0] if spec_values else "", series) if x)
        name = Tr(f"{part.name.uz}, {label}", f"{part.name.ru}, {label}",
                  f"{part.name.en}, {label}")
        localization = rng.choices(list(LOCALIZATION_WEIGHTS),
                                   weights=list(LOCALIZATION_WEIGHTS.values()))[0]
        letter = chr(ord("A") + [c.code for c in content.CATEGORIES].index(part.category))
        out.add("items", number=number, kind=part.kind, category=part.category,
                name_uz=name.uz, name_ru=name.ru, name_en=name.en,
                description_uz=part.description.uz, description_ru=part.description.ru,
                description_en=part.description.en, hs_code=part.hs_code,
                localization=localization, stand=f"{letter}{variant % 40 + 1}",
                shelf=str(index % 6 + 1), samples_on_hand=rng.choice((0, 1, 2, 3, 5, 8, 12)),
                vehicles=fit or "")
        accent = CATEGORY_ACCENTS.get(part.category, (110, 120, 130))
        for view in range(PHOTOS_PER_ITEM):
            file = f"{number.replace('.', '_')}-{view + 1}.jpg"
            photos.append(StampedPhoto(file, part.art, view, accent, number,
                                       _stable_seed("photo", number, view)))
            caption = CAPTIONS[view]
            out.add("photos", item=number, position=view, file=file, caption_uz=caption.uz,
                    caption_ru=caption.ru, caption_en=caption.en)
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
    for job in category_jobs:
        _render(job, photos_dir)
    _render_all(photos, photos_dir, progress)
    return SyntheticSource(folder, items, photos)


def change_photos(source: SyntheticSource, share: float) -> int:
    """Redraw every `1/share`-th photo with a new band: a new file for the next version."""
    step = max(1, round(1 / share))
    changed = [StampedPhoto(p.file, p.art, p.view, p.accent, f"{p.label} rev2", p.seed + 1)
               for p in source.photos[::step]]
    _render_all(changed, source.folder / "photos", None)
    return len(changed)
