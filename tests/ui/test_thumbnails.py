"""The thumbnail cache: newest requests decoded first, a bounded queue, pictures cut off-thread."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from ui.gallery import PICTURE, PhotoGallery
from ui.tasks import TaskRunner
from ui.thumbnails import ThumbnailCache, decode_image


def _pictures(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"p{n}.jpg"
        Image.new("RGB", (400, 300), (200, 40 + n % 200, 40)).save(path, "JPEG")
        paths.append(path)
    return paths


def test_a_rounded_picture_is_cut_to_size_with_transparent_top_corners(tmp_path: Path) -> None:
    [path] = _pictures(tmp_path, 1)
    image = decode_image(path, QSize(340, 255), corner_radius=18)
    assert (image.width(), image.height()) == (340, 255)
    assert image.pixelColor(0, 0).alpha() == 0  # outside the rounded corner
    assert image.pixelColor(339, 0).alpha() == 0
    assert image.pixelColor(170, 128).alpha() == 255
    assert image.pixelColor(0, 254).alpha() == 255  # bottom corners stay square
    plain = decode_image(path, QSize(340, 255))
    assert plain.height() == 255 and plain.width() >= 340  # covers the size, not cut


def test_during_a_fling_the_newest_requests_are_decoded_and_old_ones_forgotten(
        tmp_path: Path, qtbot: QtBot) -> None:
    runner = TaskRunner("decoding-test", workers=1)
    cache = ThumbnailCache(runner)
    paths = _pictures(tmp_path, 300)
    size = QSize(120, 90)
    for path in paths:  # every tile that flew past asked for its picture
        assert cache.get(path, size) is None
    assert cache.loading <= ThumbnailCache.MAX_IN_FLIGHT + ThumbnailCache.MAX_WAITING
    decoded: list[str] = []
    cache.ready.connect(decoded.append)
    qtbot.waitUntil(lambda: cache.loading == 0, timeout=20_000)
    # The last tiles asked for (where the grid stopped) are in; the oldest were dropped.
    assert all(cache.get(path, size) is not None for path in paths[-20:])
    assert str(paths[-1]) in decoded[:ThumbnailCache.MAX_IN_FLIGHT + 1]
    assert len(decoded) <= ThumbnailCache.MAX_IN_FLIGHT + ThumbnailCache.MAX_WAITING
    assert cache.get(paths[100], size) is None  # forgotten: asked again when painted
    runner.shutdown()


def test_the_gallery_decodes_the_photo_shown_alone_then_its_neighbours(
        tmp_path: Path, qtbot: QtBot) -> None:
    """On two cores a neighbour decoded beside the shown photo would slow it down: the shown
    one goes first alone, the ones a swipe away follow once it is in."""
    runner = TaskRunner("gallery-test", workers=2)
    cache = ThumbnailCache(runner)
    gallery = PhotoGallery(cache)
    qtbot.addWidget(gallery)
    first, second, third, fourth = _pictures(tmp_path, 4)
    gallery.set_photos([first, second, third, fourth])
    assert cache.loading == 1 and not gallery.photo_ready
    qtbot.waitUntil(lambda: gallery.photo_ready)
    assert cache.has(first, PICTURE)
    qtbot.waitUntil(lambda: cache.loading == 0)
    assert cache.has(second, PICTURE) and not cache.has(third, PICTURE)

    gallery.show_photo(2)  # a swipe on: its photo first, then both of its neighbours
    assert cache.loading == 1 and not gallery.photo_ready
    qtbot.waitUntil(lambda: cache.loading == 0 and gallery.photo_ready)
    assert cache.has(fourth, PICTURE)
    runner.shutdown()
