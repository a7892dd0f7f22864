"""Fixtures for the screens: the language is fixed, so that a test checks the words a user
reads in that language, not "this or its translation"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from citizenspace import i18n


def _speaking(qapp: QApplication, lang: str) -> Iterator[None]:
    locale = QLocale()
    assert i18n.install(qapp, lang) == lang
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The screen in French, as the city's staff and children read it; put back after."""
    yield from _speaking(qapp, "fr")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The screen in English, plural forms included ("1 person"); put back afterwards."""
    yield from _speaking(qapp, "en")


@pytest.fixture(autouse=True)
def _deleted_before_the_next_test(qapp: QApplication) -> Iterator[None]:
    """Widgets a test closed with deleteLater are destroyed at its end, not during the next
    test: a kiosk watches every event of the application, and the destruction of another
    test's widgets under its watch crashed a worker (in shiboken, before any of our code).
    In the application the kiosk is alone in its process."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
