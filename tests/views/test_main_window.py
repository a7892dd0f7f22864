"""The staff window: every area can be reached, the status bar tells where we stand, the
overview shows the city's real figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from citizenspace import i18n
from citizenspace.services.demo.demo import generate
from citizenspace.services.shell.settings import SettingsService, SettingsValues
from citizenspace.services.shell.status import StatusService
from citizenspace.views.budget.budget_view import BudgetView
from citizenspace.views.common.context import Services
from citizenspace.views.people.people_view import PeopleView
from citizenspace.views.privacy.privacy_view import PrivacyView
from citizenspace.views.reception.reception_view import ReceptionView
from citizenspace.views.shell.main_window import PAGES, MainWindow
from citizenspace.views.shell.overview_view import OverviewView
from citizenspace.views.shell.placeholder_view import ComingLaterView
from citizenspace.views.shell.settings_view import SettingsView
from citizenspace.views.sync.sync_view import SyncView


@pytest.fixture
def french(qapp):
    """Dates, numbers and money as the French users read them."""
    old = QLocale()
    QLocale.setDefault(i18n.locale_for("fr"))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def window(qtbot, db) -> MainWindow:
    w = MainWindow(Services.for_database(db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: not w.status_widgets.busy and not w.overview_view.busy)
    return w


def _click_nav(qtbot, window: MainWindow, key: str) -> None:
    item = window.nav.item(PAGES.index(key))
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_each_area_opens_its_page(qtbot, window: MainWindow) -> None:
    assert window.current_page_key == "overview"
    assert isinstance(window.stack.currentWidget(), OverviewView)
    for key in PAGES:
        _click_nav(qtbot, window, key)
        assert window.current_page_key == key
        assert window.stack.currentIndex() == PAGES.index(key)
    assert isinstance(window.pages["people"], PeopleView)
    assert isinstance(window.pages["settings"], SettingsView)
    later = [k for k in PAGES if isinstance(window.pages[k], ComingLaterView)]
    assert later == ["councils", "events", "printing"]
    assert isinstance(window.pages["reception"], ReceptionView)
    assert isinstance(window.pages["privacy"], PrivacyView)
    assert isinstance(window.pages["budget"], BudgetView)
    assert isinstance(window.pages["sync"], SyncView)


def test_areas_not_built_yet_say_so_and_offer_no_fake_buttons(qtbot, window) -> None:
    _click_nav(qtbot, window, "councils")
    page = window.pages["councils"]
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Coming in a later version" in texts
    for key in ("councils", "events", "printing"):
        assert window.pages[key].findChildren(QAbstractButton) == []


def test_keyboard_shortcuts_open_the_areas(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key == "people"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key == "settings"


def test_status_bar_names_the_site_the_computer_and_the_sync_state(
    qtbot, db, tmp_path: Path
) -> None:
    settings = SettingsService(db)
    site = settings.add_site("Espace Citoyens")
    settings.save(
        SettingsValues(
            city_name="Saint-Quentin",
            site_id=site.id,
            device_name="Accueil 1",
            share_folder=str(tmp_path / "share-that-went-away"),
            language="en",
        )
    )
    w = MainWindow(Services.for_database(db))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.status_widgets.last is not None)
    bar = w.status_widgets
    assert bar.site_label.text() == "Site: Espace Citoyens"
    assert bar.device_label.text() == "Computer: Accueil 1"
    assert "Shared folder unreachable" in bar.sync_label.text()
    pending = StatusService(db).snapshot().pending_changes
    assert pending > 0
    assert QLocale().toString(pending) in bar.sync_label.text()
    assert "waiting to be shared" in bar.sync_label.text()
    assert str(tmp_path / "share-that-went-away") in bar.sync_label.toolTip().splitlines()
    assert w.windowTitle() == "Citizen Space — Saint-Quentin"


def test_sync_state_reads_not_set_then_ready(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bar = window.status_widgets
    # Plain words, and no count: with no shared folder nothing is "waiting" for anything.
    assert bar.sync_label.text() == (
        "Sync: no shared folder — everything is kept on this computer."
    )
    assert "Settings" in bar.sync_label.toolTip()
    assert bar.site_label.text() == "Site: not chosen"

    share = tmp_path / "share"
    share.mkdir()
    settings_view = window.pages["settings"]
    _click_nav(qtbot, window, "settings")
    settings_view.city_edit.clear()
    qtbot.keyClicks(settings_view.city_edit, "Saint-Quentin")
    settings_view.share_edit.setText(str(share))
    qtbot.mouseClick(settings_view.save_button, Qt.MouseButton.LeftButton)
    # Saving refreshes the status bar and the title at once, without waiting for the timer.
    qtbot.waitUntil(lambda: "Not synced yet" in bar.sync_label.text())
    assert bar.sync_label.property("syncState") == "ready"
    qtbot.waitUntil(lambda: window.windowTitle() == "Citizen Space — Saint-Quentin")
    assert window.city_label.text() == "Saint-Quentin"


def test_overview_shows_the_city_in_figures(qtbot, db, french) -> None:
    generate(db, scale=0.02, today=date.today())
    expected = StatusService(db).overview()
    w = MainWindow(Services.for_database(db))
    qtbot.addWidget(w)
    view = w.overview_view
    qtbot.waitUntil(lambda: view.overview is not None)
    assert view.people_card.value_label.text() == QLocale().toString(expected.people)
    assert view.councils_card.value_label.text() == QLocale().toString(expected.bodies)
    assert view.members_card.value_label.text() == QLocale().toString(expected.active_members)
    assert view.events_card.value_label.text() == QLocale().toString(expected.events_next_30_days)
    assert view.visits_card.value_label.text() == QLocale().toString(expected.visits_this_year)
    assert view.edition_label.text() == expected.edition_title
    assert view.hint_label.isHidden()
    # French money, one format everywhere: no cents when there are none (was "10 000,00 €"
    # here and "10 000 €" on the projects' list).
    budget = view.budget_label.text().replace("\u202f", " ").replace("\xa0", " ")
    assert budget == "10 000 €"
    assert view.phase_label.text().startswith("Phase: ")


def test_each_figure_has_its_own_icon(window: MainWindow) -> None:
    """Active members are not drawn like the councils: a reader scans the cards by icon."""
    view = window.overview_view
    cards = (
        view.people_card,
        view.councils_card,
        view.members_card,
        view.events_card,
        view.visits_card,
    )
    images = [card.icon_label.pixmap().toImage() for card in cards]
    for i, image in enumerate(images):
        assert not image.isNull()
        assert all(image != other for other in images[i + 1 :])


def test_an_empty_database_says_where_to_start(window: MainWindow) -> None:
    view = window.overview_view
    assert view.people_card.value_label.text() == "0"
    assert not view.hint_label.isHidden()
    assert view.edition_label.text() == "No edition prepared yet"
