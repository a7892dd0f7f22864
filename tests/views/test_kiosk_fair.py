"""Fair to every project, calm for every child, on the kiosk's own tablet (1280×800).

Every project is reachable by big "more projects" buttons (no hidden scrolling), in an order
dealt afresh for each child and kept nowhere; "Stop" asks first; a wrong character costs a
touch or two; a message never moves what is under a finger."""

from __future__ import annotations

import json
import logging
import random
import sqlite3

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollBar

from citizenspace.domain.budget import codes
from citizenspace.domain.catalog import ProjectStatus
from citizenspace.services.budget.budget import BudgetService
from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.models import Project
from citizenspace.views.budget.kiosk import KioskWindow
from tests.budget_fixtures import TODAY, open_vote

pytestmark = pytest.mark.usefixtures("french")

#: Easy-read texts of every length a class writes, so that cards are not all alike.
TEXTS = (
    "Nous voulons des bancs.",
    "Nous voulons un terrain de foot. Les grands et les petits joueront ensemble. Il y aura "
    "des buts à la bonne taille pour chacun.",
    "Nous voulons planter des arbres dans la cour. Ils feront de l'ombre en été. Les oiseaux "
    "viendront y vivre. Chaque classe arrosera son arbre. Un panneau dira le nom de chaque "
    "arbre et de la classe qui s'en occupe.",
)


def add_projects(db, count: int) -> list[str]:
    """`count` more projects on the ballot of the edition `open_vote` made (3 already)."""
    ids = []
    with db.write() as s:
        for i in range(4, 4 + count):
            pid = f"extra-{i:02d}"
            s.add(
                Project(
                    id=pid,
                    edition_id="ed1",
                    title=f"Projet numéro {i}",
                    easy_read=TEXTS[i % len(TEXTS)],
                    cost_cents=50_000 + i * 10_000,
                    status=ProjectStatus.ON_BALLOT,
                    ballot_order=i,
                )
            )
            ids.append(pid)
    return ids


@pytest.fixture
def kiosk(qtbot, db):
    """A kiosk on a 12-project ballot, its window the tablet's size (or `size`), dealing
    with a seeded generator so that a failure can be replayed."""

    def make(size=(1280, 800), seed=2027, projects=12, **kw) -> tuple[KioskWindow, object]:
        vote = open_vote(db, **kw)
        add_projects(db, projects - 3)
        service = BudgetService(db, today=lambda: TODAY)
        window = KioskWindow(
            service,
            service.open_edition(),
            idle_ms=60_000,
            thanks_ms=200,
            rng=random.Random(seed),
        )
        qtbot.addWidget(window, before_close_func=KioskWindow.shut_down)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window, vote

    return make


def touch(qtbot, widget, pos: QPoint | None = None) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def scan(qtbot, window: KioskWindow, code: str) -> None:
    for char in codes.format_code(code):
        qtbot.keyClick(QApplication.focusWidget() or window, char)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)


def on_screen(window: KioskWindow) -> list[str]:
    """The projects a child sees now, in reading order (rows, then left to right), each
    whole inside the window."""
    seen = []
    for pid, card in window.cards.items():
        if not card.isVisible():
            continue
        box = QRect(card.mapTo(window, QPoint(0, 0)), card.size())
        assert window.rect().contains(box), f"{pid} is cut: {box} in {window.rect()}"
        seen.append((box.top(), box.left(), pid))
    return [pid for _top, _left, pid in sorted(seen)]


def walk_pages(qtbot, window: KioskWindow) -> list[list[str]]:
    """Every page, by touching "More projects" until there are no more."""
    pages = [on_screen(window)]
    while window.more_button.isVisible() and window.more_button.isEnabled():
        touch(qtbot, window.more_button)
        pages.append(on_screen(window))
    return pages


def no_scrolling(window: KioskWindow) -> None:
    page = window.choose_page
    assert page.findChildren(QAbstractScrollArea) == []
    assert [b for b in page.findChildren(QScrollBar) if b.isVisible()] == []


def geometry(window: KioskWindow, widgets) -> list[QRect]:
    return [QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for w in widgets]


def ballots(db) -> list[dict]:
    return BallotBox.for_database(db.path).held().ballots


# --------------------------------------------------------------------------- acceptance


def test_a_child_votes_for_the_project_shown_last_on_a_twelve_project_ballot(
    qtbot, db, kiosk, tmp_path
):
    """At 1280×800: the last project (after the shuffle) is found by the "more projects"
    button alone, chosen, and it is exactly what the ballot records."""
    window, vote = kiosk()
    scan(qtbot, window, vote.codes[0])
    assert window.current_page() == "choose"
    no_scrolling(window)
    assert window.page_label.text() == f"Page 1 sur {window.deck.page_count}"
    pages = walk_pages(qtbot, window)
    shown = [pid for page in pages for pid in page]
    assert sorted(shown) == sorted(window.cards)  # every project, each once
    assert len(pages) == window.deck.page_count >= 2
    assert max(map(len, pages)) - min(map(len, pages)) <= 1  # no thin last page
    assert window.page_label.text() == f"Page {len(pages)} sur {len(pages)}"
    assert not window.more_button.isEnabled() and window.previous_button.isEnabled()
    window.grab().save(str(tmp_path / "kiosk-last-page.png"))
    last = pages[-1][-1]

    touch(qtbot, window.cards[last])
    assert window.cards[last].chosen
    touch(qtbot, window.next_button)
    assert window.current_page() == "review"
    assert window.review_list.text() == f"✔ {window.cards[last].project.title}"
    assert window.review_unseen.text() == ""  # every page was seen
    touch(qtbot, window.confirm_button)
    assert window.current_page() == "thanks"
    assert [json.loads(b["choices"]) for b in ballots(db)] == [[last]]


# --------------------------------------------------------------------------- the order


def test_each_child_gets_a_new_order(qtbot, db, kiosk):
    window, vote = kiosk()
    scan(qtbot, window, vote.codes[0])
    first = walk_pages(qtbot, window)
    touch(qtbot, window.cards[first[-1][0]])
    touch(qtbot, window.next_button)
    touch(qtbot, window.confirm_button)
    qtbot.waitUntil(lambda: window.current_page() == "welcome", timeout=3000)

    scan(qtbot, window, vote.codes[1])
    assert window.deck.page == 0  # the next child starts on the first page
    second = walk_pages(qtbot, window)
    assert sorted(sum(first, [])) == sorted(sum(second, []))
    assert first != second and first[0] != second[0]


def test_over_many_children_every_project_is_first_and_last(qtbot, db, kiosk):
    """No project keeps a place: dealt for 300 children, each project is on the first page
    and on the last page for some of them, and first on screen for some."""
    window, _vote = kiosk()
    scan(qtbot, window, _vote.codes[0])
    firsts, on_first, on_last = set(), set(), set()
    for _child in range(300):
        window.restart()
        pages = window.deck.pages
        firsts.add(pages[0][0])
        on_first.update(pages[0])
        on_last.update(pages[-1])
    assert firsts == on_first == on_last == set(window.cards)


def test_the_order_is_kept_nowhere(qtbot, db, kiosk, caplog):
    """Two children dealt different orders choose the same two projects, touched in the
    order each saw them: their ballots are the same, the database did not change, and no
    log line names a project."""
    caplog.set_level(logging.DEBUG)
    window, vote = kiosk()
    before = _dump(db.path)
    made = []
    for code in vote.codes[:2]:
        scan(qtbot, window, code)
        pages = walk_pages(qtbot, window)
        made.append(pages)
        wanted = [pid for page in pages for pid in page if pid in ("p2", "extra-07")]
        for pid in wanted:
            while pid not in on_screen(window):
                back = window.deck.page_of(pid) < window.deck.page
                touch(qtbot, window.previous_button if back else window.more_button)
            touch(qtbot, window.cards[pid])
        touch(qtbot, window.next_button)
        touch(qtbot, window.confirm_button)
        qtbot.waitUntil(lambda: window.current_page() == "welcome", timeout=3000)
    assert made[0] != made[1]
    held = ballots(db)
    assert [json.loads(b["choices"]) for b in held] == [["extra-07", "p2"]] * 2
    assert {frozenset(b) for b in held} == {
        frozenset({"id", "edition_id", "channel", "site_id", "cast_on", "choices"})
    }
    assert _dump(db.path) == before  # a vote lives in the ballot box until it leaves
    names = set(window.cards) | {c.project.title for c in window.cards.values()}
    assert [r.getMessage() for r in caplog.records if any(n in r.getMessage() for n in names)] == []


def _dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# --------------------------------------------------------------------------- paging


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_every_page_is_whole_and_reached_back_and_forth(qtbot, db, kiosk, size):
    window, vote = kiosk(size=size)
    scan(qtbot, window, vote.codes[0])
    no_scrolling(window)
    forth = walk_pages(qtbot, window)
    back = [on_screen(window)]
    while window.previous_button.isEnabled():
        touch(qtbot, window.previous_button)
        back.append(on_screen(window))
    assert back == forth[::-1]
    for button in (window.previous_button, window.more_button, window.next_button):
        assert button.height() >= 90 * window.scale  # a big target, not a hairline
    assert window.deck.page == 0 and not window.previous_button.isEnabled()


def test_the_review_lists_choices_from_every_page_and_says_what_was_not_seen(qtbot, db, kiosk):
    window, vote = kiosk()
    scan(qtbot, window, vote.codes[0])
    first_page = on_screen(window)
    touch(qtbot, window.cards[first_page[0]])
    touch(qtbot, window.next_button)
    assert window.review_unseen.text()  # pages 2 and 3 not seen yet
    touch(qtbot, window.change_button)
    assert window.deck.page == 1  # where the projects not seen begin
    touch(qtbot, window.more_button)
    last = on_screen(window)[-1]
    touch(qtbot, window.cards[last])
    touch(qtbot, window.next_button)
    titles = window.review_list.text().split("\n")
    assert titles == [f"✔ {window.cards[p].project.title}" for p in (first_page[0], last)]
    assert window.review_unseen.text() == ""


def test_a_ballot_that_fits_on_one_page_shows_no_pager(qtbot, db, kiosk):
    window, vote = kiosk(projects=3)
    scan(qtbot, window, vote.codes[0])
    assert sorted(on_screen(window)) == ["p1", "p2", "p3"]
    assert not window.more_button.isVisible() and not window.page_label.isVisible()


# --------------------------------------------------------------------------- stop


def test_stop_asks_first_and_no_keeps_the_ballot(qtbot, db, kiosk):
    window, vote = kiosk()
    scan(qtbot, window, vote.codes[0])
    touch(qtbot, window.more_button)
    chosen = on_screen(window)[:2]
    for pid in chosen:
        touch(qtbot, window.cards[pid])
    stop_at = window.stop_button.mapTo(window, window.stop_button.rect().center())
    touch(qtbot, window.stop_button)
    assert window.current_page() == "stop"
    # "No, keep voting" is the big default; nothing answers a second touch where "Stop" was.
    assert window.focusWidget() is window.keep_button
    assert window.keep_button.height() > window.quit_button.height()
    assert window.keep_button.width() > window.quit_button.width()
    for button in (window.keep_button, window.quit_button):
        assert not QRect(button.mapTo(window, QPoint(0, 0)), button.size()).contains(stop_at)

    touch(qtbot, window.keep_button)
    assert window.current_page() == "choose"
    assert window.deck.page == 1 and on_screen(window)[:2] == chosen
    assert [window.cards[p].chosen for p in chosen] == [True, True]

    touch(qtbot, window.stop_button)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)  # the default
    assert window.current_page() == "choose" and window.cards[chosen[0]].chosen
    touch(qtbot, window.stop_button)
    touch(qtbot, window.quit_button)
    assert window.current_page() == "welcome"
    assert not any(card.chosen for card in window.cards.values())
    assert ballots(db) == []
    scan(qtbot, window, vote.codes[0])  # the code was not spent
    assert window.current_page() == "choose"


# --------------------------------------------------------------------------- keypad


@pytest.mark.parametrize(("size", "least"), [((1280, 800), 110), ((1920, 1080), 145)])
def test_the_keys_are_big_and_grow_with_the_screen(qtbot, db, kiosk, size, least):
    window, _vote = kiosk(size=size)
    touch(qtbot, window.start_button)
    keys = [*window._keys.values(), window.erase_button, window.clear_button, window.code_ok]
    for key in keys:
        assert key.height() >= least and key.width() >= least, key.text()
        box = QRect(key.mapTo(window, QPoint(0, 0)), key.size())
        assert window.rect().contains(box), key.text()


def test_clear_empties_the_code_and_erase_takes_one_character(qtbot, db, kiosk):
    window, vote = kiosk()
    code = vote.codes[0]
    wrong = "0" if code[5] != "0" else "1"
    touch(qtbot, window.start_button)
    for char in code[:5] + wrong:
        touch(qtbot, window._keys[char])
    assert window.code_edit.text() == codes.format_code(code[:5] + wrong)
    touch(qtbot, window.erase_button)  # one touch for the wrong character
    assert window.code_edit.text() == codes.format_code(code[:5])
    touch(qtbot, window.erase_button)  # the group's hyphen costs no touch
    assert window.code_edit.text() == code[:4]
    touch(qtbot, window.clear_button)
    assert window.code_edit.text() == "" and not window.code_edit.isUndoAvailable()
    for char in code:
        touch(qtbot, window._keys[char])
    touch(qtbot, window.code_ok)
    assert window.current_page() == "choose"


def test_a_wrong_sixth_character_seen_at_the_end_costs_three_touches(qtbot, db, kiosk):
    window, vote = kiosk()
    code = vote.codes[0]
    wrong = "0" if code[5] != "0" else "1"
    touch(qtbot, window.start_button)
    for char in code[:5] + wrong + code[6:]:
        touch(qtbot, window._keys[char])
    touch(qtbot, window.code_ok)
    assert window.current_page() == "code" and window.code_message.text()
    field = window.code_edit
    grouped = field.text()  # "ABCD-EFGH-JKMNP": the sixth character is at index 6
    field.setCursorPosition(7)
    after_sixth = field.cursorRect().center()
    field.setCursorPosition(len(grouped))
    touch(qtbot, field, after_sixth)  # 1: touch just after it
    assert field.cursorPosition() == 7
    touch(qtbot, window.erase_button)  # 2
    touch(qtbot, window._keys[code[5]])  # 3
    assert field.text() == codes.format_code(code)
    touch(qtbot, window.code_ok)
    assert window.current_page() == "choose"


# --------------------------------------------------------------------------- messages


def test_a_message_never_moves_the_cards(qtbot, db, kiosk):
    window, vote = kiosk()
    scan(qtbot, window, vote.codes[0])
    shown = on_screen(window)
    targets = [*(window.cards[p] for p in shown), window.next_button, window.more_button]
    before = geometry(window, targets)
    for pid in shown[:3]:  # two allowed, the third refused with a message
        touch(qtbot, window.cards[pid])
    assert "Enlèves-en un" in window.choose_message.text()
    assert window.choose_message.isVisible()
    assert geometry(window, targets) == before
    touch(qtbot, window.cards[shown[0]])  # the message goes: nothing moves either
    assert window.choose_message.text() == ""
    assert geometry(window, targets) == before


def test_a_code_message_never_moves_the_keypad(qtbot, db, kiosk):
    window, _vote = kiosk()
    touch(qtbot, window.start_button)
    keys = [*window._keys.values(), window.code_ok, window.erase_button]
    before = geometry(window, keys)
    for char in "ABCD":
        touch(qtbot, window._keys[char])
    touch(qtbot, window.code_ok)
    assert window.code_message.text()
    assert geometry(window, keys) == before


def test_the_welcome_message_does_not_move_the_start_button(qtbot, db, kiosk):
    window, _vote = kiosk()
    before = geometry(window, [window.start_button])
    window.welcome_message.setText(window.tr("Nobody was there: the vote was cancelled."))
    QApplication.processEvents()
    assert geometry(window, [window.start_button]) == before
