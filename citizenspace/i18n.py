"""Translations for every front end (staff application, kiosk, command line).

Source strings are English; `resources/translations/citizenspace_<lang>.qm` carries French
(complete, the default) and English. Qt's own strings (standard buttons, file dialogs) come
from the `qtbase_<lang>.qm` shipped with PySide6.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources.files("citizenspace.resources") / "translations")


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def install(app: QCoreApplication, lang: str | None) -> str:
    """Load our translation and Qt's for `lang` (French when unknown); set the default
    locale so dates, numbers and money follow the language. Returns the language used."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"citizenspace_{lang}", translations_dir()):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(locale_for(lang))
    return lang
