"""Thumbnails decoded off the GUI thread into a cache bounded by bytes."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from ui.tasks import TaskRunner

MAX_IMAGE_BYTES = 64 * 1024 * 1024


def decode_image(path: Path, size: QSize) -> QImage:
    """Decode `path` scaled to cover `size` (QImage is safe to make on any thread)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and size.isValid():
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    image = reader.read()
    return image.convertToFormat(QImage.Format.Format_RGB32) if not image.isNull() else image


def _pixmap_bytes(pixmap: QPixmap) -> int:
    """What a cached picture counts against the bound: 32-bit pixels."""
    return pixmap.width() * pixmap.height() * 4


class ThumbnailCache(QObject):
    """Pictures by (path, size); asks for a decode on a miss and emits `ready` when it is in.

    Decodes run newest first, a few at a time: during a fling every tile that flies past asks
    for its picture, and only the ones still asked for when the grid stops matter. Requests
    beyond MAX_WAITING are forgotten oldest first; a tile still on screen asks again when it
    is next painted.
    """

    ready = Signal(str)

    MAX_IN_FLIGHT = 4
    MAX_WAITING = 96

    def __init__(self, runner: TaskRunner, max_bytes: int = 48 * 1024 * 1024,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._max_bytes = max_bytes
        self._bytes = 0
        self._cache: OrderedDict[tuple[str, int, int], QPixmap] = OrderedDict()
        self._waiting: OrderedDict[tuple[str, int, int], tuple[Path, QSize]] = OrderedDict()
        self._in_flight: set[tuple[str, int, int]] = set()

    @property
    def loading(self) -> int:
        """Pictures asked for and not yet in (decoding or waiting for a decoder)."""
        return len(self._in_flight) + len(self._waiting)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get(self, path: Path, size: QSize) -> QPixmap | None:
        key = (str(path), size.width(), size.height())
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
            return pixmap
        if key not in self._in_flight:
            self._waiting[key] = (path, size)
            self._waiting.move_to_end(key)
            while len(self._waiting) > self.MAX_WAITING:
                self._waiting.popitem(last=False)
            self._start_decodes()
        return None

    def _start_decodes(self) -> None:
        while self._waiting and len(self._in_flight) < self.MAX_IN_FLIGHT:
            key, (path, size) = self._waiting.popitem(last=True)
            self._in_flight.add(key)
            self._runner.submit(lambda path=path, size=size: decode_image(path, size),
                                lambda image, key=key: self._store(key, image),
                                lambda _error, key=key: self._done(key))

    def _done(self, key: tuple[str, int, int]) -> None:
        self._in_flight.discard(key)
        self._start_decodes()

    def _store(self, key: tuple[str, int, int], image: QImage) -> None:
        self._done(key)
        if image.isNull():
            return
        pixmap = QPixmap.fromImage(image)
        self._cache[key] = pixmap
        self._bytes += _pixmap_bytes(pixmap)
        while self._bytes > self._max_bytes and len(self._cache) > 1:
            _old_key, old = self._cache.popitem(last=False)
            self._bytes -= _pixmap_bytes(old)
        self.ready.emit(key[0])

    def clear(self) -> None:
        self._cache.clear()
        self._waiting.clear()
        self._bytes = 0
