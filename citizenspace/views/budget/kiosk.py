"""The voting kiosk: full screen, touch first, for children aged 8 to 14.

Welcome -> code (scanned, or typed on the big keypad, `kiosk_keypad`) -> choose projects ->
review -> thank you -> welcome. Or, where no codes were printed, an adult unlocks each vote
with the supervisors' PIN. An unfinished ballot is thrown away after a minute without a
touch, and nothing on screen ever says what the previous child chose.

Fair to every project: the projects are shown a page at a time, every page whole (no hidden
scrolling), with big "more projects" buttons and "page 1 of 3", in an order dealt afresh for
each child from the system's randomness (`kiosk_cards`). The order lives in the cards'
widget only: nothing writes it, nothing logs it, and the ballot keeps its choices in a fixed
order. The review lists every chosen project, whatever its page, and says so when some
projects were not seen yet. "Stop" asks first ("No, keep voting" is the big button), and a
message never moves what is under a finger: its place is kept (`MessageSlot`).

The reset empties every widget that held something of the last child (the code or PIN
field with no undo history, the review, the cards, the counter, the messages), and keys a
screen does not use do nothing. What every kiosk window shares (fields that keep no history,
closing with the PIN only, the size of things) is in `kiosk_frame`. The window talks to
`BudgetService` only. Words are short, one idea per sentence.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.budget import codes
from citizenspace.domain.budget.ballot import ChoiceProblem
from citizenspace.domain.catalog import VotingMethod
from citizenspace.services.budget.budget import (
    BudgetService,
    CodeProblem,
    KioskEdition,
    VoteRefused,
)
from citizenspace.views.budget.kiosk_cards import CardDeck, Pager, ProjectCard
from citizenspace.views.budget.kiosk_frame import (
    IDLE_MS,
    KioskField,
    KioskFrame,
    MessageSlot,
    is_digit,
    is_enter,
    typed_character,
)
from citizenspace.views.budget.kiosk_keypad import (
    KEY,
    Keypad,
    erase_one,
    is_code_character,
    type_into,
)
from citizenspace.views.budget.words import money

log = logging.getLogger(__name__)

#: The thank-you screen goes back to the welcome screen by itself after this long.
THANKS_MS = 6_000
#: The keypad's keys: the code alphabet, as the domain defines it.
CROCKFORD_KEYS = codes.ALPHABET


class KioskWindow(KioskFrame):
    """The whole kiosk. `service` records the votes; `idle_ms` and `thanks_ms` are shorter in
    tests; `on_staff_exit` runs once staff closed it with the PIN; `rng` deals the projects'
    order for each child (the system's randomness unless a test gives a seeded one)."""

    vote_recorded = Signal()

    def __init__(
        self,
        service: BudgetService,
        edition: KioskEdition,
        *,
        idle_ms: int = IDLE_MS,
        thanks_ms: int = THANKS_MS,
        on_staff_exit: Callable[[], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(service, idle_ms=idle_ms, on_staff_exit=on_staff_exit)
        self.setWindowTitle(self.tr("Children's budget: vote"))
        self.edition = edition
        self.supervised = edition.batches == 0
        self._rng = rng if rng is not None else random.SystemRandom()
        self._code: str | None = None
        self._chosen: list[str] = []
        self._seen: set[str] = set()
        self._pin_mode = False
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(thanks_ms)
        self.thanks_timer.timeout.connect(self.restart)

        self.welcome = self._welcome_page()
        self.code_page = self._code_page()
        self.choose_page = self._choose_page()
        self.stop_page = self._stop_page()
        self.review_page = self._review_page()
        self.thanks_page = self._thanks_page()
        for page in (
            self.welcome,
            self.code_page,
            self.choose_page,
            self.stop_page,
            self.review_page,
            self.thanks_page,
        ):
            self.pages.addWidget(page)
        self._rescaled(self.scale)
        self.restart()

    # ---------------------------------------------------------------- pages

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._title(self.tr("Vote for your favourite projects!")))
        layout.addWidget(self._title(self.edition.title, "subtitle"))
        if self.edition.site_name:
            layout.addWidget(self._title(self.edition.site_name, "subtitle"))
        layout.addSpacing(40)
        if self.supervised:
            hint = self.tr("Ask an adult to start your vote.")
        else:
            hint = self.tr("Show your card to the scanner. Or touch the button to type your code.")
        self.welcome_hint = self._title(hint, "subtitle")
        layout.addWidget(self.welcome_hint)
        layout.addSpacing(30)
        self.start_button = QPushButton(
            self.tr("An adult unlocks the vote") if self.supervised else self.tr("Type my code")
        )
        self.start_button.setObjectName("primary")
        self.start_button.setProperty("big", True)
        self.start_button.clicked.connect(self._show_code_page)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.welcome_message = MessageSlot(2)
        layout.addWidget(self.welcome_message)
        layout.addStretch(2)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        self.code_title = self._title("", "subtitle")
        layout.addWidget(self.code_title)
        row = QHBoxLayout()
        self.code_back = QPushButton(self.tr("Back"))
        self.code_back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.code_back.clicked.connect(self.restart)
        self.code_edit = KioskField()
        self.code_edit.setObjectName("code")
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_edit.returnPressed.connect(self._submit_code)
        self.code_edit.textEdited.connect(lambda _t: self.code_message.setText(""))
        # As wide as "Back", on the other side: the field stays in the middle.
        self._code_balance = QWidget()
        row.addWidget(self.code_back)
        row.addStretch(1)
        row.addWidget(self.code_edit, 6)
        row.addStretch(1)
        row.addWidget(self._code_balance)
        layout.addLayout(row)
        self.code_message = MessageSlot(2)
        layout.addWidget(self.code_message)
        self.keypad = Keypad(CROCKFORD_KEYS)
        self.keypad.typed.connect(self._type)
        self.keypad.erased.connect(self._erase)
        self.keypad.cleared.connect(self._clear_code)
        self.keypad.submitted.connect(self._submit_code)
        self._keys = self.keypad.keys
        self.code_ok = self.keypad.ok_button
        self.erase_button = self.keypad.erase_button
        self.clear_button = self.keypad.clear_button
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.edition.method is VotingMethod.KNAPSACK:
            intro = self.tr("Fill your basket with projects. Stay within the budget.")
        elif self.edition.method is VotingMethod.CHOOSE_ONE:
            intro = self.tr("Choose one project.")
        else:
            intro = self.tr("Choose up to %1 projects.").replace("%1", str(self.edition.limit))
        # What to do and how many are chosen, or in their place a message: the same height
        # either way, so that the cards below never move.
        self.choose_head = QStackedWidget()
        self.choose_head.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        info = QWidget()
        info_row = QHBoxLayout(info)
        info_row.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(intro)
        self.intro.setObjectName("subtitle")
        self.intro.setWordWrap(True)
        self.counter = QLabel("")
        self.counter.setObjectName("counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        info_row.addWidget(self.intro, 1)
        info_row.addWidget(self.counter)
        self.choose_message = MessageSlot(2)
        self.choose_head.addWidget(info)
        self.choose_head.addWidget(self.choose_message)
        layout.addWidget(self.choose_head)
        self.basket = QProgressBar()
        self.basket.setRange(0, max(self.edition.budget_cents, 1))
        self.basket.setVisible(self.edition.method is VotingMethod.KNAPSACK)
        layout.addWidget(self.basket)
        cards = []
        for project in self.edition.projects:
            card = ProjectCard(project, picture=self._service.picture(project.picture_hash))
            card.toggled.connect(self._toggle)
            cards.append(card)
        self.deck = CardDeck(cards)
        self.deck.paged.connect(self._paged)
        self.cards: dict[str, ProjectCard] = self.deck.cards
        layout.addWidget(self.deck, 1)
        layout.addSpacing(8)
        buttons = QHBoxLayout()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self._ask_stop)
        self.pager = Pager(self.deck)
        self.previous_button = self.pager.previous_button
        self.page_label = self.pager.page_label
        self.more_button = self.pager.more_button
        self.next_button = QPushButton(self.tr("See my vote ➜"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self._show_review)
        for button in (self.stop_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pager)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        return page

    def _stop_page(self) -> QWidget:
        """ "Stop" asks first: the big button keeps the ballot, far from where "Stop" was
        touched, so that a second touch by mistake keeps it too."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._title(self.tr("Do you want to stop?")))
        layout.addWidget(
            self._title(
                self.tr("If you stop, your choices are erased and your vote does not count."),
                "subtitle",
            )
        )
        layout.addSpacing(40)
        self.keep_button = QPushButton(self.tr("No, keep voting"))
        self.keep_button.setObjectName("primary")
        self.keep_button.setProperty("big", True)
        self.keep_button.clicked.connect(self._keep_voting)
        self.quit_button = QPushButton(self.tr("Yes, stop"))
        self.quit_button.clicked.connect(self.restart)
        for button in (self.keep_button, self.quit_button):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addSpacing(30)
        layout.addStretch(1)
        return page

    def _review_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Is this your vote?")))
        self.review_list = self._title("", "counter")
        layout.addStretch(1)
        layout.addWidget(self.review_list)
        layout.addStretch(1)
        self.review_unseen = self._title("", "subtitle")
        layout.addWidget(self.review_unseen)
        self.review_message = MessageSlot(2)
        layout.addWidget(self.review_message)
        buttons = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Change my choice"))
        self.change_button.clicked.connect(self._change_choice)
        self.confirm_button = QPushButton(self.tr("Yes, I vote!"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self._confirm)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._title(self.tr("Thank you!")))
        layout.addWidget(self._title(self.tr("Your vote is counted. It stays secret."), "subtitle"))
        layout.addStretch(1)
        return page

    def _rescaled(self, scale: float) -> None:
        super()._rescaled(scale)
        self.keypad.set_key_size(round(KEY * scale))
        self._code_balance.setFixedWidth(self.code_back.sizeHint().width())
        self.deck.set_scale(scale)

    # ---------------------------------------------------------------- flow

    def restart(self) -> None:
        """Back to the welcome screen, forgetting everything about the last child: their
        code or the adult's PIN (with no undo history), their choices, the review, the
        counter, the basket, every message, and the order their projects were shown in
        (the next child gets a new one)."""
        self.thanks_timer.stop()
        self.idle.stop()
        self._code = None
        self._chosen = []
        self._seen = set()
        self._pin_mode = False
        self.code_edit.forget()
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        for label in (
            self.welcome_message,
            self.code_message,
            self.review_list,
            self.review_unseen,
            self.review_message,
        ):
            label.setText("")
        self._say("")
        for card in self.cards.values():
            card.set_chosen(False)
        self._refresh_counter()
        order = [p.id for p in self.edition.projects]
        self._rng.shuffle(order)
        self.deck.deal(order)
        self._forget_staff()
        self.pages.setCurrentWidget(self.welcome)
        self.setFocus()

    def home(self) -> None:
        self.restart()

    def _idle_elsewhere(self) -> None:
        if self.pages.currentWidget() not in (self.welcome, self.thanks_page):
            log.info("kiosk: unfinished ballot discarded after inactivity")
            self.restart()
            self.welcome_message.setText(self.tr("Nobody was there: the vote was cancelled."))

    def _show_code_page(self) -> None:
        self.welcome_message.setText("")
        self._pin_mode = self.supervised
        self.code_title.setText(
            self.tr("Adult: type the PIN.") if self._pin_mode else self.tr("Type your code.")
        )
        self.code_edit.setEchoMode(
            QLineEdit.EchoMode.Password if self._pin_mode else QLineEdit.EchoMode.Normal
        )
        self.keypad.digits_only(self._pin_mode)
        self.code_edit.forget()
        self.pages.setCurrentWidget(self.code_page)
        self.code_edit.setFocus()
        self.idle.start()

    def _type(self, char: str) -> None:
        self.code_message.setText("")
        type_into(self.code_edit, char, grouped=not self._pin_mode)

    def _erase(self) -> None:
        self.code_message.setText("")
        erase_one(self.code_edit, grouped=not self._pin_mode)

    def _clear_code(self) -> None:
        self.code_message.setText("")
        self.code_edit.forget()
        self.code_edit.setFocus()

    def _typable(self, char: str, *, starting: bool) -> bool:
        """Whether a typed character goes into the field: a code character (a digit for
        the PIN), or, once typing has started, a group separator a scanner sends."""
        if self._pin_mode or (starting and self.supervised):
            return is_digit(char)
        return is_code_character(char) or (not starting and char == "-")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """A scanner is a keyboard: on the welcome screen, the first code character it
        types opens the code screen and goes on there. Any other key does nothing there
        (Escape, Backspace, Tab, Ctrl+W...), so that no stray character waits in the field.
        On the "Stop?" question, Enter and Escape keep the ballot."""
        page = self.pages.currentWidget()
        typed = typed_character(event)
        if page is self.welcome:
            if typed and self._typable(typed, starting=True):
                self._show_code_page()
                self.code_edit.insert(typed)
            return
        if page is self.code_page:
            if typed and self._typable(typed, starting=False):
                self.code_edit.setFocus()
                self.code_edit.insert(typed)
            elif is_enter(event) and self.focusWidget() is not self.code_edit:
                self._submit_code()  # in the field, Enter has already sent the code
            return
        if page is self.stop_page:
            if is_enter(event) or event.key() == Qt.Key.Key_Escape:
                self._keep_voting()
            return
        super().keyPressEvent(event)

    def _submit_code(self) -> None:
        typed = self.code_edit.text()
        if self._pin_mode:
            if self._service.pin_matches(typed):
                self._code = None
                self._show_choose()
            else:
                self.code_edit.forget()
                self.code_message.setText(self.tr("This PIN is not right."))
            return
        try:
            self._service.check_code(self.edition.id, typed)
        except VoteRefused as refused:
            self.code_message.setText(self._code_problem(refused.code))
            return
        self._code = typed
        self._show_choose()

    def _code_problem(self, problem: CodeProblem | None) -> str:
        if problem is CodeProblem.USED:
            return self.tr("This code has already been used to vote. Ask an adult for help.")
        if problem is CodeProblem.OTHER_KIOSK:
            return self.tr("This code is for another kiosk. Ask an adult for help.")
        if problem is CodeProblem.NOT_GENUINE:
            return self.tr("This code does not work here. Ask an adult for help.")
        return self.tr("There is a mistake in this code. Check each letter and try again.")

    def _show_choose(self) -> None:
        self.code_edit.forget()
        self._say("")
        self._refresh_counter()
        self._go_choose()
        self.idle.start()

    def _go_choose(self, page: int | None = None) -> None:
        self.pages.setCurrentWidget(self.choose_page)
        self.choose_page.layout().activate()
        if page is not None:
            self.deck.show_page(page)
        self._paged()

    def _paged(self) -> None:
        """The pager under the cards, and which projects this child has seen."""
        self.pager.follow()
        if self.pages.currentWidget() is self.choose_page:
            self._seen.update(self.deck.shown())

    def _say(self, text: str) -> None:
        """A message in the place of the instructions, as tall as they are."""
        self.choose_message.setText(text)
        self.choose_head.setCurrentIndex(1 if text else 0)

    def _toggle(self, project_id: str) -> None:
        self._say("")
        if project_id in self._chosen:
            self._chosen.remove(project_id)
        else:
            trial = [*self._chosen, project_id]
            if self.edition.method is VotingMethod.CHOOSE_ONE:
                trial = [project_id]
            found = self.edition.problems(trial)
            if ChoiceProblem.TOO_MANY in found:
                self._say(
                    self.tr("You have chosen %1 projects already. Remove one first.").replace(
                        "%1", str(self.edition.limit)
                    )
                )
                return
            if ChoiceProblem.OVER_BUDGET in found:
                self._say(self.tr("This project does not fit in your basket. Remove one first."))
                return
            self._chosen = trial
        for pid, card in self.cards.items():
            card.set_chosen(pid in self._chosen)
        self._refresh_counter()

    def _refresh_counter(self) -> None:
        n = len(self._chosen)
        if self.edition.method is VotingMethod.KNAPSACK:
            spent = sum(self.cards[p].project.cost_cents for p in self._chosen)
            self.basket.setValue(spent)
            self.basket.setFormat(
                self.tr("%1 of %2")
                .replace("%1", money(spent))
                .replace("%2", money(self.edition.budget_cents))
            )
            self.counter.setText(self.tr("Your basket: %n project(s)", "", n))
        else:
            self.counter.setText(
                self.tr("You have chosen %1 of %2.")
                .replace("%1", str(n))
                .replace("%2", str(self.edition.limit))
            )
        self.next_button.setEnabled(n > 0)

    def unseen(self) -> list[str]:
        """The projects this child has not had on screen yet, in the order dealt."""
        return [pid for pid in self.deck.order if pid not in self._seen]

    def _ask_stop(self) -> None:
        self.pages.setCurrentWidget(self.stop_page)
        self.keep_button.setFocus()

    def _keep_voting(self) -> None:
        self._go_choose()

    def _show_review(self) -> None:
        if not self._chosen:
            return
        titles = [self.cards[p].project.title for p in self._chosen]
        self.review_list.setText("\n".join(f"✔ {t}" for t in titles))
        self.review_unseen.setText(
            self.tr("You have not seen every project yet. To see them, touch “Change my choice”.")
            if self.unseen()
            else ""
        )
        self.review_message.setText("")
        self.pages.setCurrentWidget(self.review_page)

    def _change_choice(self) -> None:
        """Back to the cards: where the projects not seen yet begin, if any."""
        unseen = self.unseen()
        self._go_choose(self.deck.page_of(unseen[0]) if unseen else None)

    def _confirm(self) -> None:
        try:
            if self._code is None:
                self._service.cast_supervised(self.edition.id, self._chosen)
            else:
                self._service.cast_with_code(self.edition.id, self._code, self._chosen)
        except VoteRefused as refused:
            if refused.code is not None:
                self.restart()
                self.welcome_message.setText(self._code_problem(refused.code))
            else:
                self.review_message.setText(self.tr("This vote cannot be counted. Ask an adult."))
            return
        self.idle.stop()
        self._code = None
        self._chosen = []
        for card in self.cards.values():
            card.set_chosen(False)
        self._refresh_counter()
        self.review_list.setText("")
        self.review_unseen.setText("")
        self.pages.setCurrentWidget(self.thanks_page)
        self.thanks_timer.start()
        self.vote_recorded.emit()

    # ---------------------------------------------------------------- for tests

    def current_page(self) -> str:
        return {
            id(self.welcome): "welcome",
            id(self.code_page): "code",
            id(self.choose_page): "choose",
            id(self.stop_page): "stop",
            id(self.review_page): "review",
            id(self.thanks_page): "thanks",
            id(self.staff_page): "staff",
        }[id(self.pages.currentWidget())]
