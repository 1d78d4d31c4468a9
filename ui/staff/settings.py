"""Staff settings: idle timeout, language, printing, updates; saved to the config file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import ConfigError, KioskConfig, config_with, save_config_changes
from ui.i18n import LANGUAGE_NAMES
from ui.widgets import PlainLabel

IDLE_CHOICES_S: tuple[int, ...] = (30, 45, 60, 90, 120, 180, 300, 600, 900)
TOUCH = 80
# The chosen value of a row of choices, and a switch that is on, stand out.
CHECKED_STYLE = """
QWidget#staffSettings QPushButton:checked {
    background: #0f2540; color: #ffffff; border-color: #0f2540;
}
"""


def available_printers() -> list[str]:
    """The CUPS queues Qt sees (QtPrintSupport asks CUPS)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return sorted(QPrinterInfo.availablePrinterNames())


def _button(text: str = "", *, object_name: str = "", checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    if object_name:
        button.setObjectName(object_name)
    button.setCheckable(checkable)
    button.setMinimumSize(TOUCH, TOUCH)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class Toggle(QPushButton):
    """An on/off switch as one large checkable button that says its state."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCheckable(True)
        self.setMinimumSize(2 * TOUCH, TOUCH)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggled.connect(lambda _on: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("On") if self.isChecked() else self.tr("Off"))


class ChoiceRow(QWidget):
    """Exclusive choices as a row of large checkable buttons; each button's `value` property."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self._layout.addStretch(1)

    def set_choices(self, choices: Sequence[tuple[str, str]], current: str) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        for position, (value, text) in enumerate(choices):
            button = _button(text, checkable=True)
            button.setProperty("value", value)
            button.setChecked(value == current)
            self.group.addButton(button)
            self._layout.insertWidget(position, button)

    def value(self) -> str:
        checked = self.group.checkedButton()
        return "" if checked is None else str(checked.property("value"))

    def button_for(self, value: str) -> QPushButton | None:
        for button in self.group.buttons():
            if button.property("value") == value:
                return button  # type: ignore[return-value]
        return None


class SettingsScreen(QWidget):
    """Edits the settings staff may change; Save writes them to the config file and emits
    `settings_changed` with the new configuration, which the app applies at once."""

    settings_changed = Signal(object)  # KioskConfig
    closed = Signal()

    def __init__(self, config: KioskConfig, config_path: Path | None, *,
                 printers: Callable[[], list[str]] = available_printers,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffSettings")
        self.setStyleSheet(CHECKED_STYLE)
        self.config = config
        self.config_path = config_path
        self._printers = printers
        self._idle_s = config.kiosk.idle_timeout_s
        self._printer_names: list[str] = []

        self.title = PlainLabel(object_name="screenTitle")
        self.idle_label = PlainLabel()
        self.idle_less = _button("−", object_name="idleLess")
        self.idle_value = PlainLabel(object_name="idleValue")
        self.idle_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_value.setMinimumWidth(200)
        self.idle_more = _button("+", object_name="idleMore")
        self.idle_less.clicked.connect(lambda: self._step_idle(-1))
        self.idle_more.clicked.connect(lambda: self._step_idle(+1))
        self.language_label = PlainLabel()
        self.languages = ChoiceRow("defaultLanguage")
        self.auto_print_label = PlainLabel()
        self.auto_print = Toggle("autoPrint")
        self.printer_label = PlainLabel()
        self.printer = ChoiceRow("printerQueue")
        self.auto_update_label = PlainLabel()
        self.auto_update = Toggle("autoUpdate")
        self.message = PlainLabel(object_name="settingsMessage")
        self.message.setWordWrap(True)
        self.save = _button(object_name="saveSettings")
        self.revert = _button(object_name="revertSettings")
        self.back = _button(object_name="backButton")
        self.save.clicked.connect(self.apply)
        self.revert.clicked.connect(self.reload)
        self.back.clicked.connect(self.closed)

        idle_row = QHBoxLayout()
        idle_row.setSpacing(12)
        for widget in (self.idle_less, self.idle_value, self.idle_more):
            idle_row.addWidget(widget)
        idle_row.addStretch(1)
        form = QGridLayout()
        form.setHorizontalSpacing(32)
        form.setVerticalSpacing(24)
        rows: list[tuple[QWidget, QWidget | QHBoxLayout]] = [
            (self.idle_label, idle_row), (self.language_label, self.languages),
            (self.auto_print_label, self.auto_print), (self.printer_label, self.printer),
            (self.auto_update_label, self.auto_update)]
        for row, (label, control) in enumerate(rows):
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if isinstance(control, QHBoxLayout):
                form.addLayout(control, row, 1)
            else:
                form.addWidget(control, row, 1, Qt.AlignmentFlag.AlignLeft)
        form.setColumnStretch(1, 1)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()

    # -- state ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the settings in force, dropping unsaved edits."""
        config = self.config
        self._idle_s = config.kiosk.idle_timeout_s
        self.languages.set_choices(list(LANGUAGE_NAMES.items()), config.kiosk.default_language)
        self.auto_print.setChecked(config.printer.auto_print)
        self.auto_update.setChecked(config.catalog.auto_update)
        try:
            self._printer_names = self._printers()
        except Exception:  # no CUPS: only the default and the configured queue are offered
            self._printer_names = []
        self._fill_printers()
        self._show_idle()
        self.message.clear()

    def _fill_printers(self) -> None:
        names = self._printer_names
        current = self.config.printer.queue
        choices = [("", self.tr("CUPS default"))] + [(name, name) for name in names]
        if current and current not in names:
            choices.append((current, self.tr("%1 (not found)").replace("%1", current)))
        self.printer.set_choices(choices, current)

    def changes(self) -> dict[str, dict[str, object]]:
        """The edited values, as config sections."""
        return {
            "kiosk": {"idle_timeout_s": self._idle_s,
                      "default_language": self.languages.value()},
            "printer": {"auto_print": self.auto_print.isChecked(),
                        "queue": self.printer.value()},
            "catalog": {"auto_update": self.auto_update.isChecked()},
        }

    def apply(self) -> None:
        """Save to the config file (if the kiosk has one) and put the settings in force."""
        changes = self.changes()
        try:
            if self.config_path is None:
                config = config_with(self.config, changes)
            else:
                config = save_config_changes(self.config_path, changes,
                                             data_dir=self.config.data_dir)
        except ConfigError as error:
            self.message.setText(self.tr("The settings were not saved: %1").replace(
                "%1", str(error)))
            return
        self.config = config
        if self.config_path is None:
            self.message.setText(self.tr(
                "In force until the kiosk restarts: it was started without a configuration "
                "file, so nothing was saved."))
        else:
            self.message.setText(self.tr("Saved. The new settings are in force."))
        self.settings_changed.emit(config)

    # -- idle timeout -----------------------------------------------------------------------

    def _step_idle(self, direction: int) -> None:
        choices = sorted({*IDLE_CHOICES_S, self.config.kiosk.idle_timeout_s})
        position = choices.index(self._idle_s) if self._idle_s in choices else 0
        position = min(max(position + direction, 0), len(choices) - 1)
        self._idle_s = choices[position]
        self._show_idle()

    def _show_idle(self) -> None:
        seconds = self._idle_s
        if seconds < 120 or seconds % 60:
            text = self.tr("%1 s").replace("%1", str(seconds))
        else:
            text = self.tr("%1 min").replace("%1", str(seconds // 60))
        self.idle_value.setText(text)
        choices = sorted({*IDLE_CHOICES_S, self.config.kiosk.idle_timeout_s})
        self.idle_less.setEnabled(seconds > choices[0])
        self.idle_more.setEnabled(seconds < choices[-1])

    # -- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kiosk settings"))
        self.idle_label.setText(self.tr("Idle time before the visitor's input is wiped"))
        self.language_label.setText(self.tr("Language of the attract and home screens"))
        self.auto_print_label.setText(self.tr("Print the slip as soon as a request is made"))
        self.printer_label.setText(self.tr("Slip printer"))
        self.auto_update_label.setText(self.tr(
            "Install newer catalogs from a USB stick by itself"))
        self.save.setText(self.tr("Save"))
        self.revert.setText(self.tr("Undo changes"))
        self.back.setText(self.tr("Back"))
        self.auto_print.retranslate()
        self.auto_update.retranslate()
        self._show_idle()
        if self.printer.group.buttons():
            self._fill_printers_keeping_choice()

    def _fill_printers_keeping_choice(self) -> None:
        chosen = self.printer.value()
        self._fill_printers()
        button = self.printer.button_for(chosen)
        if button is not None:
            button.setChecked(True)
