"""The kiosk's project cards, and the deck that shows them a page at a time.

Every project must have the same chance: no project may gain from being shown first, or lose
from being hidden at the bottom of a list a child never scrolls. So the deck shows whole
pages (as many cards as fit the screen, every card the same size, pages balanced: 10 projects
in pages of 4 are shown 4, 3, 3), and the kiosk deals the cards in a new order for each child
(`CardDeck.deal`). The order lives in this widget only, for one ballot: it is not written
anywhere, not logged, and the ballot keeps its choices in a fixed order.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.budget.budget import BallotProject
from citizenspace.views.budget.words import money
from citizenspace.views.common.pictures import picture_pixmap

CARD_COLOURS = ("#ffd166", "#06d6a0", "#118ab2", "#ef476f", "#8e7dbe", "#f78c6b", "#83c5be")
#: At the reference screen (1280×800), a card is at least this wide, and its picture this big.
CARD_MIN_WIDTH = 520
PICTURE = 110
SPACING = 18


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
    font.setPointSizeF(max(1.0, size.height() / 3))
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


class ProjectCard(QFrame):
    """One project as a big touch target: picture, title, easy-read text, cost."""

    toggled = Signal(str)

    def __init__(
        self, project: BallotProject, parent: QWidget | None = None, picture: bytes | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._picture_data = picture
        self.setObjectName("card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("chosen", False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(18)
        self.picture = QLabel()
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        self.title = QLabel(project.title)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        body = self.body = QLabel(project.easy_read)
        body.setObjectName("cardText")
        body.setWordWrap(True)
        self.cost = QLabel(money(project.cost_cents))
        self.cost.setObjectName("cardCost")
        self.mark = QLabel("")
        self.mark.setObjectName("cardMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(self.cost)
        row.addStretch(1)
        row.addWidget(self.mark)
        text.addWidget(self.title)
        text.addWidget(body)
        text.addStretch(1)
        text.addLayout(row)
        layout.addLayout(text, 1)
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        """Picture and margins for a screen `scale` times the reference one."""
        side = round(PICTURE * scale)
        self.picture.setPixmap(picture_for(self.project, QSize(side, side), self._picture_data))
        self.picture.setFixedSize(side, side)
        margin = round(16 * scale)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(round(18 * scale))

    def set_chosen(self, chosen: bool) -> None:
        self.setProperty("chosen", chosen)
        self.mark.setText(self.tr("✔ Chosen") if chosen else "")
        self.style().unpolish(self)
        self.style().polish(self)

    @property
    def chosen(self) -> bool:
        return bool(self.property("chosen"))

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.toggled.emit(self.project.id)
        super().mouseReleaseEvent(event)


def balanced_pages(order: list[str], capacity: int) -> list[list[str]]:
    """`order` cut into as few pages as `capacity` allows, as even as can be (10 cards, 4 a
    page: 4, 3, 3), so that no page is a thin leftover a child may not bother to open."""
    if not order:
        return [[]]
    count = math.ceil(len(order) / max(1, capacity))
    size, extra = divmod(len(order), count)
    pages, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        pages.append(order[start:end])
        start = end
    return pages


class CardDeck(QWidget):
    """The cards of a ballot, a page at a time, each page filled with cards of one size.

    How many fit is worked out from the room there is and from the tallest card (so that
    every card, long text or short, is the same size: none looks more important). `paged`
    says the page (or the number of pages) changed."""

    paged = Signal()

    def __init__(self, cards: list[ProjectCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cards = {card.project.id: card for card in cards}
        for card in cards:
            card.setParent(self)
            card.hide()
        self._order = list(self.cards)
        self._pages = [list(self._order)]
        self.page = 0
        self._scale = 1.0
        # The grid the cards are laid in: columns, rows, and a card's height.
        self._cols, self._rows, self._tallest = 1, 1, 1

    # ---------------------------------------------------------------- the order

    def deal(self, order: list[str]) -> None:
        """Show the cards in `order` (a fresh one for each child), from the first page."""
        if sorted(order) != sorted(self.cards):
            raise ValueError("a deal shows every card once")
        self._order = list(order)
        self.page = 0
        self._lay_out()

    @property
    def order(self) -> list[str]:
        return list(self._order)

    @property
    def pages(self) -> list[list[str]]:
        return [list(p) for p in self._pages]

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def shown(self) -> list[str]:
        """The projects on the page on screen, in reading order."""
        return list(self._pages[self.page])

    def page_of(self, project_id: str) -> int:
        return next(i for i, page in enumerate(self._pages) if project_id in page)

    def show_page(self, index: int) -> None:
        self.page = max(0, min(index, len(self._pages) - 1))
        self._place()

    def next_page(self) -> None:
        self.show_page(self.page + 1)

    def previous_page(self) -> None:
        self.show_page(self.page - 1)

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        for card in self.cards.values():
            card.set_scale(scale)
        self._lay_out()

    # ---------------------------------------------------------------- layout

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(round(CARD_MIN_WIDTH * self._scale), round(300 * self._scale))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(100, 100)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        self._lay_out()

    def _spacing(self) -> int:
        return round(SPACING * self._scale)

    def _grid(self) -> tuple[int, int, int]:
        """(columns, rows, card height): the grid that shows the most cards at once, each
        card as tall as the tallest one needs."""
        width, height, gap = self.width(), self.height(), self._spacing()
        widest = max(1, (width + gap) // (round(CARD_MIN_WIDTH * self._scale) + gap))
        best: tuple[int, int, int, int] | None = None
        for cols in range(widest, 0, -1):
            column = (width - (cols - 1) * gap) // cols
            tallest = max((_needed(card, column) for card in self.cards.values()), default=1)
            if tallest > height:
                continue
            rows = (height + gap) // (tallest + gap)
            if best is None or cols * rows > best[0]:
                best = (cols * rows, cols, rows, tallest)
        if best is None:  # not even one card fits whole: one at a time, as big as can be
            return 1, 1, height
        return best[1], best[2], best[3]

    def _lay_out(self) -> None:
        if self.width() <= 0 or self.height() <= 0:
            self._pages = balanced_pages(self._order, len(self._order))
            self.page = 0
            return
        cols, rows, tallest = self._grid()
        self._pages = balanced_pages(self._order, cols * rows)
        self.page = max(0, min(self.page, len(self._pages) - 1))
        self._cols = cols
        # As many rows as the fullest page needs: every page lays its cards in the same places.
        self._rows = math.ceil(max(len(p) for p in self._pages) / cols)
        self._tallest = tallest
        self._place()

    def _place(self) -> None:
        gap, cols, rows = self._spacing(), self._cols, self._rows
        column = (self.width() - (cols - 1) * gap) // cols
        room = (self.height() - (rows - 1) * gap) // rows
        # Cards a little taller than they need when there is room, never stretched thin.
        cell = max(1, min(room, self._tallest + round(40 * self._scale)))
        top = max(0, (self.height() - rows * cell - (rows - 1) * gap) // 2)
        on_page = set(self._pages[self.page])
        for card in self.cards.values():
            if card.project.id not in on_page:
                card.hide()
        for i, pid in enumerate(self._pages[self.page]):
            card = self.cards[pid]
            r, c = divmod(i, cols)
            card.setGeometry(c * (column + gap), top + r * (cell + gap), column, cell)
            card.show()
        self.paged.emit()


class Pager(QWidget):
    """Under the cards: "◀", "Page 1 of 3", "More projects ▶", big and always in the same
    place (an end is greyed, not hidden); nothing at all when one page holds every card."""

    def __init__(self, deck: CardDeck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("The projects before"))
        self.previous_button.clicked.connect(deck.previous_page)
        self.page_label = QLabel("")
        self.page_label.setObjectName("pageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setContentsMargins(16, 0, 16, 0)
        self.more_button = QPushButton(self.tr("More projects ▶"))
        self.more_button.clicked.connect(deck.next_page)
        for button in (self.previous_button, self.more_button):
            button.setObjectName("more")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label)
        row.addWidget(self.more_button)

    def follow(self) -> None:
        """Say where the deck is."""
        count, page = self._deck.page_count, self._deck.page
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count))
        )
        self.setVisible(count > 1)
        self.previous_button.setEnabled(page > 0)
        self.more_button.setEnabled(page < count - 1)


def _needed(card: ProjectCard, width: int) -> int:
    """How tall `card` must be, `width` wide, to show all of its text."""
    card.ensurePolished()
    return max(card.heightForWidth(width), card.minimumSizeHint().height())
