"""A new user's walk through the staff window: every page of the navigation, and in each
page every tab (tabs within tabs too), each shown at a given size once its data is in."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QThreadPool
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


def settle(timeout_ms: int = 10_000) -> None:
    """Let background readings finish and their results reach the screen."""
    app = QCoreApplication.instance()
    pool = QThreadPool.globalInstance()
    clock = QElapsedTimer()
    clock.start()
    for _ in range(3):
        app.processEvents()
        while pool.activeThreadCount() and clock.elapsed() < timeout_ms:
            pool.waitForDone(20)
            app.processEvents()
    app.processEvents()


def _tab_paths(root: QWidget, prefix: str) -> Iterator[str]:
    """Each tab of each visible tab widget of `root`, selected in turn."""
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]
    bars = [
        b
        for b in root.findChildren(QTabBar)
        if b.isVisibleTo(root) and not isinstance(b.parentWidget(), QTabWidget)
    ]
    if not tabs and not bars:
        yield prefix
        return
    # The outermost tab widget first; its pages hold the inner ones.
    outer: QTabWidget | QTabBar = min(tabs, key=lambda t: len(_ancestors(t))) if tabs else bars[0]
    for index in range(outer.count()):
        outer.setCurrentIndex(index)
        settle()
        text = (outer.tabText(index) or str(index)).replace("/", "-").replace(" ", "_")
        page = outer.widget(index) if isinstance(outer, QTabWidget) else None
        if page is not None:
            inner = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
            if inner:
                yield from _tab_paths(page, f"{prefix}-{index}{text}")
                continue
            inner_bars = [b for b in page.findChildren(QTabBar) if b.isVisibleTo(page)]
            if inner_bars and not isinstance(inner_bars[0].parentWidget(), QTabWidget):
                bar = inner_bars[0]
                for sub in range(bar.count()):
                    bar.setCurrentIndex(sub)
                    settle()
                    yield f"{prefix}-{index}{text}-{sub}{bar.tabText(sub).replace(' ', '_')}"
                continue
        yield f"{prefix}-{index}{text}"
    outer.setCurrentIndex(0)
    settle()


def _ancestors(widget: QWidget) -> list[QWidget]:
    out = []
    w = widget.parentWidget()
    while w is not None:
        out.append(w)
        w = w.parentWidget()
    return out


def walk_window(
    window, width: int, height: int, *, only: str = ""
) -> Iterator[tuple[str, QWidget]]:
    """Show `window` (a MainWindow) at width×height and yield (name, window) at each page
    and tab, laid out and filled."""
    from citizenspace.views.shell.main_window import PAGES

    window.resize(width, height)
    window.show()
    settle()
    for number, key in enumerate(PAGES):
        if only and key != only:
            continue
        window.show_page(key)
        settle()
        page = window.stack.currentWidget()
        for path in _tab_paths(page, f"{number:02d}{key}"):
            yield path, window


def dialogs(window) -> Iterator[tuple[str, QWidget]]:
    """Each main dialog of the staff window, built on its services and shown at its own
    size; closed after the caller has looked at it."""
    from citizenspace.views.budget.batches import NewBatchDialog, PinDialog
    from citizenspace.views.budget.projects.edition_dialog import EditionDialog
    from citizenspace.views.budget.projects.project_dialog import ProjectDialog
    from citizenspace.views.people.person_dialog import PersonDialog
    from citizenspace.views.reception.directory.entry_dialog import EntryDialog
    from citizenspace.views.reception.quality.survey_dialog import SurveyDialog
    from citizenspace.views.reception.themes_dialog import ThemesDialog
    from citizenspace.views.reception.tickets.categories_dialog import CategoriesDialog
    from citizenspace.views.reception.tickets.dialogs import (
        ForwardDialog,
        InformedDialog,
        Open311Dialog,
        ReasonDialog,
    )
    from citizenspace.views.reception.tickets.new_ticket_dialog import NewTicketDialog
    from citizenspace.views.shell.settings_view import AddSiteDialog

    services = window.services
    editions = services.budget.editions()
    makers = {
        "person": lambda: PersonDialog(services.people),
        "person-edit": lambda: PersonDialog(services.people, services.people.search("")[0].id),
        "new-ticket": lambda: NewTicketDialog(services),
        "ticket-categories": lambda: CategoriesDialog(services),
        "ticket-forward": lambda: ForwardDialog(services, None),
        "ticket-informed": lambda: InformedDialog(__import__("datetime").date.today()),
        "ticket-reason": lambda: ReasonDialog("Reason", "Why?"),
        "ticket-open311": lambda: Open311Dialog(),
        "themes": lambda: ThemesDialog(services.reception),
        "directory-entry": lambda: EntryDialog(services.directory),
        "survey": lambda: SurveyDialog(services),
        "edition": lambda: EditionDialog(services.budget_admin),
        "project": lambda: ProjectDialog(services.budget_admin, editions[0].id),
        "batch": lambda: NewBatchDialog(),
        "pin": lambda: PinDialog(),
        "add-site": lambda: AddSiteDialog(),
    }
    for key, make in makers.items():
        dialog = make()
        dialog.show()
        settle()
        try:
            yield key, dialog
        finally:
            dialog.close()
            dialog.deleteLater()
            settle()
