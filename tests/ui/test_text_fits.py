"""Every button and one-line label fits its text, in each language and in a pseudo-locale that
makes every string 40% longer (German-like growth), so a longer translation cannot be cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


class PseudoTranslator(QTranslator):
    """Every UI string made 40% longer, with its placeholders kept."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if not source:
            return source
        return source + "·" * max(2, len(source) * 2 // 5)


@pytest.fixture
def pseudo_locale() -> Iterator[None]:
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def cut_texts(root: QWidget) -> list[str]:
    """Visible buttons and single-line labels whose text is wider than they are."""
    for _ in range(3):  # layouts settle in posted LayoutRequest events, nested ones in turn
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems = []
    for button in root.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        needed = button.fontMetrics().horizontalAdvance(button.text())
        if needed > button.contentsRect().width():
            problems.append(f"button {button.objectName()} {button.text()!r}: "
                            f"{needed} > {button.contentsRect().width()}")
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.wordWrap():
            continue
        if label.sizeHint().width() > label.width() + 1:
            problems.append(f"label {label.objectName()} {label.text()!r}: "
                            f"{label.sizeHint().width()} > {label.width()}")
    return problems


def visit_every_screen(window: MainWindow, qtbot: QtBot) -> Iterator[str]:
    window.show_home()
    yield "home"
    window.show_search("brake")
    qtbot.waitUntil(lambda: window.catalog_screen.model.rowCount() > 0)
    yield "catalog with keyboard"
    window.keyboard.hide()
    window.catalog_screen.set_filter("localization", "in_progress")
    yield "catalog with a filter"
    catalog = window.catalog()
    window.show_item(catalog.item_id("96535257") or catalog.search_ids()[0])
    qtbot.waitUntil(lambda: window.current_screen() is window.detail)
    yield "detail"
    window.top_bar.services.click()
    yield "services"


@pytest.mark.parametrize("lang", ["uz", "ru", "en"])
def test_texts_fit_in_every_language(window: MainWindow, qtbot: QtBot, lang: str) -> None:
    window.languages.set_language(lang)
    problems = []
    for screen in visit_every_screen(window, qtbot):
        problems += [f"{screen}: {p}" for p in cut_texts(window)]
    assert problems == []


def test_texts_fit_when_every_string_grows_by_40_percent(window: MainWindow, qtbot: QtBot,
                                                          pseudo_locale: None) -> None:
    problems = []
    for screen in visit_every_screen(window, qtbot):
        problems += [f"{screen}: {p}" for p in cut_texts(window)]
    assert problems == []
