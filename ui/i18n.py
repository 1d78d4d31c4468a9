"""The UI language: Qt translators for uz/ru/en, and locale-aware number and money formats."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
LANGUAGE_NAMES = {"uz": "Oʻzbekcha", "ru": "Русский", "en": "English"}
_LOCALES = {
    "uz": QLocale(QLocale.Language.Uzbek, QLocale.Script.LatinScript, QLocale.Country.Uzbekistan),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translate(), for code that is not a QObject method (lupdate finds these calls)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


_INSTALLED: list[QTranslator] = []


def uninstall_translators() -> None:
    """Back to the English source strings (for tests, which share one application)."""
    app = QCoreApplication.instance()
    while _INSTALLED:
        old = _INSTALLED.pop()
        if app is not None:
            app.removeTranslator(old)


class LanguageController(QObject):
    """Holds the visitor's language; switching installs its translator and emits `changed`."""

    changed = Signal(str)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = ""
        self._translator = QTranslator()
        self.set_language(language)

    @property
    def language(self) -> str:
        return self._language

    @property
    def locale(self) -> QLocale:
        return _LOCALES[self._language]

    def set_language(self, language: str) -> None:
        if language not in _LOCALES or language == self._language:
            return
        app = QCoreApplication.instance()
        # One UI translator at a time in the whole application: a string the new language's
        # file lacks must fall back to the English source, never to the previous language.
        uninstall_translators()
        # No Qt parent: the list below keeps it alive even if this controller goes first.
        self._translator = QTranslator()
        if self._translator.load(str(I18N_DIR / f"kiosk_{language}.qm")) and app is not None:
            app.installTranslator(self._translator)  # sends LanguageChange to every widget
            _INSTALLED.append(self._translator)
        self._language = language
        self.changed.emit(language)


def format_number(value: float, lang: str, decimals: int = 0) -> str:
    return _LOCALES.get(lang, _LOCALES["en"]).toString(float(value), "f", decimals)


def format_money(value_usd: float, lang: str) -> str:
    """Compact USD amounts: "$12.4 M" / "12,4 млн $" / "12,4 mln $"."""
    locale = _LOCALES.get(lang, _LOCALES["en"])
    for threshold, unit in ((1e9, translate("Money", "bn")), (1e6, translate("Money", "M")),
                            (1e3, translate("Money", "k"))):
        if value_usd >= threshold:
            amount = locale.toString(value_usd / threshold, "f", 1)
            return translate("Money", "$%1 %2").replace("%1", amount).replace("%2", unit)
    amount = locale.toString(float(value_usd), "f", 0)
    return " ".join(translate("Money", "$%1 %2").replace("%1", amount).replace("%2", "").split())


def format_quantity(value: float, unit: str, lang: str) -> str:
    units = {
        "pcs": translate("Unit", "pcs"), "set": translate("Unit", "sets"),
        "kg": translate("Unit", "kg"), "t": translate("Unit", "t"), "l": translate("Unit", "l"),
        "m": translate("Unit", "m"), "m2": translate("Unit", "m²"),
    }
    return f"{format_number(value, lang)} {units.get(unit, unit)}"
