"""The staff application's window: the areas of the office on the left, one page at a time.

Built in two steps so that it appears at once: the frame (navigation, headings, the pages
that need no data) is made and shown before the database is opened; `attach()` then gives it
the `Services` bundle made at start-up (views.context) and builds the pages that show data.
The window reaches nothing global, so a test builds it on a temporary database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from citizenspace.views.common.icons import nav_icon
from citizenspace.views.common.pages import titled_column
from citizenspace.views.shell.placeholder_view import ComingLaterView

if TYPE_CHECKING:  # the data pages, and SQLAlchemy behind them, load in attach()
    from citizenspace.services.shell.status import StatusSnapshot
    from citizenspace.services.sync.sync import SyncSummary
    from citizenspace.views.budget.budget_view import BudgetView
    from citizenspace.views.common.context import Services
    from citizenspace.views.people.people_view import PeopleView
    from citizenspace.views.privacy.privacy_view import PrivacyView
    from citizenspace.views.reception.reception_view import ReceptionView
    from citizenspace.views.shell.overview_view import OverviewView
    from citizenspace.views.shell.settings_view import SettingsView
    from citizenspace.views.shell.status_bar import StatusBarWidgets
    from citizenspace.views.sync.sync_controller import SyncController
    from citizenspace.views.sync.sync_view import SyncView

#: How often the status bar looks at the share again, in milliseconds.
STATUS_INTERVAL_MS = 30_000
#: The pages that show data, built once the database is open.
DATA_PAGES = ("overview", "reception", "people", "budget", "sync", "settings", "privacy")

# The navigation, in the order of the office's day. Keys name pages and icons.
PAGES = (
    "overview",
    "reception",
    "people",
    "councils",
    "events",
    "budget",
    "printing",
    "sync",
    "settings",
    "privacy",
)

NAV_TEXT = "#d9e4ef"
NAV_SELECTED_TEXT = "#ffffff"


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services | None = None,
        parent: QWidget | None = None,
        *,
        status_interval_ms: int = STATUS_INTERVAL_MS,
        sync_interval_ms: int | None = None,
        sync_first_delay_ms: int | None = None,
    ) -> None:
        """`sync_interval_ms` and `sync_first_delay_ms` time the background exchanges
        (None: the defaults of `views.sync_controller`; a test passes 0 and -1 to run them
        by hand only)."""
        super().__init__(parent)
        self.services: Services | None = None
        self._status_interval_ms = status_interval_ms
        self._sync_timing = (sync_interval_ms, sync_first_delay_ms)
        self._city = ""
        self.overview_view: OverviewView | None = None
        self.people_view: PeopleView | None = None
        self.settings_view: SettingsView | None = None
        self.sync_view: SyncView | None = None
        self.budget_view: BudgetView | None = None
        self.reception_view: ReceptionView | None = None
        self.privacy_view: PrivacyView | None = None
        self.sync_controller: SyncController | None = None
        self.status_widgets: StatusBarWidgets | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Citizen Space"))
        self.setMinimumSize(QSize(960, 600))

        # --- pages: those without data now, the data pages as "opening" until attach()
        self.pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for key in PAGES:
            page = self._opening_page() if key in DATA_PAGES else ComingLaterView(key)
            self.pages[key] = page
            self.stack.addWidget(page)

        # --- navigation
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setAccessibleName(self.tr("Areas of Citizen Space"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setUniformItemSizes(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        labels = self._nav_labels()
        for key in PAGES:
            item = QListWidgetItem(nav_icon(key, NAV_TEXT, NAV_SELECTED_TEXT), labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 46))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._page_changed)

        brand = QLabel(self.tr("Citizen Space"))
        brand.setObjectName("brand")
        self.city_label = QLabel("")
        self.city_label.setObjectName("brandCity")
        self.city_label.setWordWrap(True)
        panel = QFrame()
        panel.setObjectName("navPanel")
        panel.setFixedWidth(248)
        panel_box = QVBoxLayout(panel)
        panel_box.setContentsMargins(12, 20, 12, 16)
        panel_box.setSpacing(2)
        panel_box.addWidget(brand)
        panel_box.addWidget(self.city_label)
        panel_box.addSpacing(18)
        panel_box.addWidget(self.nav, 1)

        central = QWidget()
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(panel)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Opening the database…"))

        # Ctrl+1 ... Ctrl+9, then Ctrl+0, open the areas in the order of the list, for
        # keyboard users.
        for i, _key in enumerate(PAGES[:10]):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{(i + 1) % 10}"), self)
            shortcut.activated.connect(lambda row=i: self.nav.setCurrentRow(row))

        self.nav.setCurrentRow(0)
        if services is not None:
            self.attach(services)

    def _opening_page(self) -> QWidget:
        page = QLabel(self.tr("Opening the database…"))
        page.setObjectName("openingPage")
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return page

    @property
    def attached(self) -> bool:
        return self.services is not None

    def attach(self, services: Services) -> None:
        """Give the window its services: build the pages that show data, start the status
        bar. Called once, when the database is open."""
        from citizenspace.views.budget.budget_view import BudgetView
        from citizenspace.views.people.people_view import PeopleView
        from citizenspace.views.privacy.privacy_view import PrivacyView
        from citizenspace.views.reception.reception_view import ReceptionView
        from citizenspace.views.shell.overview_view import OverviewView
        from citizenspace.views.shell.settings_view import SettingsView
        from citizenspace.views.shell.status_bar import StatusBarWidgets
        from citizenspace.views.sync.sync_controller import (
            FIRST_ROUND_DELAY_MS,
            SYNC_INTERVAL_MS,
            SyncController,
        )
        from citizenspace.views.sync.sync_view import SyncView

        if self.services is not None:
            raise RuntimeError("the window already has its services")
        self.services = services
        self.overview_view = OverviewView(services.status)
        self.people_view = PeopleView(services.people, importer=services.people_import)
        self.settings_view = SettingsView(services.settings, services.db_path)
        self.reception_view = ReceptionView(services)
        self.privacy_view = PrivacyView(services)
        self.budget_view = BudgetView(
            services.budget,
            services.budget_printing,
            counting=services.budget_counting,
            admin=services.budget_admin,
        )
        interval, first = self._sync_timing
        self.sync_controller = SyncController(
            services.sync,
            self,
            interval_ms=SYNC_INTERVAL_MS if interval is None else interval,
            first_delay_ms=FIRST_ROUND_DELAY_MS if first is None else first,
        )
        self.sync_view = SyncView(services.sync, self.sync_controller)
        self.sync_view.open_settings.connect(lambda: self.show_page("settings"))
        built: dict[str, tuple[QWidget, QWidget]] = {
            "overview": (self.overview_view, self.overview_view),
            "people": (
                self.people_view,
                self._titled(
                    self.people_view,
                    self.tr("People"),
                    self.tr(
                        "Everyone the office is in touch with: residents, members, volunteers."
                    ),
                ),
            ),
            "reception": (self.reception_view, self.reception_view),
            "budget": (self.budget_view, self.budget_view),
            "privacy": (self.privacy_view, self.privacy_view),
            "sync": (self.sync_view, self.sync_view),
            "settings": (self.settings_view, self.settings_view),
        }
        current = self.stack.currentIndex()
        for key, (page, shown) in built.items():
            index = PAGES.index(key)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, shown)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = page
        self.stack.setCurrentIndex(current)

        self.statusBar().clearMessage()
        self.status_widgets = StatusBarWidgets(
            services.status, self.statusBar(), interval_ms=self._status_interval_ms
        )
        self.status_widgets.refreshed.connect(self._status_refreshed)
        self.settings_view.saved.connect(lambda _result: self.status_widgets.refresh())
        self.sync_controller.started.connect(lambda _usb: self.status_widgets.set_syncing(True))
        self.sync_controller.finished.connect(self._sync_finished)
        self.sync_view.resolved.connect(lambda _id: self.status_widgets.refresh())
        self.status_widgets.refresh()
        self.sync_controller.start()
        self._page_changed(self.nav.currentRow())

    def _nav_labels(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"),
            "reception": self.tr("Reception"),
            "people": self.tr("People"),
            "councils": self.tr("Councils"),
            "events": self.tr("Events"),
            "budget": self.tr("Participatory budget"),
            "printing": self.tr("Printing"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
            "privacy": self.tr("Personal data"),
        }

    @staticmethod
    def _titled(page: QWidget, title: str, subtitle: str) -> QWidget:
        """A page that has no heading of its own, under the same heading as the others."""
        holder = QWidget()
        box = titled_column(holder, title, subtitle)
        box.setSpacing(8)
        box.addSpacing(12)
        page.layout().setContentsMargins(0, 0, 0, 0)
        box.addWidget(page, 1)
        return holder

    # ------------------------------------------------------------------ navigation

    @property
    def current_page_key(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def show_page(self, key: str) -> QWidget:
        """Open the area `key` (one of `PAGES`) as if its item had been clicked."""
        self.nav.setCurrentRow(PAGES.index(key))
        return self.pages[key]

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[PAGES[row]]
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    # ------------------------------------------------------------------ status

    def _status_refreshed(self, snap: StatusSnapshot) -> None:
        self._city = snap.city_name
        if snap.city_name:
            self.setWindowTitle(self.tr("Citizen Space — %1").replace("%1", snap.city_name))
        else:
            self.setWindowTitle(self.tr("Citizen Space"))
        self.city_label.setText(snap.city_name)
        if self.overview_view is not None:
            self.overview_view.set_city_name(snap.city_name)

    def _sync_finished(self, summary: SyncSummary) -> None:
        """A round ended: the status bar reads the outcome again (as it would after a
        restart), and the page in sight shows what other computers changed."""
        assert self.status_widgets is not None
        self.status_widgets.set_syncing(False)
        self.status_widgets.refresh()
        if not summary.changes_applied:
            return
        page = self.pages[self.current_page_key]
        refresh = getattr(page, "refresh", None)
        if page is not self.sync_view and callable(refresh):
            refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.sync_controller is not None:
            self.sync_controller.stop()
        if self.status_widgets is not None:
            self.status_widgets.timer.stop()
        super().closeEvent(event)
