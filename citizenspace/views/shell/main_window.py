"""The staff application's window: the areas of the office on the left, one page at a time.

Built in steps so that it appears at once and never stops answering: the frame (navigation,
headings, the pages that need no data) is made and shown before the database is opened;
`attach()` then gives it the `Services` bundle made at start-up (views.context) and builds
the overview; every other page that shows data is built the first time it is shown (or
asked for, `pages[key]`), so that start-up pays for one page, not seven. While the database
opens, `work` (in the status bar) says what start-up does and offers to cancel.
The window reaches nothing global, so a test builds it on a temporary database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
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
from citizenspace.views.shell.overview_view import OverviewView
from citizenspace.views.shell.placeholder_view import ComingLaterView
from citizenspace.views.shell.work_indicator import WorkIndicator

if TYPE_CHECKING:  # the data pages, and SQLAlchemy behind them, load in attach()
    from citizenspace.services.shell.status import Overview, StatusSnapshot
    from citizenspace.services.sync.sync import SyncSummary
    from citizenspace.views.budget.budget_view import BudgetView
    from citizenspace.views.common.context import Services
    from citizenspace.views.common.tasks import BackgroundTask
    from citizenspace.views.people.people_view import PeopleView
    from citizenspace.views.privacy.privacy_view import PrivacyView
    from citizenspace.views.reception.reception_view import ReceptionView
    from citizenspace.views.shell.settings_view import SettingsView
    from citizenspace.views.shell.status_bar import StatusBarWidgets
    from citizenspace.views.sync.sync_controller import SyncController
    from citizenspace.views.sync.sync_view import SyncView

#: How often the status bar looks at the share again, in milliseconds.
STATUS_INTERVAL_MS = 30_000
#: The pages that show data, built once the database is open (the overview at once, the
#: others when first shown).
DATA_PAGES = ("overview", "reception", "people", "budget", "sync", "settings", "privacy")
#: The modules of those pages, imported off the GUI thread once the user can work
#: (`prefetch`), so that the first visit to a page only builds it.
PAGE_MODULES = (
    "citizenspace.views.reception.reception_view",
    "citizenspace.views.people.people_view",
    "citizenspace.views.budget.budget_view",
    "citizenspace.views.sync.sync_view",
    "citizenspace.views.shell.settings_view",
    "citizenspace.views.privacy.privacy_view",
)

#: The pages whose constructor reads their data (people, budget, sync: `refresh()`;
#: settings: `load()`): their first visit does not read it a second time.
LOADED_WHEN_BUILT = frozenset({"people", "budget", "sync", "settings"})

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
        # Each data page's builder, until it is built: () -> (page, widget shown).
        self._builders: dict[str, Callable[[], tuple[QWidget, QWidget]]] = {}
        self.sync_controller: SyncController | None = None
        self.status_widgets: StatusBarWidgets | None = None
        self._prefetch: BackgroundTask | None = None
        #: The page built a moment ago, whose constructor read its data (not read twice).
        self._fresh = ""
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Citizen Space"))
        self.setMinimumSize(QSize(960, 600))

        # --- pages: those without data now, the overview with its figures to come, the
        # other data pages as "opening" until attach()
        self._pages: dict[str, QWidget] = {}
        self.pages = _Pages(self)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.overview_view = OverviewView()
        for key in PAGES:
            if key == "overview":
                page: QWidget = self.overview_view
            elif key in DATA_PAGES:
                page = self._opening_page()
            else:
                page = ComingLaterView(key)
            self._pages[key] = page
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
        #: Start-up's own work (opening the database, the daily anonymisation): app.py
        #: drives it.
        self.work = WorkIndicator()
        self.statusBar().addPermanentWidget(self.work)

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
        page.setWordWrap(True)
        return page

    def show_opening(self, text: str, *, worth_saying: bool = False) -> None:
        """What opening the database is doing now, on the pages that wait for it (on the
        overview too when `worth_saying`: its cards already wait with "…")."""
        if self.attached:
            return
        for key in DATA_PAGES:
            page = self._pages[key]
            if isinstance(page, QLabel):
                page.setText(text)
        self.overview_view.show_waiting(text if worth_saying else "")

    @property
    def attached(self) -> bool:
        return self.services is not None

    def attach(
        self,
        services: Services,
        *,
        overview: Overview | None = None,
        snapshot: StatusSnapshot | None = None,
    ) -> None:
        """Give the window its services: the overview's figures, the status bar and the
        background sync; the other pages are built when first shown. Called once, when the
        database is open. `overview` and `snapshot`, read while the database was opened,
        are shown at once instead of being read again."""
        from citizenspace.views.shell.status_bar import StatusBarWidgets
        from citizenspace.views.sync.sync_controller import (
            FIRST_ROUND_DELAY_MS,
            SYNC_INTERVAL_MS,
            SyncController,
        )

        if self.services is not None:
            raise RuntimeError("the window already has its services")
        self.services = services
        self.overview_view.set_status(services.status)
        interval, first = self._sync_timing
        self.sync_controller = SyncController(
            services.sync,
            self,
            interval_ms=SYNC_INTERVAL_MS if interval is None else interval,
            first_delay_ms=FIRST_ROUND_DELAY_MS if first is None else first,
        )
        self._builders = {
            "reception": self._build_reception,
            "people": self._build_people,
            "budget": self._build_budget,
            "privacy": self._build_privacy,
            "sync": self._build_sync,
            "settings": self._build_settings,
        }

        self.status_widgets = StatusBarWidgets(
            services.status, self.statusBar(), interval_ms=self._status_interval_ms
        )
        self.status_widgets.refreshed.connect(self._status_refreshed)
        self.sync_controller.started.connect(lambda _usb: self.status_widgets.set_syncing(True))
        self.sync_controller.finished.connect(self._sync_finished)
        if snapshot is not None:
            self.status_widgets.show_snapshot(snapshot)
        else:
            self.status_widgets.refresh()
        self.sync_controller.start()
        if overview is not None and self.current_page_key == "overview":
            self.overview_view.show_overview(overview)
        else:
            self._page_changed(self.nav.currentRow())

    # ------------------------------------------------------------------ the pages, built once

    def _place(self, key: str, page: QWidget, shown: QWidget) -> None:
        """Put the built page in place of the one waiting for it, keeping the page in sight."""
        index = PAGES.index(key)
        current = self.stack.currentIndex()
        old = self.stack.widget(index)
        self.stack.insertWidget(index, shown)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._pages[key] = page
        self.stack.setCurrentIndex(current)

    def _page(self, key: str) -> QWidget:
        """The page `key`, built now if it has not been yet (and the window is attached)."""
        build = self._builders.pop(key, None)
        if build is not None:
            page, shown = build()
            self._place(key, page, shown)
            if key in LOADED_WHEN_BUILT:
                self._fresh = key
        return self._pages[key]

    def _built(self, key: str) -> QWidget | None:
        """The page `key` if it is built (never builds it)."""
        return None if key in self._builders or not self.attached else self._pages[key]

    def _build_reception(self) -> tuple[QWidget, QWidget]:
        from citizenspace.views.reception.reception_view import ReceptionView

        assert self.services is not None
        page = ReceptionView(self.services)
        return page, page

    def _build_people(self) -> tuple[QWidget, QWidget]:
        from citizenspace.views.people.people_view import PeopleView

        assert self.services is not None
        page = PeopleView(self.services.people, importer=self.services.people_import)
        return page, self._titled(
            page,
            self.tr("People"),
            self.tr("Everyone the office is in touch with: residents, members, volunteers."),
        )

    def _build_budget(self) -> tuple[QWidget, QWidget]:
        from citizenspace.views.budget.budget_view import BudgetView

        assert self.services is not None
        services = self.services
        page = BudgetView(
            services.budget,
            services.budget_printing,
            counting=services.budget_counting,
            admin=services.budget_admin,
        )
        return page, page

    def _build_privacy(self) -> tuple[QWidget, QWidget]:
        from citizenspace.views.privacy.privacy_view import PrivacyView

        assert self.services is not None
        page = PrivacyView(self.services)
        return page, page

    def _build_sync(self) -> tuple[QWidget, QWidget]:
        from citizenspace.views.sync.sync_view import SyncView

        assert self.services is not None and self.sync_controller is not None
        page = SyncView(self.services.sync, self.sync_controller)
        page.open_settings.connect(lambda: self.show_page("settings"))
        page.resolved.connect(lambda _id: self._status_refresh())
        return page, page

    def _build_settings(self) -> tuple[QWidget, QWidget]:
        from citizenspace.views.shell.settings_view import SettingsView

        assert self.services is not None
        page = SettingsView(self.services.settings, self.services.db_path)
        page.saved.connect(lambda _result: self._status_refresh())
        return page, page

    def _status_refresh(self) -> None:
        if self.status_widgets is not None:
            self.status_widgets.refresh()

    @property
    def people_view(self) -> PeopleView | None:
        return self._typed("people")  # type: ignore[return-value]  # the people page's class

    @property
    def settings_view(self) -> SettingsView | None:
        return self._typed("settings")  # type: ignore[return-value]  # its class

    @property
    def sync_view(self) -> SyncView | None:
        return self._typed("sync")  # type: ignore[return-value]  # its class

    @property
    def budget_view(self) -> BudgetView | None:
        return self._typed("budget")  # type: ignore[return-value]  # its class

    @property
    def reception_view(self) -> ReceptionView | None:
        return self._typed("reception")  # type: ignore[return-value]  # its class

    @property
    def privacy_view(self) -> PrivacyView | None:
        return self._typed("privacy")  # type: ignore[return-value]  # its class

    def _typed(self, key: str) -> QWidget | None:
        return self._page(key) if self.attached else None

    def prefetch(self) -> BackgroundTask[None]:
        """Import the pages' modules off the GUI thread, once the user can work: the first
        visit to each page then only builds it. (A page opened meanwhile waits for its own
        module, never for the others.)"""
        import importlib

        from citizenspace.views.common.tasks import run_in_background

        def work(progress: object) -> None:
            for name in PAGE_MODULES:
                importlib.import_module(name)

        self._prefetch = run_in_background(self, work, on_done=lambda _none: None)
        return self._prefetch

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
        self._fresh = ""
        page = self._page(PAGES[row]) if self.attached else self._pages[PAGES[row]]
        self.stack.setCurrentIndex(row)
        fresh, self._fresh = self._fresh == PAGES[row], ""
        refresh = getattr(page, "refresh", None)
        if callable(refresh) and not fresh:  # a page just built read its data already
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
        page = self._pages[self.current_page_key]
        refresh = getattr(page, "refresh", None)
        if self.current_page_key != "sync" and callable(refresh):
            refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.sync_controller is not None:
            self.sync_controller.stop()
        if self.status_widgets is not None:
            self.status_widgets.timer.stop()
        super().closeEvent(event)


class _Pages(Mapping[str, QWidget]):
    """`window.pages[key]`: the page of area `key`, built on first use once the window is
    attached (before, the page waiting for the database)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in PAGES:
            raise KeyError(key)
        page = self._window._typed(key)
        return page if page is not None else self._window._pages[key]

    def __iter__(self) -> Iterator[str]:
        return iter(PAGES)

    def __len__(self) -> int:
        return len(PAGES)
