"""The Follow-ups page as the reception staff use it: a report taken on the Allô mairie
line, moved through its workflow with the buttons, and found in the overdue list when late.
Real SQLite file, real widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from citizenspace.domain import catalog as c
from citizenspace.services.reception.tickets import CategoryDraft, TicketService
from citizenspace.store.models import DirectoryEntry, FollowUp, Site, Theme, Visit
from citizenspace.views.common.context import Services
from citizenspace.views.reception.tickets.new_ticket_dialog import NewTicketDialog
from citizenspace.views.reception.tickets.tickets_view import TicketsView


class Calendar:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture(autouse=True)
def french():
    """The application runs in French by default: dates read 14/03/2026."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def cal() -> Calendar:
    return Calendar(date(2026, 3, 2))


@pytest.fixture
def services(db, cal) -> Services:
    with db.write() as s:
        roads = DirectoryEntry(name="Service Voirie", competence=c.Competence.CITY)
        agglo = DirectoryEntry(
            name="Collecte des déchets",
            competence=c.Competence.URBAN_COMMUNITY,
            body_name="Agglomération",
        )
        s.add_all([roads, agglo, Site(name="Hôtel de ville")])
        s.flush()
        roads_id = roads.id
    base = Services.for_database(db)
    tickets = TicketService(db, today=cal)
    tickets.add_category(CategoryDraft("eclairage", "Éclairage public", 10, roads_id))
    tickets.add_category(CategoryDraft("voirie", "Voirie", 21, roads_id))
    return replace(base, tickets=tickets)


@pytest.fixture
def page(qtbot, services) -> TicketsView:
    view = TicketsView(services)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def _count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(FollowUp))


def _new_report(qtbot, page: TicketsView, description: str) -> str:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NewTicketDialog)
    qtbot.waitUntil(dialog.isVisible)
    # Keyboard only: the category has the focus, Tab goes down the form.
    assert dialog.focusWidget() is dialog.category
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)  # the first category (QTest types ASCII)
    assert dialog.category.currentText().startswith("Éclairage public")
    assert dialog.service.currentText() == "Service Voirie"  # the category's service
    qtbot.keyClick(dialog.category, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.description, description)
    qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.address, "12 rue d'Isle, 02100 Saint-Quentin")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.latitude, "49,8465")
    qtbot.keyClick(dialog.latitude, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.longitude, "3,2876")
    qtbot.keyClick(dialog.longitude, Qt.Key.Key_Return)  # Enter opens the ticket
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.ticket_id is not None
    return dialog.ticket_id


def test_a_report_moves_through_its_workflow_and_is_overdue_when_late(
    qtbot, qtmodeltester, db, page, services, cal
):
    first = _new_report(qtbot, page, "Lampadaire eteint devant le 12")
    assert page.selected_ticket_id() == first
    t = services.tickets.ticket(first)
    assert (t.latitude, t.longitude) == (49.8465, 3.2876)
    assert t.due_on == date(2026, 3, 12)
    # New: Start, Forward, Resolve, Reject are offered; Reopen is not.
    assert page.start_button.isVisible() and page.reject_button.isVisible()
    assert not page.reopen_button.isVisible()

    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert services.tickets.ticket(first).status is c.TicketStatus.IN_PROGRESS
    assert not page.start_button.isVisible()
    cal.day += timedelta(days=2)
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    t = services.tickets.ticket(first)
    assert t.status is c.TicketStatus.RESOLVED and t.closed_on == date(2026, 3, 4)
    assert [e.status for e in t.history] == [
        c.TicketStatus.NEW,
        c.TicketStatus.IN_PROGRESS,
        c.TicketStatus.RESOLVED,
    ]
    # Resolved tickets leave the open list.
    assert first not in page.row_ids()

    second = _new_report(qtbot, page, "Rue entiere dans le noir")
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused, stays open
    assert dialog.isVisible() and dialog.error.isVisible()
    assert services.tickets.ticket(second).status is c.TicketStatus.NEW
    qtbot.keyClicks(dialog.reason, "Terrain prive, le proprietaire est informe")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    t = services.tickets.ticket(second)
    assert t.status is c.TicketStatus.REJECTED
    assert t.status_reason == "Terrain prive, le proprietaire est informe"

    late = _new_report(qtbot, page, "Lampadaire qui clignote")
    assert page.tabs.tabText(1).endswith("(0)")
    # Eleven days later the lamp (ten days' delay) is late.
    cal.day += timedelta(days=11)
    page.refresh()
    assert page.tabs.tabText(1).endswith("(1)")
    qtbot.mouseClick(page.tabs, Qt.MouseButton.LeftButton, pos=page.tabs.tabRect(1).center())
    assert page.overdue_mode()
    assert page.row_ids() == [late]
    assert page.model.index(0, 6).data().startswith("1")
    qtmodeltester.check(page.model)
    page.select_ticket(late)
    assert page.fact_labels["due"].text().startswith("14/03/2026")

    # Reopened, the rejected ticket works again; nothing closed is late.
    page.show_overdue(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("rejected"))
    page.refresh()
    assert page.select_ticket(second)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert services.tickets.ticket(second).closed_on is None


def test_bad_input_gets_a_plain_message_and_nothing_is_saved(qtbot, db, page, tmp_path):
    dialog = page.new_ticket()
    qtbot.waitUntil(dialog.isVisible)
    dialog.save()  # nothing chosen
    assert dialog.isVisible() and "required" in dialog.error.text()
    dialog.category.setCurrentIndex(1)
    qtbot.keyClicks(dialog.description, "Trou dans la chaussee")
    qtbot.keyClicks(dialog.latitude, "149")
    qtbot.keyClicks(dialog.longitude, "3")
    dialog.save()
    assert "latitude" in dialog.error.text() and dialog.focusWidget() is dialog.latitude
    dialog.latitude.setText("nord")
    dialog.save()
    assert "not a number" in dialog.error.text()
    dialog.latitude.setText("49.85")
    text_file = tmp_path / "photo.jpg"
    text_file.write_text("not a picture")
    dialog.set_photo_file(text_file)
    dialog.save()
    assert "PNG or JPEG" in dialog.error.text()
    dialog.contact_email.setText("someone@")
    dialog.set_photo_file(_png(tmp_path))
    dialog.save()
    assert "e-mail" in dialog.error.text()
    assert _count(db) == 0
    dialog.contact_email.setText("someone@example.org")
    dialog.save()
    assert not dialog.isVisible() and _count(db) == 1
    assert page.detail().photo_hash and page.photo.isVisible()


def _png(tmp_path):
    """A real photo-like PNG, as a phone would give (drawn, so the panel shows it)."""
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7a3b"))
    path = tmp_path / "photo.png"
    assert image.save(str(path), "PNG")
    return path


def test_prefilled_from_a_visit_and_forwarded_outside_competence(qtbot, db, page, services, cal):
    with db.write() as s:
        theme = Theme(name="Voirie")
        s.add(theme)
        s.flush()
        site_id = s.scalars(select(Site.id)).one()
        visit = Visit(
            site_id=site_id,
            channel=c.Channel.LETTER,
            theme_id=theme.id,
            outcome=c.VisitOutcome.FOLLOW_UP,
            arrived_at=datetime(2026, 3, 2, 9, 0),
        )
        s.add(visit)
        s.flush()
        visit_id = visit.id
    dialog = NewTicketDialog(services, visit_id)
    qtbot.addWidget(dialog)
    assert dialog.category.currentText().startswith("Voirie")
    assert dialog.site.currentText() == "Hôtel de ville"
    assert "L114-2" in dialog.written_hint.text()
    dialog.description.setPlainText("Bac de tri cassé : demande écrite")
    dialog.save()
    page.refresh()
    assert page.select_ticket(dialog.ticket_id)

    forward = page.forward_selected()
    qtbot.waitUntil(forward.isVisible)
    forward.service.setCurrentIndex(
        forward.service.findText("Collecte des déchets — Agglomération")
    )
    assert forward.outside.isChecked()
    forward.accept()
    assert not forward.isVisible()
    assert page.law_note.isVisible()
    # Not closed before the citizen is told.
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    assert "L114-2" in page.action_error.text()
    told = page.record_informed()
    qtbot.waitUntil(told.isVisible)
    told.how.setCurrentIndex(told.how.findData("letter"))
    told.accept()
    assert not page.law_note.isVisible()
    assert page.fact_labels["informed"].text().startswith("By letter")


def test_export_open311(qtbot, page, services, tmp_path):
    _new_report(qtbot, page, "Lampadaire eteint")
    task = page.export_to(tmp_path / "open311.csv", "csv")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    text = (tmp_path / "open311.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("service_request_id;")
    assert page.message_box is not None and "1" in page.message_box.text()


def test_open311_leaves_the_staff_notes_out_unless_ticked_after_a_warning(
    qtbot, page, services, tmp_path, monkeypatch
):
    ticket_id = _new_report(qtbot, page, "Lampadaire eteint")
    services.tickets.reject(ticket_id, "Signale par M. Dupont, le voisin")
    files = iter([tmp_path / "sans.json", tmp_path / "avec.json"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(files)), "Open311 JSON")
    )

    dialog = page.choose_and_export()
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.staff_notes.isChecked() and not dialog.warning.isVisible()
    dialog.accept()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=10_000)
    assert "Dupont" not in (tmp_path / "sans.json").read_text(encoding="utf-8")

    dialog = page.choose_and_export()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.staff_notes, Qt.MouseButton.LeftButton)
    assert dialog.warning.isVisible() and "name people" in dialog.warning.text()
    dialog.accept()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=10_000)
    assert "M. Dupont" in (tmp_path / "avec.json").read_text(encoding="utf-8")


def test_the_categories_list_says_each_delay_and_which_are_out_of_use(qtbot, qtmodeltester, page):
    dialog = page.edit_categories()
    qtbot.waitUntil(dialog.isVisible)
    model = dialog.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Éclairage public",
        "Voirie",
    ]
    assert model.index(0, 2).data() == "10 day(s)"
    qtmodeltester.check(model)
    dialog.table.selectRow(1)
    assert dialog.name.text() == "Voirie" and dialog.delay.value() == 21
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert model.index(1, 4).data() == "not in use"
    assert dialog.active_button.text() == "Reactivate"
    dialog.reject()


def test_columns_that_do_not_fit_are_set_aside_and_come_back(qtbot, page):
    _new_report(qtbot, page, "Lampadaire eteint devant le 12, rue d'Isle")
    page.resize(1000, 700)
    qtbot.waitUntil(lambda: bool(page.columns.hidden()))
    table = page.table
    shown = [c for c in range(page.model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    assert "(" in page.columns.button.text()  # "Columns (n hidden)"
    late = page.columns.hidden()[0]
    page.columns.choose(late, True)  # the user wants it: shown whatever the width
    assert not table.isColumnHidden(late)
    page.resize(2400, 900)
    qtbot.waitUntil(lambda: page.columns.hidden() == [])
    assert page.columns.button.text() == "Columns"
    page.columns.choose(late, False)  # and hidden, however wide the window
    assert page.columns.hidden() == [late]
