"""Long work of the Reception tabs runs off the GUI thread, shows its progress and can be
cancelled: the quality figures counted again at each change of period or site, the quality
export, and the follow-ups' Open311 export with its photos. While the work runs the window
answers; a cancelled export leaves nothing behind, not even half a file.

The services are the real ones on a real SQLite file; the test only holds them at a gate
(to act while they run) and notes the thread they run on.
"""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QThreadPool
from sqlalchemy import select

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.services.reception.quality import QualityService
from citizenspace.services.reception.tickets import CategoryDraft, TicketDraft, TicketService
from citizenspace.store.models import Site, Visit
from citizenspace.views.common.context import Services
from citizenspace.views.reception.quality.quality_view import QualityView
from citizenspace.views.reception.tickets.tickets_view import TicketsView
from tests.pictures import png_bytes

TODAY = date(2026, 5, 14)
GUI = threading.get_ident()


@pytest.fixture(autouse=True)
def _french():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(old)


class Gate:
    """Where the work waits until the test lets it go, and the threads it ran on."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.reached = threading.Event()
        self.threads: list[int] = []

    def hold(self) -> None:
        self.open.clear()
        self.reached.clear()

    def wait(self) -> None:
        self.threads.append(threading.get_ident())
        self.reached.set()
        assert self.open.wait(20), "the test never let the work go"


class GatedQuality(QualityService):
    def __init__(self, db, gate: Gate) -> None:  # noqa: ANN001 - a Database
        super().__init__(db, today=TODAY)
        self.gate = gate

    def indicators(self, start, end, site_id=None, step=None):  # noqa: ANN001, ANN201
        self.gate.wait()
        return super().indicators(start, end, site_id, step)

    def export(self, path, report, **kw):  # noqa: ANN001, ANN003, ANN201
        self.gate.wait()
        return super().export(path, report, **kw)


class GatedTickets(TicketService):
    """Stops at the gate once two photos are copied."""

    def __init__(self, db, gate: Gate) -> None:  # noqa: ANN001 - a Database
        super().__init__(db, today=lambda: TODAY)
        self.gate = gate

    def export_open311(  # noqa: ANN201
        self,
        path,  # noqa: ANN001
        fmt="json",  # noqa: ANN001
        with_photos=False,  # noqa: ANN001
        with_staff_notes=False,  # noqa: ANN001
        step=None,  # noqa: ANN001
    ):
        def halfway(done: int, total: int) -> None:
            if done == 2:
                self.gate.wait()
            if step is not None:
                step(done, total)

        return super().export_open311(path, fmt, with_photos, with_staff_notes, halfway)


@pytest.fixture
def gate() -> Gate:
    return Gate()


@pytest.fixture
def quality_view(db, qtbot, gate):
    with db.write() as s:
        site = Site(name="Hôtel de ville")
        s.add(site)
        s.flush()
        for k in range(40):
            arrived = datetime(2026, 1, 5, 9) + timedelta(days=3 * k)
            s.add(
                Visit(
                    site_id=site.id,
                    channel=Channel.DESK,
                    outcome=VisitOutcome.ANSWERED,
                    arrived_at=arrived,
                    started_at=arrived + timedelta(minutes=k % 7),
                    ended_at=arrived + timedelta(minutes=12),
                    wait_seconds=(k % 7) * 60,
                )
            )
    services = dataclasses.replace(Services.for_database(db), quality=GatedQuality(db, gate))
    view = QualityView(services)
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    qtbot.waitUntil(lambda: view.report is not None and view.recount_task is None, timeout=10_000)
    return view


def test_the_figures_are_counted_off_the_gui_thread_and_a_cancel_keeps_the_last(
    quality_view, qtbot, gate
):
    view = quality_view
    before = view.report
    assert before is not None and gate.threads and GUI not in gate.threads
    gate.hold()
    view.period_combo.setCurrentIndex(0)  # this month: counted again
    qtbot.waitUntil(gate.reached.is_set, timeout=5000)
    # The work waits at the gate, and the window still answers: the strip appears with
    # its bar and its Cancel button, the filters can be changed.
    qtbot.waitUntil(view.strip.isVisible, timeout=5000)
    assert view.strip.bar.isVisible() and view.strip.cancel_button.isEnabled()
    assert view.period_combo.isEnabled()
    assert gate.threads[-1] != GUI

    qtbot.mouseClick(view.strip.cancel_button, Qt.MouseButton.LeftButton)
    gate.open.set()
    qtbot.waitUntil(lambda: view.recount_task is None, timeout=10_000)
    assert view.report is before  # still the last figures counted
    assert "previous choice" in view.message.text()
    assert not view.strip.isVisible()

    # A change while counting starts again from the new choice; only its figures show.
    gate.hold()
    view.period_combo.setCurrentIndex(1)  # last month
    qtbot.waitUntil(gate.reached.is_set, timeout=5000)
    view.period_combo.setCurrentIndex(3)  # this year
    gate.open.set()
    qtbot.waitUntil(lambda: view.recount_task is None, timeout=10_000)
    assert view.report is not None and view.report.start == date(2026, 1, 1)
    assert view.report.overall.visits == 40


def _blocked_pool() -> tuple[QThreadPool, threading.Event]:
    """A pool of one thread, busy until the event is set: work given to it waits."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    release = threading.Event()
    pool.start(lambda: release.wait(20))
    return pool, release


def test_the_quality_export_runs_aside_and_a_cancel_writes_nothing(
    quality_view, qtbot, gate, tmp_path
):
    view = quality_view
    folder = tmp_path / "out"
    folder.mkdir()
    pool, release = _blocked_pool()
    view.export_strip.pool = pool
    task = view.export_to(folder / "indicateurs.xlsx")
    assert task is not None and view.export_strip.isVisible()
    qtbot.mouseClick(view.export_strip.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert list(folder.iterdir()) == []
    assert view.message.text() == "Export cancelled: nothing was written."
    assert view.export_button.isEnabled() and not view.export_strip.isVisible()

    threads = len(gate.threads)
    task = view.export_to(folder / "indicateurs.xlsx")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert [p.name for p in folder.iterdir()] == ["indicateurs.xlsx"]
    assert len(gate.threads) == threads + 1 and gate.threads[-1] != GUI
    pool.waitForDone(5000)


@pytest.fixture
def tickets_view(db, qtbot, gate):
    tickets = GatedTickets(db, gate)
    tickets.add_category(CategoryDraft("voirie", "Voirie", 10))
    category = tickets.categories()[0].id
    for k in range(5):
        tickets.open_ticket(
            TicketDraft(category_id=category, description=f"Trou n° {k}"),
            photo=png_bytes(rgb=(10 * k, 90, 140)),
        )
    view = TicketsView(dataclasses.replace(Services.for_database(db), tickets=tickets))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def test_the_open311_export_with_photos_runs_aside_and_a_cancel_leaves_nothing(
    tickets_view, qtbot, gate, tmp_path
):
    view = tickets_view
    folder = tmp_path / "export"
    folder.mkdir()
    gate.hold()
    task = view.export_to(folder / "open311.json", "json")
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)  # two photos copied
    assert gate.threads[-1] != GUI
    # The window answers meanwhile: the strip shows the copy going on; a ticket can be read.
    assert view.strip.isVisible() and not view.export_button.isEnabled()
    assert view.select_ticket(view.row_ids()[0]) and view.detail() is not None
    qtbot.mouseClick(view.strip.cancel_button, Qt.MouseButton.LeftButton)
    gate.open.set()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert list(folder.iterdir()) == []  # no file, no photo, no hidden work folder
    assert "cancelled" in view.message_box.text()
    assert view.export_button.isEnabled()

    task = view.export_to(folder / "open311.json", "json")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert sorted(p.name for p in folder.iterdir()) == ["open311-media", "open311.json"]
    assert len(list((folder / "open311-media").iterdir())) == 5
    assert "5" in view.message_box.text()


def test_nothing_in_the_database_changes_during_an_export(tickets_view, db, qtbot, tmp_path):
    """An export reads; the tickets are the same before and after."""
    from citizenspace.store.models import FollowUp

    with db.read() as s:
        before = sorted(s.scalars(select(FollowUp.id)).all())
    task = tickets_view.export_to(tmp_path / "o.csv", "csv")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    with db.read() as s:
        assert sorted(s.scalars(select(FollowUp.id)).all()) == before
    assert (tmp_path / "o.csv").exists() and (tmp_path / "o-services.csv").exists()
    assert not [p for p in Path(tmp_path).iterdir() if p.name.endswith(".partial")]
