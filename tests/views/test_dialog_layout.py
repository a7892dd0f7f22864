"""What the new-user test found cut or cramped: whole button texts under the real theme, a
person form whose texts all show, that grows for errors and shrinks back once they go."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from citizenspace import i18n
from citizenspace.services.people.people import PeopleService
from citizenspace.views.people.person_dialog import NOTES_LINES, PersonDialog
from citizenspace.views.shell.app import BASE_POINT_SIZE, load_theme, restore_question


@pytest.fixture(params=["fr", "en"])
def themed(request, qapp):
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


@pytest.fixture
def dialog(qtbot, db, themed) -> PersonDialog:
    d = PersonDialog(PeopleService(db))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    qtbot.waitUntil(lambda: not d.fitting)
    return d


def _text_fits(button: QPushButton) -> bool:
    """The label's width plus the theme's padding (16 px a side) fits in the button."""
    return button.fontMetrics().horizontalAdvance(button.text()) + 2 * 16 <= button.width()


def _whole(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def _top_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


def test_no_state_of_a_button_changes_its_font() -> None:
    """A button is measured once, but becomes the default (or not) as the focus moves: a bold
    `:default` cut "Enregistrer" to ":nregistre". State rules may change colours only."""
    theme = re.sub(r"/\*.*?\*/", "", load_theme(), flags=re.DOTALL)
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", theme):
        if "QPushButton" in selectors and ":" in selectors:
            assert "font" not in body, selectors.strip()


def test_the_default_buttons_show_their_whole_text(qtbot, dialog: PersonDialog) -> None:
    for button in (dialog.save_button, dialog.cancel_button):
        assert _text_fits(button), button.text()
    dialog.cancel_button.setFocus()  # the focus moves: Save stops being the default
    qtbot.waitUntil(lambda: dialog.cancel_button.hasFocus())
    for button in (dialog.save_button, dialog.cancel_button):
        assert _text_fits(button), button.text()


def test_the_restore_question_shows_its_whole_buttons(qtbot, themed) -> None:
    box, _restore = restore_question("The file is damaged.\n\nRestore the backup?", Path("b.db"))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    buttons = box.findChildren(QPushButton)
    assert len(buttons) >= 2
    for button in buttons:
        if button.isVisible():
            assert _text_fits(button), button.text()


def test_the_consent_box_and_its_date_show_whole(qtbot, dialog: PersonDialog) -> None:
    check = dialog.consent_contact_check
    assert check.width() >= check.sizeHint().width()  # "… or phone" is not cut
    assert dialog.consent_date_label.isHidden()

    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    note = dialog.consent_date_label
    qtbot.waitUntil(lambda: note.isVisible() and not dialog.fitting)
    assert note.text() == QCoreApplication.translate("PersonDialog", "recorded today when you save")
    assert note.wordWrap() and _whole(note)
    # Under the box, not squeezed beside it.
    assert _top_in(note, dialog) >= _top_in(check, dialog) + check.height()
    assert check.width() >= check.sizeHint().width()


def test_the_form_opens_with_room_for_every_text(dialog: PersonDialog) -> None:
    notes = dialog.notes_edit
    assert notes.height() >= NOTES_LINES * notes.fontMetrics().lineSpacing()
    assert _whole(dialog.notes_hint_label)  # the CNIL advice is read to its end
    assert dialog.width() >= dialog.layout().totalMinimumSize().width()
    assert dialog.height() >= dialog.layout().totalMinimumSize().height()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.text():
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_errors_make_room_then_the_form_shrinks_back(qtbot, dialog: PersonDialog) -> None:
    opened = dialog.height()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("first_name") and dialog.error_text("last_name")
    qtbot.waitUntil(lambda: not dialog.fitting)
    assert dialog.height() > opened
    for name in ("first_name", "last_name"):
        assert _whole(dialog.error_labels[name])

    qtbot.keyClicks(dialog.first_name_edit, "Anne")
    qtbot.keyClicks(dialog.last_name_edit, "Durand")
    qtbot.waitUntil(lambda: not dialog.fitting)
    assert dialog.error_text("first_name") == "" and dialog.error_text("last_name") == ""
    assert dialog.height() == opened  # no empty gaps left where the errors were


def test_a_window_the_user_made_taller_keeps_its_height(qtbot, dialog: PersonDialog) -> None:
    taller = dialog.height() + 200
    dialog.resize(dialog.width(), taller)
    qtbot.waitUntil(lambda: dialog.height() == taller)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.first_name_edit, "Anne")
    qtbot.waitUntil(lambda: not dialog.fitting)
    assert dialog.height() == taller
    assert dialog.notes_edit.height() > NOTES_LINES * dialog.notes_edit.fontMetrics().lineSpacing()
