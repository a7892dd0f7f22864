"""A child votes at the kiosk: the scanner types the code, the child touches projects,
confirms; the same card is refused next time; a ballot left half-way is thrown away. The
next child gets nothing of the previous one, and only staff with the PIN close the kiosk."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from sqlalchemy import func, select

from citizenspace.domain.budget import codes
from citizenspace.domain.catalog import EditionPhase, VotingMethod
from citizenspace.services.budget.budget import BudgetService
from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.models import Ballot, UsedCode
from citizenspace.views.budget.kiosk import KioskWindow
from citizenspace.views.budget.kiosk_frame import KioskField
from tests.budget_fixtures import TODAY, open_vote, set_phase

#: French, as the children and the staff read it.
pytestmark = pytest.mark.usefixtures("french")


@pytest.fixture
def kiosk_for(qtbot, db):
    def make(**kw) -> tuple[KioskWindow, object]:
        vote = open_vote(db, **kw)
        service = BudgetService(db, today=lambda: TODAY)
        window = KioskWindow(service, service.open_edition(), idle_ms=400, thanks_ms=300)
        qtbot.addWidget(window, before_close_func=KioskWindow.shut_down)  # refuses close()
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # keys go where a real keyboard sends them
        qtbot.waitUntil(window.isActiveWindow)
        return window, vote

    return make


def counts(db) -> tuple[int, int]:
    """Used codes and ballots: in the kiosk's ballot box, and in its database."""
    held = BallotBox.for_database(db.path).held()
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(UsedCode)) + len(held.used_codes),
            s.scalar(select(func.count()).select_from(Ballot)) + len(held.ballots),
        )


def scan(qtbot, window: KioskWindow, code: str) -> None:
    """A keyboard-wedge scanner: the code's characters, then Enter, into the kiosk."""
    for char in codes.format_code(code):
        qtbot.keyClick(QApplication.focusWidget() or window, char)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)


def touch(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_child_votes_with_a_scanned_code(qtbot, db, kiosk_for, tmp_path):
    window, vote = kiosk_for()
    assert window.current_page() == "welcome"
    scan(qtbot, window, vote.codes[0])
    assert window.current_page() == "choose", window.code_message.text()
    assert "0 sur 2" in window.counter.text()
    assert not window.next_button.isEnabled()
    touch(qtbot, window.cards["p1"])
    touch(qtbot, window.cards["p3"])
    assert window.cards["p1"].chosen and window.cards["p3"].chosen
    touch(qtbot, window.cards["p2"])  # a third one is too many: a message, no change
    assert not window.cards["p2"].chosen and window.choose_message.text()
    touch(qtbot, window.cards["p3"])  # changed their mind
    touch(qtbot, window.cards["p2"])
    window.grab().save(str(tmp_path / "kiosk-choose.png"))
    touch(qtbot, window.next_button)
    assert window.current_page() == "review"
    assert "Une aire de jeux" in window.review_list.text()
    assert "Des boîtes à livres" in window.review_list.text()
    touch(qtbot, window.confirm_button)
    assert window.current_page() == "thanks"
    assert counts(db) == (1, 1)
    qtbot.waitUntil(lambda: window.current_page() == "welcome", timeout=3000)
    # Nothing of the previous child remains on screen.
    assert not any(card.chosen for card in window.cards.values())

    # The same card again: refused with a friendly message, nothing written.
    scan(qtbot, window, vote.codes[0])
    assert window.current_page() == "code"
    assert window.code_message.text()
    assert counts(db) == (1, 1)


def test_a_code_typed_on_the_keypad(qtbot, db, kiosk_for):
    window, vote = kiosk_for()
    touch(qtbot, window.start_button)
    assert window.current_page() == "code"
    for char in vote.codes[1]:
        touch(qtbot, window._keys[char])
    touch(qtbot, window.code_ok)
    assert window.current_page() == "choose"


def test_a_wrong_code_gets_a_message_and_the_child_can_try_again(qtbot, db, kiosk_for):
    window, vote = kiosk_for()
    wrong = vote.codes[0][:-1] + ("0" if vote.codes[0][-1] != "0" else "1")
    scan(qtbot, window, wrong)
    assert window.current_page() == "code"
    message = window.code_message.text()
    assert "lettre" in message
    window.code_edit.clear()
    scan(qtbot, window, vote.codes[0])
    assert window.current_page() == "choose"


def test_a_half_filled_ballot_is_discarded_when_nobody_touches_the_screen(qtbot, db, kiosk_for):
    window, vote = kiosk_for()
    scan(qtbot, window, vote.codes[0])
    touch(qtbot, window.cards["p1"])
    qtbot.waitUntil(lambda: window.current_page() == "welcome", timeout=3000)
    assert window.welcome_message.text()
    assert counts(db) == (0, 0)
    # The code was not spent: the child can come back and vote.
    scan(qtbot, window, vote.codes[0])
    assert window.current_page() == "choose"
    assert not window.cards["p1"].chosen


def test_a_basket_fills_up_and_refuses_what_does_not_fit(qtbot, db, kiosk_for):
    window, vote = kiosk_for(method=VotingMethod.KNAPSACK, max_choices=None)
    scan(qtbot, window, vote.codes[0])
    assert window.basket.isVisible()
    touch(qtbot, window.cards["p1"])  # 4 500 €
    touch(qtbot, window.cards["p3"])  # 6 000 €: does not fit in 10 000 €
    assert not window.cards["p3"].chosen and window.choose_message.text()
    touch(qtbot, window.cards["p2"])
    assert window.basket.value() == 570_000


def test_an_adult_unlocks_each_vote_where_no_codes_were_printed(qtbot, db, kiosk_for):
    BudgetService(db).set_pin("2468")
    window, vote = kiosk_for(batches=False)
    touch(qtbot, window.start_button)
    qtbot.keyClicks(window.code_edit, "1111")
    qtbot.keyClick(window.code_edit, Qt.Key.Key_Return)
    assert window.current_page() == "code" and window.code_message.text()
    window.code_edit.clear()
    qtbot.keyClicks(window.code_edit, "2468")
    qtbot.keyClick(window.code_edit, Qt.Key.Key_Return)
    assert window.current_page() == "choose"
    touch(qtbot, window.cards["p2"])
    touch(qtbot, window.next_button)
    touch(qtbot, window.confirm_button)
    assert counts(db) == (0, 1)


def test_closing_the_kiosk_never_sends_fewer_than_ten_votes(computer_maker, share):
    """Fewer than ten votes wait on the kiosk, even when staff close it (a lone ballot on the
    share right after a code was used would say who voted what); once the vote is over, the
    last ones leave together, shuffled."""
    import gzip
    import json

    from citizenspace.views.shell.kiosk_app import _last_round

    def sent() -> list[str]:
        secret = []
        for path in (share / "devices").glob("*/*/seg-*.json.gz"):
            secret += json.loads(gzip.decompress(path.read_bytes()))["body"]["secret"]
        return sorted(t for t, _r, _d in secret)

    kiosk = computer_maker("fr")("borne")
    vote = open_vote(kiosk, n_codes=12)
    service = BudgetService(kiosk, today=lambda: TODAY)
    for code in vote.codes[:3]:
        service.cast_with_code(vote.edition_id, code, ["p1"])
    _last_round(kiosk)
    assert sent() == [] and counts(kiosk) == (3, 3)  # kept, not lost
    for code in vote.codes[3:]:
        service.cast_with_code(vote.edition_id, code, ["p1"])
    set_phase(kiosk, EditionPhase.RESULTS)  # the coordinator closed the vote
    _last_round(kiosk)
    assert sent() == ["ballots"] * 12 + ["used_codes"] * 12


# --------------------------------------------------------------------------- issue 10


def press(qtbot, target, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key on the kiosk's keyboard: to the focused widget of the window `target`, as a
    real keyboard sends it (or to `target` itself, a field, say)."""
    focus = QApplication.focusWidget()
    if focus is not None and target.isWindow() and target.isAncestorOf(focus):
        target = focus
    qtbot.keyClick(target, key, modifier)


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def menus_open() -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]


def try_every_way_back(qtbot, field) -> None:
    """What the next child can do to a field to get at what was typed before: the undo and
    redo keys, the field's own undo, and the context menu (right-click, press-and-hold or
    the menu key), whose Undo would do the same."""
    field.setFocus()
    for key, modifier in (
        (Qt.Key.Key_Z, CTRL),
        (Qt.Key.Key_Y, CTRL),
        (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Undo, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_V, CTRL),
    ):
        press(qtbot, field, key, modifier)
    for reason in (QContextMenuEvent.Reason.Mouse, QContextMenuEvent.Reason.Keyboard):
        centre = field.rect().center()
        QApplication.sendEvent(field, QContextMenuEvent(reason, centre, field.mapToGlobal(centre)))
        qtbot.wait(20)
        assert menus_open() == [] and QApplication.activePopupWidget() is None
    assert not field.isUndoAvailable() and not field.isRedoAvailable()
    field.undo()
    field.redo()


@pytest.mark.parametrize("typed_on", ["scanner", "keypad", "supervisor"])
def test_after_the_idle_reset_nothing_of_the_previous_child_comes_back(
    qtbot, db, kiosk_for, typed_on
):
    if typed_on == "supervisor":
        BudgetService(db).set_pin("2468")
    window, vote = kiosk_for(batches=typed_on != "supervisor")
    QApplication.clipboard().setText("")
    code = vote.codes[0]
    # A child gets as far as the review, then walks away.
    if typed_on == "scanner":
        scan(qtbot, window, code)
    else:
        touch(qtbot, window.start_button)
        for char in "2468" if typed_on == "supervisor" else code:
            touch(qtbot, window._keys[char])
        touch(qtbot, window.code_ok)
    assert window.current_page() == "choose"
    touch(qtbot, window.cards["p1"])
    touch(qtbot, window.next_button)
    assert "Une aire de jeux" in window.review_list.text()
    qtbot.waitUntil(lambda: window.current_page() == "welcome", timeout=3000)

    # Nothing of theirs in any widget, shown or hidden.
    assert window.review_list.text() == ""
    assert not any(card.chosen for card in window.cards.values())
    assert "0" in window.counter.text() and window.basket.value() <= 0
    assert [m.text() for m in (window.code_message, window.choose_message)] == ["", ""]
    assert window.review_message.text() == ""
    field = window.code_edit
    assert field.text() == "" and not field.isUndoAvailable() and not field.isRedoAvailable()

    # The next child tries every way back to the code, or the adult's PIN.
    touch(qtbot, window.start_button)
    assert window.current_page() == "code"
    try_every_way_back(qtbot, field)
    assert field.text() == ""
    assert QApplication.clipboard().text() == ""
    touch(qtbot, window.code_ok)
    assert window.current_page() == "code"  # nothing to vote with
    assert counts(db) == (0, 0)


def test_the_code_half_typed_before_the_reset_is_gone_too(qtbot, db, kiosk_for):
    """The exact attack: type a code without confirming, let the kiosk reset, then undo."""
    window, vote = kiosk_for()
    touch(qtbot, window.start_button)
    for char in vote.codes[0]:
        touch(qtbot, window._keys[char])
    window.code_edit.selectAll()
    press(qtbot, window.code_edit, Qt.Key.Key_C, CTRL)  # copy: refused
    press(qtbot, window.code_edit, Qt.Key.Key_X, CTRL)  # cut: refused
    assert QApplication.clipboard().text() != codes.format_code(vote.codes[0])
    qtbot.waitUntil(lambda: window.current_page() == "welcome", timeout=3000)
    touch(qtbot, window.start_button)
    try_every_way_back(qtbot, window.code_edit)
    assert window.code_edit.text() == ""
    # The child whose code it is can still vote with it: it was never spent.
    scan(qtbot, window, vote.codes[0])
    assert window.current_page() == "choose"


def test_after_a_vote_the_review_is_emptied_before_the_thank_you(qtbot, db, kiosk_for):
    window, vote = kiosk_for()
    scan(qtbot, window, vote.codes[0])
    touch(qtbot, window.cards["p2"])
    touch(qtbot, window.next_button)
    touch(qtbot, window.confirm_button)
    assert window.current_page() == "thanks"
    assert window.review_list.text() == "" and window.code_edit.text() == ""
    assert not window.code_edit.isUndoAvailable()


def test_every_input_and_the_window_refuse_a_context_menu(qtbot, db, kiosk_for):
    window, _vote = kiosk_for()
    for widget in (window, window.code_edit, window.staff_pin):
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert all(
        isinstance(edit, KioskField) for edit in window.findChildren(QLineEdit)
    )  # no plain field with Qt's default menu and undo


def test_a_close_request_leaves_the_kiosk_open(qtbot, db, kiosk_for):
    """Alt+F4, the window manager's close button, or any program asking it to close."""
    exited = []
    window, _vote = kiosk_for()
    window.staff_exited.connect(lambda: exited.append(True))
    assert window.close() is False
    request = QCloseEvent()
    QApplication.sendEvent(window, request)
    assert not request.isAccepted()
    qtbot.wait(50)
    assert window.isVisible() and window.current_page() == "welcome" and exited == []


@pytest.fixture
def with_pin(db):
    BudgetService(db).set_pin("2468")
    return "2468"


def test_the_staff_exit_needs_the_pin_on_every_screen(qtbot, db, kiosk_for, with_pin, caplog):
    window, vote = kiosk_for()
    exited = []
    window.staff_exited.connect(lambda: exited.append(True))

    # Mid-vote, with the focus in the code field: Ctrl+Alt+Q opens the PIN page, and the
    # unfinished ballot is thrown away.
    touch(qtbot, window.start_button)
    for char in vote.codes[0][:6]:
        touch(qtbot, window._keys[char])
    press(qtbot, window.code_edit, Qt.Key.Key_Q, CTRL_ALT)
    assert window.current_page() == "staff"
    assert window.code_edit.text() == "" and window.focusWidget() is window.staff_pin
    touch(qtbot, window.staff_cancel)
    assert window.current_page() == "welcome" and window.isVisible()

    # No PIN typed, then a wrong one: the kiosk stays open.
    press(qtbot, window, Qt.Key.Key_Q, CTRL_ALT)
    assert window.current_page() == "staff"
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.isVisible() and window.staff_message.text()
    caplog.set_level(logging.INFO, logger="citizenspace.views.budget.kiosk_frame")
    caplog.clear()
    qtbot.keyClicks(window.staff_pin, "1111")
    press(qtbot, window.staff_pin, Qt.Key.Key_Return)
    assert [r.message for r in caplog.records if "refused" in r.message] == [
        "kiosk: staff exit refused: wrong PIN"
    ]  # checked once, not again with the emptied field
    assert window.isVisible() and window.current_page() == "staff"
    assert "PIN" in window.staff_message.text() and window.staff_pin.text() == ""
    assert exited == []

    # Left alone, the PIN page goes back to the welcome screen.
    qtbot.waitUntil(lambda: window.current_page() == "welcome", timeout=3000)
    assert window.welcome_message.text() == ""

    # From the choice screen too; the right PIN on the keypad closes the kiosk.
    scan(qtbot, window, vote.codes[0])
    touch(qtbot, window.cards["p1"])
    press(qtbot, window, Qt.Key.Key_Q, CTRL_ALT)
    assert window.current_page() == "staff"
    assert not window.cards["p1"].chosen
    for char in with_pin:
        touch(qtbot, window.staff_keys[char])
    touch(qtbot, window.staff_ok)
    assert exited == [True] and not window.isVisible()
    assert counts(db) == (0, 0)


def test_without_a_pin_set_the_kiosk_says_so_and_stays_open(qtbot, db, kiosk_for):
    window, _vote = kiosk_for()
    press(qtbot, window, Qt.Key.Key_Q, CTRL_ALT)
    assert window.current_page() == "staff"
    assert "PIN" in window.staff_message.text()
    qtbot.keyClicks(window.staff_pin, "0000")
    press(qtbot, window.staff_pin, Qt.Key.Key_Return)
    assert window.isVisible() and "PIN" in window.staff_message.text()


def test_the_vote_closed_screen_refuses_close_requests_and_honours_the_staff_exit(
    qtbot, db, with_pin
):
    from citizenspace.views.shell.kiosk_app import ClosedKiosk

    exited = []
    window = ClosedKiosk(
        BudgetService(db, today=lambda: TODAY), idle_ms=400, on_staff_exit=lambda: exited.append(1)
    )
    qtbot.addWidget(window, before_close_func=ClosedKiosk.shut_down)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.close() is False and window.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Q, CTRL_ALT)
    assert window.pages.currentWidget() is window.staff_page
    qtbot.keyClicks(window.staff_pin, "1357")
    press(qtbot, window.staff_pin, Qt.Key.Key_Return)
    assert window.isVisible() and exited == []
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.closed_page, timeout=3000)
    press(qtbot, window, Qt.Key.Key_Q, CTRL_ALT)
    qtbot.keyClicks(window.staff_pin, with_pin)
    press(qtbot, window.staff_pin, Qt.Key.Key_Return)
    assert exited == [1] and not window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, CTRL),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_A, CTRL),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_U, Qt.KeyboardModifier.NoModifier),  # not a code character
    ],
)
def test_keys_the_welcome_screen_does_not_use_do_nothing(qtbot, db, kiosk_for, key, modifier):
    window, vote = kiosk_for()
    press(qtbot, window, key, modifier)
    assert window.current_page() == "welcome"
    assert window.code_edit.text() == ""
    scan(qtbot, window, vote.codes[0])  # the next correct code is accepted
    assert window.current_page() == "choose", window.code_message.text()


def test_on_the_code_screen_stray_keys_add_nothing(qtbot, db, kiosk_for):
    window, vote = kiosk_for()
    touch(qtbot, window.start_button)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_F1):
        press(qtbot, window, key)
    press(qtbot, window, Qt.Key.Key_W, CTRL)
    assert window.code_edit.text() == ""
    scan(qtbot, window, vote.codes[0])
    assert window.current_page() == "choose", window.code_message.text()
