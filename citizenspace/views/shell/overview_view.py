"""The home page: the city's participation at a glance, in real figures.

What a coordinator sees first in the morning, and what the direction is shown. Every figure
comes from `StatusService.overview()`; a figure that is not known yet is shown as "…", never
made up. The page is built with the window, before the database is open (its cards wait
with "…"): it imports nothing of the storage, and is given its service once the database is
open (`set_status`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from citizenspace.views.common.icons import icon_pixmap
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.pages import page_subtitle, page_title, scrolling_page
from citizenspace.views.common.tasks import BackgroundTask, run_in_background

if TYPE_CHECKING:  # the window shows this page before SQLAlchemy is loaded
    from citizenspace.services.shell.status import Overview, StatusService

log = logging.getLogger(__name__)

ACCENT = "#1d5fa8"


def money(cents: int) -> str:
    """An amount in euros as everywhere else in the application: "10 000 €" in French
    (`views.common.fields.money`, the one money format)."""
    from citizenspace.views.common.fields import money as one_money_format

    return one_money_format(cents)


def number(n: int) -> str:
    return QLocale().toString(n)


def _card(frame: QFrame, icon: str, title: str) -> tuple[QVBoxLayout, QLabel, QLabel]:
    """The overview's card: its icon and title on top; add the rest to the layout returned
    (with the icon's and the title's labels)."""
    frame.setObjectName("card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(20, 16, 20, 18)
    head = QHBoxLayout()
    head.setSpacing(8)
    icon_label = QLabel()
    icon_label.setPixmap(icon_pixmap(icon, ACCENT, 20))
    title_label = QLabel(title)
    title_label.setObjectName("cardTitle")
    head.addWidget(icon_label)
    head.addWidget(title_label, 1)
    box.addLayout(head)
    box.addSpacing(4)
    return box, icon_label, title_label


class FigureCard(QFrame):
    """One figure with what it counts, readable from across the desk."""

    def __init__(self, icon: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(150)
        box, self.icon_label, self.title_label = _card(self, icon, title)
        box.setSpacing(4)
        self.value_label = QLabel("…")
        self.value_label.setObjectName("cardValue")
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption_label = QLabel("")
        self.caption_label.setObjectName("muted")
        self.caption_label.setWordWrap(True)
        box.addWidget(self.value_label)
        box.addWidget(self.caption_label)
        box.addStretch(1)

    def set_figure(self, value: str, caption: str) -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.setAccessibleName(f"{self.title_label.text()}: {value}. {caption}")


class OverviewView(QWidget):
    """The home page of the staff application."""

    # Emitted on the GUI thread once the figures are on screen.
    loaded = Signal(object)

    def __init__(self, status: StatusService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self._task: BackgroundTask | None = None
        self._city = ""
        self.overview: Overview | None = None

        self.title_label = page_title(self.tr("Overview"))
        self.subtitle_label = page_subtitle("")
        self.hint_label = QLabel(
            self.tr(
                "Nothing is recorded yet. Start on the People page: the figures below fill "
                "in as the office records its work."
            )
        )
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        # While the database opens: what start-up does, when it is worth saying (an upgrade
        # that cannot be interrupted).
        self.waiting_label = QLabel("")
        self.waiting_label.setObjectName("hint")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.hide()

        self.people_card = FigureCard("people", self.tr("People"))
        self.councils_card = FigureCard("councils", self.tr("Councils"))
        self.members_card = FigureCard("members", self.tr("Active members"))
        self.events_card = FigureCard("events", self.tr("Events"))
        self.visits_card = FigureCard("reception", self.tr("Visits"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        for i, card in enumerate(self.cards()):
            grid.addWidget(card, i // 3, i % 3)
        self.budget_card = self._budget_card()
        grid.addWidget(self.budget_card, 1, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)

        content = QWidget()
        content.setObjectName("pageContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(40, 32, 40, 32)
        column.setSpacing(8)
        column.addWidget(self.title_label)
        column.addWidget(self.subtitle_label)
        column.addSpacing(12)
        column.addWidget(self.hint_label)
        column.addWidget(self.waiting_label)
        column.addSpacing(8)
        column.addLayout(grid)
        column.addStretch(1)

        scrolling_page(self, content)
        self._show_subtitle()

    def _budget_card(self) -> QFrame:
        card = QFrame()
        card.setProperty("accent", True)
        box, _icon, _title = _card(card, "budget", self.tr("Children's participatory budget"))
        box.setSpacing(6)
        self.edition_label = QLabel("…")
        self.edition_label.setObjectName("cardHeading")
        self.edition_label.setWordWrap(True)
        self.phase_label = QLabel("")
        self.phase_label.setObjectName("badge")
        self.phase_label.hide()  # until an edition's phase is known
        self.budget_label = QLabel("")
        self.budget_label.setObjectName("cardValue")
        self.projects_label = QLabel("")
        self.projects_label.setObjectName("muted")
        self.projects_label.setWordWrap(True)
        box.addWidget(self.edition_label)
        box.addWidget(self.phase_label, 0, Qt.AlignmentFlag.AlignLeft)
        box.addSpacing(6)
        box.addWidget(self.budget_label)
        box.addWidget(self.projects_label)
        box.addStretch(1)
        return card

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def set_city_name(self, name: str) -> None:
        self._city = name
        self._show_subtitle()

    def cards(self) -> tuple[FigureCard, ...]:
        return (
            self.people_card,
            self.councils_card,
            self.members_card,
            self.events_card,
            self.visits_card,
        )

    def set_status(self, status: StatusService) -> None:
        """The database is open: the page may count (`refresh`)."""
        self._status = status

    def refresh(self) -> None:
        """Count again, in the background; the cards change when the figures arrive."""
        status = self._status
        if self.busy or status is None:
            return
        self._task = run_in_background(
            self,
            lambda progress: status.overview(),
            on_done=self.show_overview,
            on_error=self._failed,
        )

    def show_waiting(self, text: str) -> None:
        """Say what the page waits for (`""`: nothing to say)."""
        self.waiting_label.setText(text)
        self.waiting_label.setVisible(bool(text))

    def show_overview(self, ov: Overview) -> None:
        self.overview = ov
        self.show_waiting("")
        self._show_subtitle()
        self.hint_label.setVisible(ov.people == 0 and ov.bodies == 0 and ov.visits_this_year == 0)
        self.people_card.set_figure(number(ov.people), self.tr("in the register"))
        self.councils_card.set_figure(number(ov.bodies), self.tr("councils and groups"))
        self.members_card.set_figure(
            number(ov.active_members), self.tr("people sitting on a council today")
        )
        self.events_card.set_figure(
            number(ov.events_next_30_days),
            self.tr("in the next 30 days, %Ln this year", "", ov.events_this_year),
        )
        self.visits_card.set_figure(
            number(ov.visits_this_year),
            self.tr("this year, %Ln today", "", ov.visits_today),
        )
        if ov.edition_phase is None:
            self.edition_label.setText(self.tr("No edition prepared yet"))
            self.phase_label.hide()
            self.budget_label.setText("")
            self.projects_label.setText("")
        else:
            self.edition_label.setText(ov.edition_title)
            self.phase_label.setText(
                self.tr("Phase: %1").replace("%1", enum_label(ov.edition_phase))
            )
            self.phase_label.show()
            self.budget_label.setText(money(ov.edition_budget_cents))
            self.projects_label.setText(
                self.tr("%Ln project(s) submitted", "", ov.edition_projects)
            )
        self.loaded.emit(ov)

    def _show_subtitle(self) -> None:
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        if self._city:
            self.subtitle_label.setText(f"{self._city} · {today}")
        else:
            self.subtitle_label.setText(today)

    def _failed(self, exc: BaseException) -> None:
        log.error("could not read the overview", exc_info=(type(exc), exc, exc.__traceback__))
        self.hint_label.setText(
            self.tr("The figures could not be read. The details are in the log file.")
        )
        self.hint_label.show()
