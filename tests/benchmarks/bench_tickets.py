"""Benchmark for the Follow-ups page with 20,000 tickets, median of 5, printed, never asserted.

    python tests/benchmarks/bench_tickets.py

On a copy of the cached database of 20,000 tickets over five years (`_tickets.py`; built
once, in seconds), the page as a receptionist uses it, each figure from the action to the
page shown again (events processed):
- opening the tab (the page made, its first page of open tickets and the counts): target
  <= 200 ms;
- changing the status filter (open tickets <-> all statuses): target <= 150 ms;
- typing a search (the words applied, as after the pause that follows the last key), in
  the open tickets and in all statuses;
- switching "All tickets" / "Overdue";
- sorting all statuses by another column, and scrolling to the end of a page (the next
  page read).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._common import measure  # noqa: E402
from tests.benchmarks._tickets import TODAY, tickets_db  # noqa: E402

RUNS = 5


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from citizenspace.services.reception.tickets import TicketService
    from citizenspace.store.migrate import open_database
    from citizenspace.views.common.context import Services
    from citizenspace.views.reception.tickets.tickets_view import TicketsView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(tickets_db(Path(folder) / "tickets.db"))
        services = replace(
            Services.for_database(db), tickets=TicketService(db, today=lambda: TODAY)
        )
        views: list[TicketsView] = []

        def open_tab() -> None:
            view = TicketsView(services)
            view.resize(1100, 700)
            view.show()
            app.processEvents()
            views.append(view)

        measure("open the Follow-ups tab (target <= 200 ms)", open_tab, RUNS)
        view = views[-1]
        print(
            f"  ({view.count_label.text()}; {view.model.rowCount()} rows read; "
            f"{view.tabs.tabText(1)})"
        )

        def timed(prepare: Callable[[], None], act: Callable[[], None]) -> Callable[[], float]:
            def run() -> float:
                prepare()
                app.processEvents()
                start = time.perf_counter()
                act()
                app.processEvents()
                return time.perf_counter() - start

            return run

        def status(index: int) -> Callable[[], None]:
            def act() -> None:
                view.status_filter.setCurrentIndex(index)
                view.apply_filters()

            return act

        def search(words: str) -> Callable[[], None]:
            def act() -> None:
                view.search_edit.setText(words)
                view.apply_filters()  # what the pause after the last key runs

            return act

        def tab(index: int) -> Callable[[], None]:
            return lambda: view.tabs.setCurrentIndex(index)

        def reset() -> None:
            view.tabs.setCurrentIndex(0)
            view.search_edit.clear()
            view.status_filter.setCurrentIndex(0)
            view.apply_filters()

        measure(
            "status filter: open -> all statuses (target <= 150 ms)", timed(reset, status(1)), RUNS
        )
        print(f"  ({view.count_label.text()})")

        def to_open() -> None:
            reset()
            status(1)()

        measure(
            "status filter: all statuses -> open (target <= 150 ms)",
            timed(to_open, status(0)),
            RUNS,
        )
        measure("type a search in the open tickets", timed(reset, search("voltaire")), RUNS)
        print(f"  ({view.count_label.text()})")

        def all_statuses() -> None:
            reset()
            status(1)()

        measure("type a search in all statuses", timed(all_statuses, search("eclairage")), RUNS)
        print(f"  ({view.count_label.text()})")
        measure("switch to Overdue", timed(reset, tab(1)), RUNS)
        print(f"  ({view.count_label.text()})")

        def overdue() -> None:
            reset()
            view.tabs.setCurrentIndex(1)

        measure("switch back to All tickets", timed(overdue, tab(0)), RUNS)

        def latest_first() -> None:
            all_statuses()
            view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        measure(
            "sort all statuses by address",
            timed(latest_first, lambda: view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)),
            RUNS,
        )

        def scroll_end() -> None:
            view.table.scrollToBottom()

        measure(
            "scroll to the end of the rows read (next page)",
            timed(latest_first, scroll_end),
            RUNS,
        )
        print(f"  ({view.model.rowCount()} rows read of {view.count_label.text()})")
        for v in views:
            v.close()
        db.close()


if __name__ == "__main__":
    main()
