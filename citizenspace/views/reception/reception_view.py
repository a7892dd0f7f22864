"""The Reception area: the desk, the whole log, follow-ups, "Qui fait quoi ?" and quality.

One tab per task of the reception staff, in the order of their day. The desk is first and
keeps the focus: a visit is logged from the keyboard the moment the page opens. A visit
saved with the outcome "follow-up ticket" opens the new-ticket form, prefilled from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from citizenspace.views.common.pages import titled_column
from citizenspace.views.reception.desk.desk_view import DeskView
from citizenspace.views.reception.directory.directory_view import DirectoryView
from citizenspace.views.reception.quality.quality_view import QualityView
from citizenspace.views.reception.tickets.new_ticket_dialog import NewTicketDialog
from citizenspace.views.reception.tickets.tickets_view import TicketsView
from citizenspace.views.reception.visit_log_view import VisitLogView

if TYPE_CHECKING:
    from citizenspace.views.common.context import Services


class ReceptionView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("receptionView")
        layout = titled_column(self, self.tr("Reception"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)

        self.desk = DeskView(services)
        self.log = VisitLogView(services)
        self.tickets = TicketsView(services)
        self.directory = DirectoryView(services)
        self.quality = QualityView(services)
        for page, text in (
            (self.desk, self.tr("Desk")),
            (self.log, self.tr("Visit log")),
            (self.tickets, self.tr("Follow-ups")),
            (self.directory, self.tr("Who does what?")),
            (self.quality, self.tr("Reception quality")),
        ):
            self.tabs.addTab(page, text)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.follow_up_dialog: NewTicketDialog | None = None
        self.desk.followUpRequested.connect(self.open_follow_up)
        # Alt+Page Down / Page Up move between the tabs without the mouse (Ctrl+Tab is the
        # desk form's own).
        for keys, step in (("Alt+PgDown", 1), ("Alt+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step(step))

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None:
            page.refresh()

    def _step(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, _index: int) -> None:
        self.refresh()

    def open_follow_up(self, visit_id: str) -> None:
        """The desk saved a visit that needs a follow-up: open its ticket at once, while the
        citizen is still there to give the details."""
        self.follow_up_dialog = self.tickets.new_ticket(visit_id)
