"""The desk on the city's laptops: in the real theme, at 1366×768, 1536×864, 1920×1080 and
1280×720, in French and English, every text whole, nothing over anything else, and the Save
button in sight; from 1366×768 up, the whole form at once, without scrolling, even once a
theme shows its service's address and hours.

The city is the demo's (its themes, directory and staff), with visits logged this morning on
themes of long names, so that the quick-theme chips and today's log are as full as on a busy
day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import layout_audit
import pytest
import walk
from PySide6.QtCore import QLocale, QPoint, QRect, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from citizenspace import i18n
from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.domain.reception.visits import VisitDraft
from citizenspace.services.demo import demo
from citizenspace.services.reception.reception import ReceptionService
from citizenspace.views.common.context import Services
from citizenspace.views.reception.desk.desk_view import DeskView
from citizenspace.views.shell.app import BASE_POINT_SIZE, load_theme
from citizenspace.views.shell.main_window import MainWindow

SIZES = [(1366, 768), (1536, 864), (1920, 1080), (1280, 720)]
#: From this size up the form shows whole, Save under it, with no scrolling.
NO_SCROLL_FROM = (1366, 768)
NOW = datetime(2026, 11, 20, 10, 30)
#: Themes as long as a city may name them: they become this morning's quick themes.
LONG_THEMES = (
    "Accompagnement aux démarches administratives en ligne",
    "Inscription à la restauration scolaire et au périscolaire",
    "Carte d'identité et passeport",
)


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> Iterator[object]:
    """The demo city, and this morning's visits on long themes: written once."""
    from tests.conftest import new_database

    db = new_database(tmp_path_factory.mktemp("desk-city") / "city.db")
    demo.generate(db, scale=0.02, today=NOW.date())
    desk = ReceptionService(db, now=lambda: NOW)
    parent = next(t for t in desk.theme_entries() if t.parent_id is None)
    themes = [
        next((t.id for t in desk.theme_entries() if t.name == name), None)
        or desk.add_theme(name, parent.id)
        for name in LONG_THEMES
    ]
    channels = list(Channel)
    outcomes = [VisitOutcome.ANSWERED, VisitOutcome.MISSED, VisitOutcome.ANSWERED]
    for k in range(12):
        arrived = NOW - timedelta(minutes=12 * (k + 1))
        outcome = outcomes[k % len(outcomes)]
        missed = outcome is VisitOutcome.MISSED
        desk.save_visit(
            VisitDraft(
                channel=channels[k % len(channels)],
                outcome=outcome,
                arrived_at=arrived,
                theme_id=themes[k % len(themes)],
                started_at=None if missed else arrived + timedelta(minutes=3),
                ended_at=None if missed else arrived + timedelta(minutes=9),
                site_id=desk.site_id(),
            )
        )
    yield db
    db.close()


@pytest.fixture(scope="module", params=["fr", "en"])
def lang(request, qapp: QApplication) -> Iterator[str]:
    """The application as users get it: the theme, its base font, and a language."""
    sheet, font, locale = qapp.styleSheet(), QFont(qapp.font()), QLocale()
    big = QFont(font)
    big.setPointSizeF(BASE_POINT_SIZE)
    qapp.setFont(big)
    qapp.setStyleSheet(load_theme())
    i18n.install(qapp, request.param)
    yield request.param
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture(scope="module")
def window(city, lang) -> Iterator[MainWindow]:
    """The staff window, once a language, resized from one laptop to the next."""
    services = replace(
        Services.for_database(city), reception=ReceptionService(city, now=lambda: NOW)
    )
    w = MainWindow(services, sync_interval_ms=0, sync_first_delay_ms=-1)
    yield w
    w.close()
    w.deleteLater()
    walk.settle()


def _open_desk(window: MainWindow, size: tuple[int, int]) -> DeskView:
    window.resize(*size)
    window.show()
    walk.settle()
    window.show_page("reception")
    walk.settle()
    assert window.reception_view is not None
    desk = window.reception_view.desk
    assert window.reception_view.tabs.currentWidget() is desk
    desk.reset_form()  # as the last test left it: a new visit
    walk.settle()
    return desk


def _whole_in_sight(widget: QWidget, window: QWidget) -> bool:
    """Shown whole inside the window: not cut by its edge nor scrolled out of a view."""
    inside = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    seen = widget.visibleRegion().boundingRect()
    return widget.isVisible() and window.rect().contains(inside) and seen.size() == widget.size()


def _form_widgets(desk: DeskView) -> list[QWidget]:
    return [*desk.field_widgets.values(), desk.save_button, desk.clear_button]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_desk_is_whole_with_save_in_sight(window, size) -> None:
    desk = _open_desk(window, size)
    assert desk.today_model.rowCount() == 12  # this morning's log is there to be measured
    assert layout_audit.problems(window) == []
    assert _whole_in_sight(desk.save_button, window)
    if size >= NO_SCROLL_FROM:
        assert [w for w in _form_widgets(desk) if not _whole_in_sight(w, window)] == []


@pytest.mark.parametrize("size", [NO_SCROLL_FROM, (1280, 720)], ids=["1366x768", "1280x720"])
def test_a_theme_with_its_service_still_fits(window, size) -> None:
    """A theme chosen, the competent service shows its contact, address and hours: the form
    grows, and stays whole (on the smallest screen it scrolls, Save stays in sight)."""
    desk = _open_desk(window, size)
    reception = window.services.reception
    # The theme whose first service says the most: the worst case for the form's height.
    said = {
        t.id: " ".join((s[0].body_name, s[0].phone, s[0].email, s[0].address, s[0].hours))
        for t in reception.theme_entries()
        if (s := reception.suggest(t.id))
    }
    theme = max(said, key=lambda theme_id: len(said[theme_id]))
    desk.set_theme(theme)
    walk.settle()
    assert desk.service_info.text().count("\n") >= 2
    assert layout_audit.problems(window) == []
    assert _whole_in_sight(desk.save_button, window)
    if size >= NO_SCROLL_FROM:
        assert [w for w in _form_widgets(desk) if not _whole_in_sight(w, window)] == []
    else:  # the form scrolls: the field the receptionist moves to comes into sight
        desk.satisfaction_bar.setFocus()
        walk.settle()
        assert _whole_in_sight(desk.satisfaction_bar, window)
        assert _whole_in_sight(desk.save_button, window)
