"""Import figures as pictures: a yearly value/quantity chart (QtCharts) and ranked share bars."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.catalog import ShareFigure, YearFigures
from ui.i18n import format_money, format_quantity, translate

VALUE_COLOR = QColor("#2b6cb0")
QUANTITY_COLOR = QColor("#0b6e4f")
INK = QColor("#14233a")
MUTED = QColor("#5b6b80")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class ImportChart(QChartView):
    """Import value (bars, USD) and quantity (line) per year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(380)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setInteractive(False)
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setFont(_font(22))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)

    def set_figures(self, years: list[YearFigures], unit: str, lang: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()  # removeAxis() only gives the axis back; removeAllSeries() deletes
        if not years:
            return
        values = QBarSet(translate("ImportChart", "Import value, USD"))
        values.setColor(VALUE_COLOR)
        values.setBorderColor(VALUE_COLOR)
        values.append([y.value_usd for y in years])
        bars = QBarSeries()
        bars.append(values)
        bars.setBarWidth(0.55)
        quantity = QLineSeries()
        quantity.setName(translate("ImportChart", "Quantity, %1").replace(
            "%1", format_quantity(0, unit, lang).split(" ", 1)[-1]))
        quantity.setPen(QPen(QUANTITY_COLOR, 5))
        quantity.setPointsVisible(True)
        for n, year in enumerate(years):
            quantity.append(QPointF(n, year.quantity))
        chart.addSeries(bars)
        chart.addSeries(quantity)
        categories = QBarCategoryAxis()
        categories.append([str(y.year) for y in years])
        categories.setLabelsFont(_font(22))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(categories)
        quantity.attachAxis(categories)
        value_axis = QValueAxis()
        value_axis.setRange(0, max(y.value_usd for y in years) * 1.15)
        value_axis.setLabelsFont(_font(18))
        value_axis.setLabelFormat("%.0f")
        value_axis.setLabelsVisible(False)
        value_axis.setGridLineColor(QColor("#d5dde7"))
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(value_axis)
        quantity_axis = QValueAxis()
        quantity_axis.setRange(0, max(y.quantity for y in years) * 1.15)
        quantity_axis.setLabelsVisible(False)
        quantity_axis.setGridLineVisible(False)
        chart.addAxis(quantity_axis, Qt.AlignmentFlag.AlignRight)
        quantity.attachAxis(quantity_axis)


class RankedBars(QWidget):
    """Countries or importers, largest first, as labelled horizontal bars."""

    ROW = 58

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankedBars")
        self._rows: list[tuple[str, float, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_shares(self, shares: list[ShareFigure], lang: str, limit: int = 6) -> None:
        self._rows = [(s.name.get(lang), s.value_usd, format_money(s.value_usd, lang))
                      for s in shares[:limit]]
        self.setFixedHeight(max(1, len(self._rows)) * self.ROW)
        self.update()

    def rows(self) -> list[tuple[str, float, str]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(600, max(1, len(self._rows)) * self.ROW)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = max(value for _name, value, _text in self._rows) or 1.0
        label_width = int(self.width() * 0.38)
        value_width = 150
        bar_space = self.width() - label_width - value_width - 24
        for n, (name, value, text) in enumerate(self._rows):
            y = n * self.ROW
            painter.setPen(INK)
            painter.setFont(_font(24))
            metrics = painter.fontMetrics()
            painter.drawText(QRectF(0, y, label_width - 12, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                label_width - 12))
            width = max(6.0, bar_space * value / top)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(VALUE_COLOR if n == 0 else QColor(43, 108, 176, 150))
            painter.drawRoundedRect(QRectF(label_width, y + 14, width, self.ROW - 28), 8, 8)
            painter.setPen(INK)
            painter.setFont(_font(24, bold=True))
            painter.drawText(QRectF(label_width + width + 12, y, value_width + 12, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
