"""Item detail: photos, numbers, description, import figures, producers, and where it stands."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.catalog_models import ItemKind, LocalizationStatus, ProducerRelation
from kiosk.catalog import ItemDetail
from kiosk.regions import REGION_BY_CODE
from kiosk.text import format_hs_code
from ui.charts import ImportChart, RankedBars
from ui.floor_map import FloorMap
from ui.gallery import PhotoGallery
from ui.i18n import format_money, format_quantity, translate
from ui.icons import icon
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel, make_kinetic


def kind_name(kind: ItemKind) -> str:
    return {
        ItemKind.COMPONENT: translate("Kind", "Component"),
        ItemKind.RAW_MATERIAL: translate("Kind", "Raw material"),
        ItemKind.CONSUMABLE: translate("Kind", "Consumable"),
    }[kind]


def status_name(status: LocalizationStatus) -> str:
    return {
        LocalizationStatus.NOT_LOCALIZED: translate("Status", "Not made in Uzbekistan yet"),
        LocalizationStatus.IN_PROGRESS: translate("Status", "Localization in progress"),
        LocalizationStatus.PARTLY: translate("Status", "Partly made in Uzbekistan"),
        LocalizationStatus.LOCALIZED: translate("Status", "Made in Uzbekistan"),
    }[status]


class _Section(QWidget):
    """A titled block of the detail page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = PlainLabel(object_name="sectionTitle")
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(self.body)


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    # removeWidget() deletes the layout's item of the widget; the item takeAt() hands over is
    # never freed by PySide (about 100 bytes a row, each time an item is shown).
    for widget in [layout.itemAt(n).widget() for n in range(layout.count())]:
        if widget is not None:
            layout.removeWidget(widget)
            widget.deleteLater()


class DetailScreen(QWidget):
    back_requested = Signal()
    sample_requested = Signal(int)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self._detail: ItemDetail | None = None
        self._lang = "en"
        self._stale = False  # the language changed while the page was hidden
        self.back = QPushButton(objectName="backButton")
        self.back.setIcon(icon("back"))
        self.back.clicked.connect(self.back_requested)
        self.gallery = PhotoGallery(thumbnails)
        self.caption = PlainLabel(object_name="caption")
        self.name = PlainLabel(object_name="itemName")
        self.name.setWordWrap(True)
        self.codes = PlainLabel(object_name="itemCodes")
        self.codes.setWordWrap(True)
        self.status = PlainLabel(object_name="statusBadge")
        self.status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.request = QPushButton(objectName="primaryButton")
        self.request.setIcon(icon("sample", "#ffffff"))
        self.request.clicked.connect(self._on_request)
        self.samples = PlainLabel(object_name="samplesOnHand")
        self.samples.setWordWrap(True)
        self.description = PlainLabel(object_name="description")
        self.description.setWordWrap(True)

        self.imports = _Section()
        self.headline = PlainLabel(object_name="importHeadline")
        self.headline.setWordWrap(True)
        self.chart = ImportChart()
        self.years = QGridLayout()
        self.imports.body.addWidget(self.headline)
        self.imports.body.addWidget(self.chart)
        self.imports.body.addLayout(self.years)
        self.countries = _Section()
        self.country_bars = RankedBars()
        self.countries.body.addWidget(self.country_bars)
        self.importers = _Section()
        self.importer_bars = RankedBars()
        self.importers.body.addWidget(self.importer_bars)
        self.producers = _Section()
        self.needs = _Section()
        self.specs = _Section()
        self.spec_grid = QGridLayout()
        self.spec_grid.setHorizontalSpacing(24)
        self.specs.body.addLayout(self.spec_grid)
        self.vehicles = _Section()
        self.vehicle_list = PlainLabel(object_name="bodyText")
        self.vehicle_list.setWordWrap(True)
        self.vehicles.body.addWidget(self.vehicle_list)
        self.location = _Section()
        self.stand = PlainLabel(object_name="bodyText")
        self.floor_map = FloorMap()
        self.location.body.addWidget(self.stand)
        self.location.body.addWidget(self.floor_map)

        info = QWidget(objectName="detailInfo")
        column = QVBoxLayout(info)
        column.setContentsMargins(0, 0, 24, 40)
        column.setSpacing(14)
        for widget in (self.name, self.codes, self.status):
            column.addWidget(widget)
        action = QHBoxLayout()
        action.addWidget(self.request)
        action.addWidget(self.samples, 1)
        column.addLayout(action)
        column.addWidget(self.description)
        for section in (self.imports, self.countries, self.importers, self.producers,
                        self.needs, self.location, self.specs, self.vehicles):
            column.addWidget(section)
        column.addStretch(1)
        self.scroll = QScrollArea(objectName="detailScroll")
        self.scroll.setWidget(info)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        make_kinetic(self.scroll)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.gallery, 1)
        left.addWidget(self.caption)
        self.panes = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.panes.setSpacing(36)
        self.panes.addLayout(left, 5)
        self.panes.addWidget(self.scroll, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 24, 0)
        layout.addLayout(self.panes)
        self.gallery.photo_changed.connect(lambda _n: self._fill_caption())
        self.retranslate()

    @property
    def detail(self) -> ItemDetail | None:
        return self._detail

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = event.size().height() > event.size().width()
        self.panes.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                else QBoxLayout.Direction.LeftToRight)
        self.gallery.setMinimumHeight(560 if portrait else 240)
        super().resizeEvent(event)

    def show_item(self, detail: ItemDetail) -> None:
        self._detail = detail
        self.gallery.set_photos([p.path for p in detail.photos])
        self.scroll.verticalScrollBar().setValue(0)
        self._fill()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._fill_when_shown()

    def _fill_when_shown(self) -> None:
        """Fill now if the page shows, else when it next does: the language changes and every
        idle wipe would otherwise rebuild a hidden page's chart and labels, twice each."""
        if self.isVisible():
            self._fill()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._fill()
        super().showEvent(event)

    def _on_request(self) -> None:
        if self._detail is not None:
            self.sample_requested.emit(self._detail.summary.id)

    def _fill_caption(self) -> None:
        detail = self._detail
        if detail is None or not detail.photos:
            self.caption.clear()
            return
        self.caption.setText(detail.photos[self.gallery.index].caption.get(self._lang))

    def _fill(self) -> None:
        self._stale = False
        detail, lang = self._detail, self._lang
        if detail is None:
            return
        summary = detail.summary
        self.name.setText(summary.name.get(lang))
        self.codes.setText("  ·  ".join([
            self.tr("No. %1").replace("%1", summary.number),
            self.tr("HS %1").replace("%1", format_hs_code(summary.hs_code)),
            kind_name(summary.kind), detail.category_name.get(lang)]))
        self.status.setText(status_name(summary.localization))
        self.status.setProperty("status", summary.localization.value)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.samples.setText(
            self.tr("%n sample(s) on hand", None, detail.samples_on_hand)
            if detail.samples_on_hand else self.tr("No samples on hand: ask the staff"))
        self.request.setEnabled(detail.samples_on_hand > 0)
        self.description.setText(detail.description.get(lang))
        self._fill_caption()
        self._fill_imports(detail, lang)
        self._fill_producers(detail, lang)
        self._fill_needs(detail, lang)
        _clear(self.spec_grid)
        for row, spec in enumerate(detail.specs):
            key = PlainLabel(spec.name.get(lang), object_name="specName")
            value = PlainLabel(spec.value, object_name="specValue")
            value.setWordWrap(True)
            self.spec_grid.addWidget(key, row, 0)
            self.spec_grid.addWidget(value, row, 1)
        self.specs.setVisible(bool(detail.specs))
        self.vehicle_list.setText(", ".join(detail.vehicles))
        self.vehicles.setVisible(bool(detail.vehicles))
        where = detail.stand + (f" / {detail.shelf}" if detail.shelf else "")
        self.stand.setText(self.tr("Stand %1").replace("%1", where) if detail.stand
                           else self.tr("Ask the staff where this sample stands"))
        self.floor_map.set_stand(detail.stand)

    def _fill_imports(self, detail: ItemDetail, lang: str) -> None:
        latest = detail.years[-1] if detail.years else None
        if latest is None:
            self.imports.hide()
            self.countries.hide()
            self.importers.hide()
            return
        self.imports.show()
        self.headline.setText(self.tr("%1: imported %2 for %3").replace(
            "%1", str(latest.year)).replace(
            "%2", format_quantity(latest.quantity, detail.unit, lang)).replace(
            "%3", format_money(latest.value_usd, lang)))
        self.chart.set_figures(detail.years, detail.unit, lang)
        _clear(self.years)
        for column, year in enumerate(detail.years):
            self.years.addWidget(PlainLabel(str(year.year), object_name="yearLabel"), 0, column)
            self.years.addWidget(PlainLabel(format_money(year.value_usd, lang),
                                            object_name="yearValue"), 1, column)
        self.country_bars.set_shares(detail.countries, lang)
        self.importer_bars.set_shares(detail.importers, lang)
        self.countries.setVisible(bool(detail.countries))
        self.importers.setVisible(bool(detail.importers))

    def _fill_producers(self, detail: ItemDetail, lang: str) -> None:
        _clear(self.producers.body)
        for producer in detail.producers:
            region = REGION_BY_CODE.get(producer.region)
            place = ", ".join(p for p in (producer.city, region.name(lang) if region else "") if p)
            relation = (self.tr("makes it already") if producer.relation is ProducerRelation.KNOWN
                        else self.tr("could make it"))
            label = PlainLabel(f"{producer.name} — {relation}\n{place}", object_name="bodyText")
            label.setWordWrap(True)
            self.producers.body.addWidget(label)
        if not detail.producers:
            self.producers.body.addWidget(PlainLabel(
                self.tr("No producer in Uzbekistan is known yet. Could it be you?"),
                object_name="bodyText"))

    def _fill_needs(self, detail: ItemDetail, lang: str) -> None:
        _clear(self.needs.body)
        for heading, texts in ((self.tr("Materials"), detail.materials),
                               (self.tr("Processes"), detail.processes)):
            if texts:
                label = PlainLabel(f"{heading}: " + "; ".join(t.get(lang) for t in texts),
                                   object_name="bodyText")
                label.setWordWrap(True)
                self.needs.body.addWidget(label)
        self.needs.setVisible(bool(detail.materials or detail.processes))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.request.setText(self.tr("Request a sample"))
        self.imports.title.setText(self.tr("Imports per year"))
        self.countries.title.setText(self.tr("Countries of origin"))
        self.importers.title.setText(self.tr("Importing plants"))
        self.producers.title.setText(self.tr("Producers in Uzbekistan"))
        self.needs.title.setText(self.tr("What it takes to make it"))
        self.specs.title.setText(self.tr("Specifications"))
        self.vehicles.title.setText(self.tr("Vehicles"))
        self.location.title.setText(self.tr("Where the sample stands"))
        self._fill_when_shown()

