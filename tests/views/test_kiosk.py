"""A child votes at the kiosk: the scanner types the code, the child touches projects,
confirms; the same card is refused next time; a ballot left half-way is thrown away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from citizenspace.domain.budget import codes
from citizenspace.domain.catalog import VotingMethod
from citizenspace.services.budget import BudgetService
from citizenspace.store.models import Ballot, UsedCode
from citizenspace.views.kiosk import KioskWindow
from tests.budget_fixtures import TODAY, open_vote


@pytest.fixture
def kiosk_for(qtbot, db):
    def make(**kw) -> tuple[KioskWindow, object]:
        vote = open_vote(db, **kw)
        service = BudgetService(db, today=lambda: TODAY)
        window = KioskWindow(service, service.open_edition(), idle_ms=400, thanks_ms=300)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window, vote

    return make


def counts(db) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(UsedCode)),
            s.scalar(select(func.count()).select_from(Ballot)),
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
    assert "0 of 2" in window.counter.text() or "0 sur 2" in window.counter.text()
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
    assert "letter" in message or "lettre" in message
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


def test_closing_the_kiosk_sends_the_last_few_votes(computer_maker, share):
    """Fewer than ten votes wait on the kiosk (a lone ballot on the share right after a
    code was used would say who voted what); closing the kiosk sends them all, shuffled."""
    import gzip
    import json

    from citizenspace.views.kiosk_app import _last_round

    kiosk = computer_maker("fr")("borne")
    vote = open_vote(kiosk)
    service = BudgetService(kiosk, today=lambda: TODAY)
    for code in vote.codes[:3]:
        service.cast_with_code(vote.edition_id, code, ["p1"])
    _last_round(kiosk)
    secret = []
    for path in (share / "devices").glob("*/*/seg-*.json.gz"):
        secret += json.loads(gzip.decompress(path.read_bytes()))["body"]["secret"]
    assert sorted(t for t, _r, _d in secret) == ["ballots"] * 3 + ["used_codes"] * 3
