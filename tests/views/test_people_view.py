"""The People screen, driven like a coordinator's day: type, click, read what is shown.

Everything runs on a real database file; the only thing replaced is Qt's own blocking
"are you sure?" box, answered as the user would.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from citizenspace import i18n
from citizenspace.domain import catalog
from citizenspace.domain.people import PersonDraft, PersonError, search_key
from citizenspace.services.people.people import PeopleService, PersonRow
from citizenspace.store.models import Body, District, Membership, Person
from citizenspace.views.common.forms import INVALID_PROPERTY
from citizenspace.views.common.labels import enum_label, labelled_enums, person_error_text
from citizenspace.views.people.people_model import (
    COL_BODIES,
    COL_DISTRICT,
    COL_EMAIL,
    COL_FIRST_NAME,
    COL_LAST_NAME,
    COL_PHONE,
    PERSON_ID_ROLE,
    PeopleModel,
)
from citizenspace.views.people.people_view import PeopleView
from citizenspace.views.people.person_dialog import PersonDialog

# --------------------------------------------------------------------------- fixtures


#: The screen in English, plural forms included ("1 person"): tests/views/conftest.py.
pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def service(db) -> PeopleService:
    return PeopleService(db)


@pytest.fixture
def districts(db) -> dict[str, str]:
    with db.write() as s:
        rows = [District(name="Europe"), District(name="Remicourt")]
        s.add_all(rows)
        s.flush()
        return {d.name: d.id for d in rows}


@pytest.fixture
def view(qtbot, service) -> PeopleView:
    v = PeopleView(service)
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    return v


def listed(view: PeopleView, column: int = COL_LAST_NAME) -> list[str]:
    """The texts the user reads in one column, top to bottom."""
    p = view.proxy
    return [p.index(r, column).data() for r in range(p.rowCount())]


def click_row(qtbot, view: PeopleView, last_name: str) -> None:
    row = listed(view).index(last_name)
    rect = view.table.visualRect(view.proxy.index(row, COL_LAST_NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_dialog(qtbot, view: PeopleView) -> PersonDialog:
    qtbot.waitUntil(lambda: view.person_dialog is not None and view.person_dialog.isVisible())
    assert view.person_dialog is not None
    return view.person_dialog


def save(qtbot, view: PeopleView, dialog: PersonDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.person_dialog is None)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user, accents included (QTest's keyClicks only knows ASCII keys)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def type_into(qtbot, edit, text: str) -> None:
    """Replace what a field holds, as select-all then typing does."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)


# --------------------------------------------------------------------------- the day


def test_receptionist_adds_a_person_by_typing(qtbot, view, service, districts):
    assert view.empty_label.isVisible()  # nobody yet: the screen says how to start
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view)

    type_text(qtbot, dialog.first_name_edit, "Hélène")
    qtbot.keyClicks(dialog.last_name_edit, "Martin")
    dialog.district_combo.setCurrentIndex(dialog.district_combo.findText("Remicourt"))
    qtbot.keyClicks(dialog.birth_year_edit, "19x84")  # the letter is refused as typed
    qtbot.keyClicks(dialog.email_edit, "Helene.Martin@Example.fr")
    qtbot.keyClicks(dialog.phone_edit, "0612345678")
    qtbot.mouseClick(dialog.consent_contact_check, Qt.MouseButton.LeftButton)
    assert dialog.consent_contact_check.isChecked()
    save(qtbot, view, dialog)

    assert view.table.isVisible()
    assert listed(view) == ["Martin"]
    assert listed(view, COL_FIRST_NAME) == ["Hélène"]
    assert listed(view, COL_DISTRICT) == ["Remicourt"]
    assert listed(view, COL_PHONE) == ["06 12 34 56 78"]
    assert view.selected_row() is not None and view.selected_row().first_name == "Hélène"
    assert view.count_label.text() == "1 person"

    (row,) = service.search("martin")
    stored = service.get(row.id)
    assert stored.draft.email == "helene.martin@example.fr"
    assert stored.draft.birth_year == 1984
    assert stored.draft.district_id == districts["Remicourt"]
    assert stored.consent_contact_on == date.today()


def test_ctrl_n_opens_the_form_and_cancel_saves_nothing(qtbot, view, service):
    qtbot.keyClick(view.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, view)
    assert dialog.windowTitle() == "New person"
    qtbot.keyClicks(dialog.first_name_edit, "Paul")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.person_dialog is None)
    assert service.count() == 0


def test_refused_edit_shows_errors_saves_nothing_then_fix_and_save(qtbot, view, service):
    service.create(PersonDraft(first_name="Hélène", last_name="Martin"))
    view.refresh()
    click_row(qtbot, view, "Martin")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter edits the selected person
    dialog = open_dialog(qtbot, view)
    assert dialog.first_name_edit.text() == "Hélène"

    qtbot.keyClicks(dialog.email_edit, "helene.martin@")  # unfinished address, no consent
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # stays open
    assert dialog.error_text("email") == person_error_text(PersonError.INVALID_EMAIL)
    assert dialog.error_text("consent_contact") == person_error_text(
        PersonError.CONTACT_WITHOUT_CONSENT
    )
    assert dialog.error_labels["email"].isVisible()
    assert dialog.email_edit.property(INVALID_PROPERTY) is True
    assert dialog.first_name_edit.property(INVALID_PROPERTY) in (None, False)
    assert dialog.focusWidget() is dialog.email_edit  # the first field to fix
    assert service.get(view.selected_person_id()).draft.email == ""  # nothing saved

    qtbot.keyClicks(dialog.email_edit, "example.fr")
    assert dialog.error_text("email") == ""  # fixing a field takes its red mark away
    assert dialog.email_edit.property(INVALID_PROPERTY) is False
    qtbot.mouseClick(dialog.consent_contact_check, Qt.MouseButton.LeftButton)
    assert dialog.error_text("consent_contact") == ""
    save(qtbot, view, dialog)

    assert listed(view, COL_EMAIL) == ["helene.martin@example.fr"]
    assert service.get(view.selected_person_id()).draft.email == "helene.martin@example.fr"


def test_double_click_edits_and_a_required_name_is_refused(qtbot, view, service):
    service.create(PersonDraft(first_name="Paul", last_name="Durand"))
    view.refresh()
    rect = view.table.visualRect(view.proxy.index(0, COL_FIRST_NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = open_dialog(qtbot, view)

    type_into(qtbot, dialog.last_name_edit, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("last_name") == person_error_text(PersonError.REQUIRED)
    assert dialog.focusWidget() is dialog.last_name_edit
    assert service.search("durand")  # still under the old name

    type_into(qtbot, dialog.last_name_edit, "Durand-Leroy")
    save(qtbot, view, dialog)
    assert listed(view) == ["Durand-Leroy"]


def test_saving_the_form_keeps_what_another_desk_changed_meanwhile(qtbot, view, service):
    person = service.create(PersonDraft(first_name="Paul", last_name="Durand", notes="Bénévole"))
    view.refresh()
    click_row(qtbot, view, "Durand")
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view)
    assert dialog.notes_edit.toPlainText() == "Bénévole"

    # While the form is open here, another desk records a birth year and new notes.
    service.update(
        person.id,
        PersonDraft(first_name="Paul", last_name="Durand", birth_year=1961, notes="Trésorier"),
    )

    qtbot.keyClicks(dialog.email_edit, "paul.durand@example.fr")
    qtbot.mouseClick(dialog.consent_contact_check, Qt.MouseButton.LeftButton)
    save(qtbot, view, dialog)

    stored = service.get(person.id).draft
    assert stored.email == "paul.durand@example.fr" and stored.consent_contact
    assert (stored.birth_year, stored.notes) == (1961, "Trésorier")  # not reverted


def test_a_district_deleted_while_the_form_is_open_is_said_under_the_field(
    qtbot, db, view, service, districts
):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view)
    qtbot.keyClicks(dialog.first_name_edit, "Paul")
    qtbot.keyClicks(dialog.last_name_edit, "Durand")
    dialog.district_combo.setCurrentIndex(dialog.district_combo.findText("Europe"))
    with db.write() as s:  # another desk removes the district meanwhile
        s.delete(s.get(District, districts["Europe"]))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # stays open, nothing saved
    assert dialog.error_text("district_id") == (
        "This district no longer exists (deleted meanwhile): choose another one"
    )
    assert dialog.district_combo.property(INVALID_PROPERTY) is True
    assert service.count() == 0
    dialog.reject()


def test_consent_date_is_shown_when_editing(qtbot, view, service):
    service.create(
        PersonDraft(first_name="Zoé", last_name="Caron", phone="0611223344", consent_contact=True)
    )
    view.refresh()
    click_row(qtbot, view, "Caron")
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, view)
    today = QLocale().toString(date.today(), QLocale.FormatType.ShortFormat)
    assert dialog.consent_date_label.text() == f"given on {today}"
    dialog.reject()


def test_search_ignores_accents_and_says_when_nothing_matches(qtbot, view, service):
    for first, last in [("Hélène", "Martin"), ("Paul", "Durand"), ("Élodie", "Bénard")]:
        service.create(PersonDraft(first_name=first, last_name=last))
    view.refresh()
    assert listed(view) == ["Bénard", "Durand", "Martin"]

    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, "helene")
    qtbot.waitUntil(lambda: listed(view, COL_FIRST_NAME) == ["Hélène"])

    type_into(qtbot, view.search_edit, "zzz")
    qtbot.waitUntil(lambda: view.empty_label.isVisible())
    assert view.empty_label.text() == (
        "No one matches “zzz”.\nCheck the spelling, or search by e-mail or phone number."
    )
    assert not view.table.isVisible()

    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)  # back to everyone
    assert len(listed(view)) == 3

    qtbot.keyClicks(view.search_edit, "benard")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # search now, go to the match
    assert view.table.hasFocus()
    assert view.selected_row() is not None and view.selected_row().first_name == "Élodie"


def test_delete_asks_first_then_the_person_is_gone(qtbot, view, service, monkeypatch):
    service.create(PersonDraft(first_name="Hélène", last_name="Martin"))
    service.create(PersonDraft(first_name="Paul", last_name="Durand"))
    view.refresh()
    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kw):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)

    click_row(qtbot, view, "Martin")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Delete)  # Del while typing erases letters
    assert asked == []

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Hélène Martin" in asked[0]
    assert listed(view) == ["Durand"]
    assert service.search("martin") == []
    assert view.selected_row() is not None  # the next person is ready for the next action


def test_saying_no_keeps_the_person(qtbot, view, service, monkeypatch):
    service.create(PersonDraft(first_name="Paul", last_name="Durand"))
    view.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    click_row(qtbot, view, "Durand")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert listed(view) == ["Durand"]


def test_a_council_member_is_kept_and_the_reason_is_said(qtbot, db, service, monkeypatch):
    member = service.create(PersonDraft(first_name="Karim", last_name="Ngoma"))
    with db.write() as s:
        council = Body(
            name="Conseil de quartier Europe", kind=catalog.BodyKind.NEIGHBOURHOOD_COUNCIL
        )
        s.add(council)
        s.flush()
        s.add(Membership(body_id=council.id, person_id=member.id, starts_on=date(2024, 1, 1)))
    view = PeopleView(service)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert listed(view, COL_BODIES) == ["1"]
    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kw):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)

    click_row(qtbot, view, "Ngoma")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: view.message_box is not None and view.message_box.isVisible())
    # Said at once: no "Delete? This cannot be undone." first, for a refusal after "Yes".
    assert asked == []
    box = view.message_box
    assert "Karim Ngoma" in box.text()
    assert "council" in box.informativeText()
    assert listed(view) == ["Ngoma"]
    assert service.search("ngoma")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_delete_button_says_who_is_kept(view):
    tip = view.delete_button.toolTip()
    assert "Del" in tip
    assert "kept for the record" in tip


def test_count_is_in_the_french_format(qtbot, qapp, db, service):
    i18n.install(qapp, "fr")  # put back to English, then as before, by the `english` fixture
    with db.write() as s:
        s.add_all(
            Person(first_name="Anne", last_name=f"Lambert {i:04}", search_key=f"lambert {i:04}")
            for i in range(1234)
        )
    view = PeopleView(service)
    qtbot.addWidget(view)
    # "1 234" with a (narrow) no-break space, the French way, and only the first 500 listed.
    thousands = QLocale().groupSeparator()
    assert thousands in ("\u202f", "\u00a0")
    assert view.count_label.text() == (
        f"1{thousands}234 personnes (les 500 premières sont affichées\u00a0: "
        "faites une recherche pour trouver les autres)"
    )
    assert view.model.rowCount() == 500


# --------------------------------------------------------------------------- the model


def _rows() -> list[PersonRow]:
    def row(i: int, first: str, last: str, district: str = "", bodies: int = 0) -> PersonRow:
        return PersonRow(
            id=f"id-{i}",
            first_name=first,
            last_name=last,
            district=district,
            email=f"{search_key(first)}@example.fr" if i % 2 else "",
            phone=f"06 12 34 56 7{i}" if i % 3 else "",
            consent_contact=bool(i % 2 or i % 3),
            bodies=bodies,
        )

    return [
        row(1, "Zoé", "Zola", "Europe", 2),
        row(2, "Éric", "Évrard"),
        row(3, "Paul", "Dupont", "Remicourt", 1),
        row(4, "Anne", "evrard", "Centre"),
    ]


def test_people_model_passes_qt_model_tester(qtmodeltester):
    model = PeopleModel()
    model.set_rows(_rows())
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_people_model_columns_ids_and_accent_blind_sorting(qtbot, view):
    view.model.set_rows(_rows())
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Last name",
        "First name",
        "District",
        "E-mail",
        "Phone",
        "Councils",
    ]
    assert view.model.index(0, COL_EMAIL).data(PERSON_ID_ROLE) == "id-1"
    view.table.sortByColumn(COL_LAST_NAME, Qt.SortOrder.AscendingOrder)
    assert listed(view) == ["Dupont", "evrard", "Évrard", "Zola"]
    view.table.sortByColumn(COL_DISTRICT, Qt.SortOrder.AscendingOrder)
    assert listed(view, COL_DISTRICT) == ["Centre", "Europe", "Remicourt", ""]
    view.table.sortByColumn(COL_BODIES, Qt.SortOrder.DescendingOrder)
    assert listed(view)[:2] == ["Zola", "Dupont"]


# --------------------------------------------------------------------------- the words


def _catalog_enums() -> list[type[Enum]]:
    return [
        obj
        for obj in vars(catalog).values()
        if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == catalog.__name__
    ]


def test_every_catalog_value_has_a_label(qapp):
    enums = _catalog_enums()
    assert set(enums) <= set(labelled_enums())
    for kind in enums:
        labels = [enum_label(member) for member in kind]
        assert all(labels), kind
        assert len(set(labels)) == len(labels), kind  # two values never read the same
        assert all(label != member.value for label, member in zip(labels, kind, strict=True))
    # Same value in two enums ("other"), different words.
    assert enum_label(catalog.SiteKind.OTHER) != enum_label(catalog.BodyKind.OTHER)


def test_every_person_error_has_a_sentence(qapp):
    texts = {code: person_error_text(code) for code in PersonError}
    assert all(text and text != code.value for code, text in texts.items())
    assert "500" in person_error_text(PersonError.TOO_LONG, 500)
