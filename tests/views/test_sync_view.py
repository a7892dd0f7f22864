"""The Sync page, the background exchanges and the status bar, on real databases exchanging
through a real folder — a coordinator's day: sync, see a conflict, settle it."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTime

from citizenspace.domain.people import PersonDraft
from citizenspace.services.people.people import PeopleService
from citizenspace.services.sync.sync import SyncService
from citizenspace.sync import merge
from citizenspace.views.common.context import Services
from citizenspace.views.shell.main_window import PAGES, MainWindow
from citizenspace.views.sync.sync_controller import SyncController
from citizenspace.views.sync.sync_models import CONFLICT_ID_ROLE
from citizenspace.views.sync.sync_view import SyncView


@pytest.fixture
def computers(computer_maker):
    """Make a computer: its own database, its name, the shared folder in its settings."""
    return computer_maker("en")


def open_window(qtbot, db) -> MainWindow:
    """The staff window, exchanging only when asked (no timed rounds during a test)."""
    w = MainWindow(Services.for_database(db), sync_interval_ms=0, sync_first_delay_ms=-1)
    qtbot.addWidget(w)
    w.resize(1280, 900)
    w.show()
    qtbot.waitUntil(lambda: w.status_widgets.last is not None)
    return w


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_sync_page(qtbot, w: MainWindow) -> SyncView:
    item = w.nav.item(PAGES.index("sync"))
    rect = w.nav.visualItemRect(item)
    qtbot.mouseClick(w.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.current_page_key == "sync"
    assert isinstance(w.pages["sync"], SyncView)
    return w.pages["sync"]


def sync_by_hand(qtbot, w: MainWindow) -> None:
    """Click "Sync now" and wait for the round and the status bar to catch up."""
    view = w.sync_view
    done = []
    w.sync_controller.finished.connect(done.append)
    qtbot.waitUntil(view.sync_button.isEnabled)
    click(qtbot, view.sync_button)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    w.sync_controller.finished.disconnect(done.append)
    qtbot.waitUntil(lambda: not w.status_widgets.busy)


def create_viviane(db) -> str:
    draft = PersonDraft(first_name="Viviane", last_name="Gautier", consent_contact=True)
    return PeopleService(db).create(draft).id


def set_phone(db, person_id: str, phone: str) -> None:
    people = PeopleService(db)
    people.update(person_id, replace(people.get(person_id).draft, phone=phone))


def hhmm(when) -> str:
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


# --------------------------------------------------------------------------- acceptance


def test_a_phone_number_edited_on_two_computers_is_settled_by_the_coordinator(
    qtbot, computers
) -> None:
    office, bus = computers("Accueil 1"), computers("Bus")
    bus_sync = SyncService(bus)
    person = create_viviane(office)
    w = open_window(qtbot, office)
    view = open_sync_page(qtbot, w)
    sync_by_hand(qtbot, w)
    assert bus_sync.run_round().ok

    # Both edit the same phone number without seeing each other's change.
    set_phone(office, person, "06 11 11 11 11")
    set_phone(bus, person, "06 22 22 22 22")
    assert bus_sync.run_round().ok
    sync_by_hand(qtbot, w)
    assert bus_sync.run_round().conflicts_open == 1

    # The conflict is on the review screen, with both values and who wrote them.
    model = view.conflicts_model
    assert model.rowCount() == 1
    index = model.index(0, 0)
    assert model.data(index) == "Gautier Viviane — Phone"
    conflict_id = model.data(index, CONFLICT_ID_ROLE)
    assert view.conflict_title.text() == "Gautier Viviane — Phone"
    sides = {side.value_label.text(): side for side in (view.kept_side, view.other_side)}
    assert set(sides) == {"06 11 11 11 11", "06 22 22 22 22"}
    assert "Bus" in sides["06 22 22 22 22"].device_label.text()
    assert "Accueil 1 (this computer)" in sides["06 11 11 11 11"].device_label.text()
    assert "1 conflict" in w.status_widgets.sync_label.text()

    # The coordinator keeps the bus's number.
    click(qtbot, sides["06 22 22 22 22"].keep_button)
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert view.no_conflict_label.isVisible()
    assert "“06 22 22 22 22” is kept" in view.decision_label.text()
    assert merge.open_conflicts(office) == []

    # The decision travels: both computers agree, and nothing is left to review.
    sync_by_hand(qtbot, w)
    assert bus_sync.run_round().ok
    sync_by_hand(qtbot, w)
    for db in (office, bus):
        assert PeopleService(db).get(person).draft.phone == "06 22 22 22 22"
        assert SyncService(db).conflicts() == []
    assert list(merge.dump(office)) == list(merge.dump(bus))
    assert conflict_id not in {c.id for c in bus_sync.conflicts()}
    qtbot.waitUntil(lambda: "conflict" not in w.status_widgets.sync_label.text())


def test_a_third_number_stays_on_the_review_screen_after_one_decision(
    qtbot, computers, tmp_path: Path
) -> None:
    """Three computers type three numbers: deciding between two of them leaves the third to
    review, against the number chosen, which is the one kept meanwhile."""
    office, bus, hall = computers("Accueil 1"), computers("Bus"), computers("Mairie annexe")
    others = [SyncService(bus), SyncService(hall)]
    person = create_viviane(office)
    w = open_window(qtbot, office)
    view = open_sync_page(qtbot, w)
    sync_by_hand(qtbot, w)
    for other in others:
        assert other.run_round().ok
    for db, phone in ((office, "06 11 11 11 11"), (bus, "06 22 22 22 22")):
        set_phone(db, person, phone)
    set_phone(hall, person, "06 33 33 33 33")
    for other in others:
        assert other.run_round().ok
    sync_by_hand(qtbot, w)

    model = view.conflicts_model
    assert model.rowCount() == 2
    sides = {side.value_label.text(): side for side in (view.kept_side, view.other_side)}
    shown = set(sides)
    assert len(shown) == 2 and shown < {"06 11 11 11 11", "06 22 22 22 22", "06 33 33 33 33"}
    [third] = {"06 11 11 11 11", "06 22 22 22 22", "06 33 33 33 33"} - shown
    chosen = min(shown)
    click(qtbot, sides[chosen].keep_button)

    qtbot.waitUntil(lambda: model.rowCount() == 1)
    qtbot.waitUntil(lambda: view.kept_side.value_label.text() == chosen)
    assert view.other_side.value_label.text() == third
    assert "Accueil 1 (this computer)" in view.kept_side.device_label.text()
    assert PeopleService(office).get(person).draft.phone == chosen
    qtbot.waitUntil(lambda: view.kept_side.keep_button.isEnabled(), timeout=2_000)
    assert view.other_side.keep_button.isEnabled()  # the next decision can be taken at once
    w.sync_view.grab().save(str(tmp_path / "three-way-after-one-decision.png"))

    # Every computer has the same conflict left, and it is settled like any other.
    sync_by_hand(qtbot, w)
    for other in others:
        assert other.run_round().ok
    for db in (office, bus, hall):
        [left] = SyncService(db).conflicts()
        assert (left.kept_value, left.other_value) == (chosen, third)
        assert PeopleService(db).get(person).draft.phone == chosen
    click(qtbot, view.other_side.keep_button)
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    sync_by_hand(qtbot, w)
    for other in others:
        assert other.run_round().ok
    for db in (office, bus, hall):
        assert SyncService(db).conflicts() == []
        assert PeopleService(db).get(person).draft.phone == third
    assert list(merge.dump(office)) == list(merge.dump(bus)) == list(merge.dump(hall))


# --------------------------------------------------------------------------- status bar


def test_the_status_bar_says_when_the_share_is_missing_then_when_it_synced(
    qtbot, computers, tmp_path: Path
) -> None:
    folder = tmp_path / "network-drive"
    office = computers("Accueil 1", folder)
    create_viviane(office)
    w = open_window(qtbot, office)
    bar = w.status_widgets
    view = open_sync_page(qtbot, w)

    sync_by_hand(qtbot, w)
    text = bar.sync_label.text()
    assert text.startswith("Shared folder unreachable — everything is kept on this computer")
    assert "waiting to be shared" in text
    assert bar.sync_label.property("syncState") == "unreachable"
    assert view.problem_label.isVisible()
    assert "cannot be reached" in view.problem_label.text()
    assert "waiting to be shared" in view.pending_label.text()

    folder.mkdir()
    sync_by_hand(qtbot, w)
    when = w.sync_controller.last.when
    assert bar.sync_label.text() == f"Synced at {hhmm(when)}"
    assert bar.sync_label.property("syncState") == "ready"
    assert not view.problem_label.isVisible()
    assert view.pending_label.text() == "Everything recorded on this computer has been shared."
    assert view.devices_model.rowCount() == 1

    # After a restart, the bar still knows when this computer last synced.
    w.close()
    again = open_window(qtbot, office)
    assert again.status_widgets.sync_label.text() == f"Synced at {hhmm(when)}"


def test_damaged_files_are_named_in_the_status_bar(qtbot, computers, share: Path) -> None:
    office, bus = computers("Accueil 1"), computers("Bus")
    create_viviane(bus)
    assert SyncService(bus).run_round().written == 1
    [segment] = list(share.rglob("seg-*"))
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0xFF
    segment.write_bytes(bytes(data))

    w = open_window(qtbot, office)
    view = open_sync_page(qtbot, w)
    sync_by_hand(qtbot, w)
    assert "1 damaged file(s) ignored" in w.status_widgets.sync_label.text()
    assert view.notes_label.isVisible()
    assert "nothing in them was applied" in view.notes_label.text()
    assert PeopleService(office).search("Gautier") == []


def test_an_entry_left_aside_on_the_share_is_named_on_the_sync_page(
    qtbot, computers, share: Path
) -> None:
    office, bus = computers("Accueil 1"), computers("Bus")
    create_viviane(bus)
    assert SyncService(bus).run_round().ok
    [epoch] = (share / "devices").glob("*/*")
    (epoch / "seg-000000000002-000000000002-copie.json.gz").write_bytes(b"")  # a stray copy

    w = open_window(qtbot, office)
    view = open_sync_page(qtbot, w)
    sync_by_hand(qtbot, w)

    assert "of the shared folder left aside" in w.status_widgets.sync_label.text()
    assert view.notes_label.isVisible()
    name = (epoch / "seg-000000000002-000000000002-copie.json.gz").relative_to(share)
    assert f"{name.as_posix()} is not a Citizen Space file" in view.notes_label.text()
    assert PeopleService(office).search("Gautier") != []  # everything else arrived
    (epoch / "seg-000000000002-000000000002-copie.json.gz").unlink()
    sync_by_hand(qtbot, w)
    assert "left aside" not in w.status_widgets.sync_label.text()
    assert not view.notes_label.isVisible()


# --------------------------------------------------------------------------- USB stick


def test_the_usb_stick_may_leave_only_after_a_good_round(qtbot, computers, tmp_path) -> None:
    stick = tmp_path / "stick"
    bus = computers("Bus", stick)
    create_viviane(bus)
    w = open_window(qtbot, bus)
    view = open_sync_page(qtbot, w)

    click(qtbot, view.usb_button)
    qtbot.waitUntil(lambda: "USB stick" in view.usb_label.text() and not w.sync_controller.busy)
    assert view.usb_label.text().startswith("Do not remove the USB stick yet.")
    assert "did not go through" in view.usb_label.text()
    assert "cannot be reached" in view.problem_label.text()
    assert view.usb_label.property("kind") == "error"

    stick.mkdir()
    click(qtbot, view.usb_button)
    qtbot.waitUntil(lambda: view.usb_label.text() == "You can safely remove the USB stick.")
    assert view.usb_label.property("kind") == "success"
    assert w.sync_controller.last.flushed_secret
    assert SyncService(bus).pending() == 0
    assert list(stick.rglob("seg-*"))


def test_without_a_shared_folder_the_page_points_to_settings(qtbot, db) -> None:
    w = open_window(qtbot, db)
    view = open_sync_page(qtbot, w)
    assert "No shared folder is chosen yet" in view.folder_label.text()
    assert not view.sync_button.isEnabled() and not view.usb_button.isEnabled()
    click(qtbot, view.settings_button)
    assert w.current_page_key == "settings"


# --------------------------------------------------------------------------- controller


def test_rounds_run_off_the_gui_thread_and_never_two_at_once(qtbot, db, share: Path) -> None:
    gui = threading.get_ident()
    running, seen = [0], []

    def folder() -> str:
        running[0] += 1
        seen.append((threading.get_ident() != gui, running[0]))
        time.sleep(0.05)
        running[0] -= 1
        return str(share)

    controller = SyncController(SyncService(db, folder), interval_ms=0, first_delay_ms=-1)
    done = []
    controller.finished.connect(done.append)
    controller.sync_now()
    controller.sync_now()  # during the first: run right after it
    controller.sync_now(for_usb=True)  # merged with the one waiting
    qtbot.waitUntil(lambda: len(done) == 2 and not controller.busy)
    assert seen == [(True, 1), (True, 1)]
    assert all(s.ok for s in done)
    assert done[1].flushed_secret


def test_the_first_round_comes_by_itself_after_start(qtbot, db, share: Path) -> None:
    controller = SyncController(
        SyncService(db, lambda: str(share)), interval_ms=0, first_delay_ms=0
    )
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        controller.start()
    assert blocker.args[0].ok


# --------------------------------------------------------------------------- models


def test_the_models_pass_the_qt_model_tester(qtmodeltester, qtbot, computers) -> None:
    office, bus = computers("Accueil 1"), computers("Bus")
    person = create_viviane(office)
    so, sb = SyncService(office), SyncService(bus)
    so.run_round(), sb.run_round()
    set_phone(office, person, "06 11 11 11 11")
    set_phone(bus, person, "06 22 22 22 22")
    so.run_round(), sb.run_round(), so.run_round()

    view = SyncView(so, SyncController(so, interval_ms=0, first_delay_ms=-1))
    qtbot.addWidget(view)
    assert view.conflicts_model.rowCount() == 1
    assert view.devices_model.rowCount() == 2
    assert view.devices_model.headerData(0, Qt.Orientation.Horizontal) == "Computer"
    qtmodeltester.check(view.conflicts_model)
    qtmodeltester.check(view.devices_model)
    view.conflicts_model.set_rows([])
    view.devices_model.set_rows([])
    qtmodeltester.check(view.conflicts_model)
    qtmodeltester.check(view.devices_model)


def test_a_lost_computer_is_retired_from_the_sync_page(qtbot, computers, share: Path) -> None:
    office, kiosk = computers("Accueil 1"), computers("Borne perdue")
    kiosk_sync = SyncService(kiosk)
    kiosk_id = kiosk_sync.this_device_id()
    w = open_window(qtbot, office)
    view = open_sync_page(qtbot, w)
    assert kiosk_sync.run_round().ok
    sync_by_hand(qtbot, w)

    table, model = view.devices_table, view.devices_model
    rows = {model.row_at(r).name: r for r in range(model.rowCount())}
    assert set(rows) == {"Accueil 1", "Borne perdue"}
    # Not this computer: the button stays off.
    table.selectRow(rows["Accueil 1"])
    assert not view.retire_button.isEnabled()

    table.selectRow(rows["Borne perdue"])
    assert view.retire_button.isEnabled()
    asked: list[str] = []
    view.ask_confirm = lambda title, text: asked.append(text) and False
    click(qtbot, view.retire_button)
    assert "Borne perdue" in asked[0] and "will not come back" in asked[0]
    assert SyncService(office).devices()[1].retired_on is None  # "No" changes nothing

    view.ask_confirm = lambda title, text: True
    click(qtbot, view.retire_button)
    qtbot.waitUntil(lambda: view.retire_label.isVisible(), timeout=10_000)
    assert "Borne perdue is retired" in view.retire_label.text()
    row = next(r for r in range(model.rowCount()) if model.row_at(r).device_id == kiosk_id)
    assert model.data(model.index(row, 1)).startswith("Retired")
    table.selectRow(row)
    assert not view.retire_button.isEnabled(), "once is enough"
