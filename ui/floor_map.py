"""The pavilion floor plan with the stand of an item highlighted ("B4": zone B, stand 4)."""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ZONES = "ABCDEFGHIJ"
STANDS_PER_ZONE = 6
_STAND_RE = re.compile(r"^\s*([A-Za-z])\s*-?\s*(\d{1,2})")


def parse_stand(stand: str) -> tuple[str, int] | None:
    """ "B4" or "b-04" -> ("B", 4); None when the stand is not on the plan."""
    match = _STAND_RE.match(stand)
    if not match:
        return None
    zone, number = match.group(1).upper(), int(match.group(2))
    if zone not in ZONES or not 1 <= number <= STANDS_PER_ZONE:
        return None
    return zone, number


class FloorMap(QWidget):
    """Ten zones of six stands in two rows, the entrance at the bottom, one stand lit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorMap")
        self._stand: tuple[str, int] | None = None
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def highlighted(self) -> tuple[str, int] | None:
        return self._stand

    def set_stand(self, stand: str) -> None:
        self._stand = parse_stand(stand)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hall = QRectF(self.rect()).adjusted(4, 4, -4, -44)
        painter.setPen(QPen(QColor("#9fb0c4"), 3))
        painter.setBrush(QColor("#f7f9fb"))
        painter.drawRoundedRect(hall, 18, 18)
        zone_w = (hall.width() - 40) / 5
        zone_h = (hall.height() - 60) / 2
        font = QFont()
        font.setPixelSize(20)
        font.setBold(True)
        painter.setFont(font)
        for n, zone in enumerate(ZONES):
            row, col = divmod(n, 5)
            x = hall.left() + 20 + col * zone_w
            y = hall.top() + 20 + row * (zone_h + 20)
            box = QRectF(x + 6, y, zone_w - 12, zone_h)
            lit_zone = self._stand is not None and self._stand[0] == zone
            painter.setPen(QPen(QColor("#c9d3df"), 2))
            painter.setBrush(QColor("#e3edf7") if lit_zone else QColor("#eef2f6"))
            painter.drawRoundedRect(box, 10, 10)
            painter.setPen(QColor("#40526a"))
            painter.drawText(QRectF(box.left() + 10, box.top() + 4, 40, 28),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, zone)
            stand_w = (box.width() - 20) / 3
            stand_h = (box.height() - 48) / 2
            for s in range(STANDS_PER_ZONE):
                sr, sc = divmod(s, 3)
                cell = QRectF(box.left() + 10 + sc * stand_w, box.top() + 36 + sr * stand_h,
                              stand_w - 6, stand_h - 6)
                lit = lit_zone and self._stand is not None and self._stand[1] == s + 1
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#e8553e") if lit else QColor("#cfd9e4"))
                painter.drawRoundedRect(cell, 6, 6)
                if lit:
                    painter.setPen(QColor("#ffffff"))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, f"{zone}{s + 1}")
        door = QRectF(hall.center().x() - 80, hall.bottom() - 4, 160, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eef2f6"))
        painter.drawRect(door)
        painter.setPen(QColor("#40526a"))
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(QRectF(0, hall.bottom() + 6, self.width(), 36),
                         Qt.AlignmentFlag.AlignCenter, self.tr("▲ Entrance"))
