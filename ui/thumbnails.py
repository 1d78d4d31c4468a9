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
    """Pictures by (path, size); asks for a decode on a miss and emits `ready` when it is in."""

    ready = Signal(str)

    def __init__(self, runner: TaskRunner, max_bytes: int = 48 * 1024 * 1024,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._max_bytes = max_bytes
        self._bytes = 0
        self._cache: OrderedDict[tuple[str, int, int], QPixmap] = OrderedDict()
        self._loading: set[tuple[str, int, int]] = set()

    @property
    def loading(self) -> int:
        return len(self._loading)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get(self, path: Path, size: QSize) -> QPixmap | None:
        key = (str(path), size.width(), size.height())
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
            return pixmap
        if key not in self._loading:
            self._loading.add(key)
            self._runner.submit(lambda: decode_image(path, size),
                                lambda image: self._store(key, image),
                                lambda _error: self._loading.discard(key))
        return None

    def _store(self, key: tuple[str, int, int], image: QImage) -> None:
        self._loading.discard(key)
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
        self._bytes = 0
