"""Every page, tab and main dialog of the staff window, at the screens of a city's laptops,
in French and English: no text cut, no widgets over each other, no column off the screen.

Sizes are logical pixels, as the application lays them out: 1366×768 (the most common city
laptop), 1536×864 (a 1920×1080 screen at 125 %), 1920×1080, and 1280×720 (1920×1080 at
150 %). The checks are `layout_audit.problems`; `tools/screens.py` runs the same walk and
saves the screenshots to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import layout_audit
import pytest
import walk
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from citizenspace import i18n
from citizenspace.services.demo import demo
from citizenspace.store.migrate import open_database
from citizenspace.views.common.context import Services
from citizenspace.views.shell.app import BASE_POINT_SIZE, load_theme
from citizenspace.views.shell.main_window import MainWindow

SIZES = [(1366, 768), (1536, 864), (1920, 1080), (1280, 720)]
LANGS = ["fr", "en"]


@pytest.fixture(scope="module")
def demo_city(tmp_path_factory) -> Path:
    """A small demo city, written once for the module; each test opens a copy."""
    from tests.conftest import new_database

    path = tmp_path_factory.mktemp("layout-city") / "city.db"
    db = new_database(path)
    try:
        demo.generate(db, scale=0.05, today=date.today())
    finally:
        db.close()
    return path


def themed(app: QApplication, lang: str) -> Iterator[None]:
    """The application as users get it: the theme, its base font, and a language."""
    sheet, font, locale = app.styleSheet(), QFont(app.font()), QLocale()
    big = QFont(font)
    big.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(big)
    app.setStyleSheet(load_theme())
    i18n.install(app, lang)
    yield
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    QLocale.setDefault(locale)
    app.setStyleSheet(sheet)
    app.setFont(font)


@pytest.fixture(params=LANGS)
def lang(request, qapp) -> Iterator[str]:
    yield from (request.param for _ in themed(qapp, request.param))


@pytest.fixture
def window(qtbot, demo_city, tmp_path, lang) -> Iterator[MainWindow]:
    copy = tmp_path / "city.db"
    shutil.copy(demo_city, copy)
    db, _report = open_database(copy)
    w = MainWindow(Services.for_database(db), sync_interval_ms=0, sync_first_delay_ms=-1)
    qtbot.addWidget(w)
    yield w
    w.close()
    walk.settle()
    db.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_and_tab_is_whole(window, size) -> None:
    width, height = size
    found: list[str] = []
    seen: list[str] = []
    for shot, root in walk.walk_window(window, width, height):
        seen.append(shot)
        found.extend(f"{shot}: {p}" for p in layout_audit.problems(root))
    # The walk reached every page and the tabs inside them.
    assert len(seen) >= 20, seen
    assert found == [], "\n".join(found)


def test_every_main_dialog_is_whole_and_fits_the_smallest_screen(window) -> None:
    window.resize(1366, 768)
    window.show()
    walk.settle()
    found: list[str] = []
    seen: list[str] = []
    for key, dialog in walk.dialogs(window):
        seen.append(key)
        found.extend(f"{key}: {p}" for p in layout_audit.problems(dialog))
        frame = dialog.frameGeometry()
        if frame.width() > 1280 or frame.height() > 720 - 40:
            found.append(f"{key}: {frame.width()}×{frame.height()} does not fit 1280×720")
    assert len(seen) >= 16
    assert found == [], "\n".join(found)
