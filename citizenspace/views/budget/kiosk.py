"""The voting kiosk: full screen, touch first, for children aged 8 to 14.

Welcome -> code (scanned, or typed on the big keypad) -> choose projects -> review ->
thank you -> welcome. Or, where no codes were printed, an adult unlocks each vote with the
supervisors' PIN. An unfinished ballot is thrown away after a minute without a touch, and
nothing on screen ever says what the previous child chose.

The reset empties every widget that held something of the last child (the code or PIN
field with no undo history, the review, the cards, the counter, the messages), and keys a
screen does not use do nothing. What every kiosk window shares (fields that keep no history,
closing with the PIN only) is in `kiosk_frame`.

The window talks to `BudgetService` only. Words are short, one idea per sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.budget import codes
from citizenspace.domain.budget.ballot import ChoiceProblem
from citizenspace.domain.catalog import VotingMethod
from citizenspace.services.budget.budget import (
    BallotProject,
    BudgetService,
    CodeProblem,
    KioskEdition,
    VoteRefused,
)
from citizenspace.views.budget.kiosk_frame import (
    IDLE_MS,
    KioskField,
    KioskFrame,
    is_digit,
    is_enter,
    typed_character,
)
from citizenspace.views.budget.words import money
from citizenspace.views.common.pictures import picture_pixmap

log = logging.getLogger(__name__)

#: The thank-you screen goes back to the welcome screen by itself after this long.
THANKS_MS = 6_000
#: The keypad's keys: the code alphabet, as the domain defines it.
CROCKFORD_KEYS = codes.ALPHABET
CARD_COLOURS = ("#ffd166", "#06d6a0", "#118ab2", "#ef476f", "#8e7dbe", "#f78c6b", "#83c5be")


def picture_for(project: BallotProject, size: QSize, data: bytes | None = None) -> QPixmap:
    """The project's picture (`data`, its bytes, when this machine has them); otherwise, or
    if they cannot be drawn, a bright tile with the first letter of its title, so that cards
    are told apart at a glance."""
    drawn = picture_pixmap(data, size)
    if drawn is not None:
        return drawn
    pixmap = QPixmap(size)
    colour = QColor(CARD_COLOURS[sum(map(ord, project.id)) % len(CARD_COLOURS)])
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(pixmap.rect(), 18, 18)
    font = QFont()
    font.setPointSizeF(size.height() / 3)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, _initial(project.title))
    painter.end()
    return pixmap


#: Little words a title often starts with, which make poor initials ("Une aire de jeux").
_ARTICLES = {"un", "une", "des", "le", "la", "les", "du", "de", "a", "an", "the", "some"}


def _initial(title: str) -> str:
    words = title.replace("’", "'").replace("'", " ").split()
    for word in words:
        if word.lower() not in _ARTICLES and len(word) > 1:
            return word[:1].upper()
    return title[:1].upper()


def is_code_character(char: str) -> bool:
    """Whether `char` is part of a voting code as the domain reads it (case and
    look-alikes included); separators and anything else are not."""
    read = codes.normalise(char) if len(char) == 1 else ""
    return len(read) == 1 and read in codes.ALPHABET


class ProjectCard(QFrame):
    """One project as a big touch target: picture, title, easy-read text, cost."""

    toggled = Signal(str)

    def __init__(
        self, project: BallotProject, parent: QWidget | None = None, picture: bytes | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("chosen", False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(18)
        self.picture = QLabel()
        self.picture.setPixmap(picture_for(project, QSize(120, 120), picture))
        self.picture.setFixedSize(120, 120)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        title = QLabel(project.title)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        body = QLabel(project.easy_read)
        body.setObjectName("cardText")
        body.setWordWrap(True)
        cost = QLabel(money(project.cost_cents))
        cost.setObjectName("cardCost")
        self.mark = QLabel("")
        self.mark.setObjectName("cardMark")
        self.mark.setMinimumWidth(160)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(cost)
        row.addStretch(1)
        row.addWidget(self.mark)
        text.addWidget(title)
        text.addWidget(body)
        text.addLayout(row)
        layout.addLayout(text, 1)

    def set_chosen(self, chosen: bool) -> None:
        self.setProperty("chosen", chosen)
        self.mark.setText(self.tr("✔ Chosen") if chosen else "")
        self.style().unpolish(self)
        self.style().polish(self)

    @property
    def chosen(self) -> bool:
        return bool(self.property("chosen"))

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.toggled.emit(self.project.id)
        super().mouseReleaseEvent(event)


class KioskWindow(KioskFrame):
    """The whole kiosk. `service` records the votes; `idle_ms` and `thanks_ms` are shorter in
    tests; `on_staff_exit` runs once staff closed it with the PIN."""

    vote_recorded = Signal()

    def __init__(
        self,
        service: BudgetService,
        edition: KioskEdition,
        *,
        idle_ms: int = IDLE_MS,
        thanks_ms: int = THANKS_MS,
        on_staff_exit: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(service, idle_ms=idle_ms, on_staff_exit=on_staff_exit)
        self.setWindowTitle(self.tr("Children's budget: vote"))
        self.edition = edition
        self.supervised = edition.batches == 0
        self._code: str | None = None
        self._chosen: list[str] = []
        self._pin_mode = False
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(thanks_ms)
        self.thanks_timer.timeout.connect(self.restart)

        self.welcome = self._welcome_page()
        self.code_page = self._code_page()
        self.choose_page = self._choose_page()
        self.review_page = self._review_page()
        self.thanks_page = self._thanks_page()
        for page in (
            self.welcome,
            self.code_page,
            self.choose_page,
            self.review_page,
            self.thanks_page,
        ):
            self.pages.addWidget(page)
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
        self.start_button.clicked.connect(self._show_code_page)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.welcome_message = self._title("", "message")
        layout.addWidget(self.welcome_message)
        layout.addStretch(2)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.code_title = self._title("", "subtitle")
        layout.addWidget(self.code_title)
        self.code_edit = KioskField()
        self.code_edit.setObjectName("code")
        self.code_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_edit.returnPressed.connect(self._submit_code)
        self.code_edit.textEdited.connect(lambda _t: self.code_message.setText(""))
        layout.addWidget(self.code_edit)
        self.code_message = self._title("", "message")
        layout.addWidget(self.code_message)
        self.keypad = QWidget()
        grid = QGridLayout(self.keypad)
        grid.setSpacing(10)
        self._keys: dict[str, QPushButton] = {}
        for i, char in enumerate(CROCKFORD_KEYS):
            key = QPushButton(char)
            key.setObjectName("key")
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key.clicked.connect(lambda _c=False, ch=char: self._type(ch))
            grid.addWidget(key, i // 8, i % 8)
            self._keys[char] = key
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.clicked.connect(self.restart)
        erase = QPushButton(self.tr("⌫ Erase"))
        erase.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        erase.clicked.connect(self.code_edit.backspace)
        self.code_ok = QPushButton(self.tr("OK"))
        self.code_ok.setObjectName("primary")
        self.code_ok.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.code_ok.clicked.connect(self._submit_code)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(erase)
        buttons.addWidget(self.code_ok)
        layout.addLayout(buttons)
        return page

    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if self.edition.method is VotingMethod.KNAPSACK:
            intro = self.tr("Fill your basket with projects. Stay within the budget.")
        elif self.edition.method is VotingMethod.CHOOSE_ONE:
            intro = self.tr("Choose one project.")
        else:
            intro = self.tr("Choose up to %1 projects.").replace("%1", str(self.edition.limit))
        layout.addWidget(self._title(intro, "subtitle"))
        self.counter = self._title("", "counter")
        layout.addWidget(self.counter)
        self.basket = QProgressBar()
        self.basket.setRange(0, max(self.edition.budget_cents, 1))
        self.basket.setVisible(self.edition.method is VotingMethod.KNAPSACK)
        layout.addWidget(self.basket)
        self.choose_message = self._title("", "message")
        layout.addWidget(self.choose_message)
        scroll = self.choose_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setSpacing(18)
        self.cards: dict[str, ProjectCard] = {}
        for i, project in enumerate(self.edition.projects):
            card = ProjectCard(project, picture=self._service.picture(project.picture_hash))
            card.toggled.connect(self._toggle)
            grid.addWidget(card, i // 2, i % 2)
            self.cards[project.id] = card
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Stop"))
        cancel.clicked.connect(self.restart)
        self.next_button = QPushButton(self.tr("Next ➜"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self._show_review)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        return page

    def _review_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Is this your vote?")))
        self.review_list = self._title("", "subtitle")
        layout.addStretch(1)
        layout.addWidget(self.review_list)
        layout.addStretch(1)
        self.review_message = self._title("", "message")
        layout.addWidget(self.review_message)
        buttons = QHBoxLayout()
        change = QPushButton(self.tr("Change my choice"))
        change.clicked.connect(lambda: self.pages.setCurrentWidget(self.choose_page))
        self.confirm_button = QPushButton(self.tr("Yes, I vote!"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self._confirm)
        buttons.addWidget(change)
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

    # ---------------------------------------------------------------- flow

    def restart(self) -> None:
        """Back to the welcome screen, forgetting everything about the last child: their
        code or the adult's PIN (with no undo history), their choices, the review, the
        counter, the basket and every message."""
        self.thanks_timer.stop()
        self.idle.stop()
        self._code = None
        self._chosen = []
        self._pin_mode = False
        self.code_edit.forget()
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        for label in (
            self.welcome_message,
            self.code_message,
            self.choose_message,
            self.review_list,
            self.review_message,
        ):
            label.setText("")
        for card in self.cards.values():
            card.set_chosen(False)
        self._refresh_counter()
        self.choose_scroll.verticalScrollBar().setValue(0)
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
        for char, key in self._keys.items():
            key.setVisible(char.isdigit() or not self._pin_mode)
        self.code_edit.forget()
        self.pages.setCurrentWidget(self.code_page)
        self.code_edit.setFocus()
        self.idle.start()

    def _type(self, char: str) -> None:
        self.code_message.setText("")
        self.code_edit.insert(char)
        if not self._pin_mode:
            self._regroup()

    def _regroup(self) -> None:
        """Show what was typed on the keypad in groups, as on the card."""
        grouped = codes.format_code(self.code_edit.text())
        if grouped != self.code_edit.text():
            self.code_edit.setText(grouped)

    def _typable(self, char: str, *, starting: bool) -> bool:
        """Whether a typed character goes into the field: a code character (a digit for
        the PIN), or, once typing has started, a group separator a scanner sends."""
        if self._pin_mode or (starting and self.supervised):
            return is_digit(char)
        return is_code_character(char) or (not starting and char == "-")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """A scanner is a keyboard: on the welcome screen, the first code character it
        types opens the code screen and goes on there. Any other key does nothing there
        (Escape, Backspace, Tab, Ctrl+W...), so that no stray character waits in the field."""
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
        self.choose_message.setText("")
        self._refresh_counter()
        self.pages.setCurrentWidget(self.choose_page)
        self.idle.start()

    def _toggle(self, project_id: str) -> None:
        self.choose_message.setText("")
        if project_id in self._chosen:
            self._chosen.remove(project_id)
        else:
            trial = [*self._chosen, project_id]
            if self.edition.method is VotingMethod.CHOOSE_ONE:
                trial = [project_id]
            found = self.edition.problems(trial)
            if ChoiceProblem.TOO_MANY in found:
                self.choose_message.setText(
                    self.tr("You have chosen %1 projects already. Remove one first.").replace(
                        "%1", str(self.edition.limit)
                    )
                )
                return
            if ChoiceProblem.OVER_BUDGET in found:
                self.choose_message.setText(
                    self.tr("This project does not fit in your basket. Remove one first.")
                )
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

    def _show_review(self) -> None:
        if not self._chosen:
            return
        titles = [self.cards[p].project.title for p in self._chosen]
        self.review_list.setText("\n".join(f"✔ {t}" for t in titles))
        self.review_message.setText("")
        self.pages.setCurrentWidget(self.review_page)

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
        self.pages.setCurrentWidget(self.thanks_page)
        self.thanks_timer.start()
        self.vote_recorded.emit()

    # ---------------------------------------------------------------- for tests

    def current_page(self) -> str:
        return {
            id(self.welcome): "welcome",
            id(self.code_page): "code",
            id(self.choose_page): "choose",
            id(self.review_page): "review",
            id(self.thanks_page): "thanks",
            id(self.staff_page): "staff",
        }[id(self.pages.currentWidget())]
