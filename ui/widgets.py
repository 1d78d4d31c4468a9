"""Touch widgets shared by the screens: grids with kinetic scrolling, buttons, labels."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QListView,
    QScroller,
    QScrollerProperties,
    QWidget,
)


def make_kinetic(view: QAbstractScrollArea) -> None:
    """Flick scrolling by touch and by mouse drag, with no visible scroll bar to aim at."""
    viewport = view.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    # A tap must show its pressed state within 100 ms: the scroller holds presses back this
    # long to tell a tap from a drag (its default is 250 ms).
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.05)
    properties.setScrollMetric(
        QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    scroller.setScrollerProperties(properties)
    if isinstance(view, QAbstractItemView):
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


LAYOUT_BATCH = 240  # tiles laid out per turn of the event loop


class TileGrid(QListView):
    """A grid of equal touch tiles laid out left to right, top to bottom."""

    def __init__(self, tile: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # List mode wrapping left to right, not icon mode: icon mode lays out every item one by
        # one at each reset (24 ms for 15,000 results), list mode places uniform tiles by
        # arithmetic; the batches keep even that off any single frame.
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.setGridSize(tile)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        make_kinetic(self)


class PlainLabel(QLabel):
    """A label that shows its text literally: never as rich text, never as a link."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 object_name: str = "") -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if object_name:
            self.setObjectName(object_name)
        self.setText(text)
