"""The demo city's tickets follow the same rules as tickets opened by hand: categories with
delays, a history consistent with each status, closed_on when closed, L114-2 kept."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from citizenspace.domain import catalog as c
from citizenspace.domain.reception import tickets as rules
from citizenspace.services.demo.demo import generate
from citizenspace.services.reception.tickets import TicketService
from citizenspace.store.migrate import open_database
from citizenspace.store.models import DirectoryEntry, FollowUp, TicketCategory, TicketEvent

TODAY = date(2026, 4, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db, _ = open_database(tmp_path_factory.mktemp("demo") / "d.db")
    generate(db, scale=0.1, today=TODAY)
    yield db
    db.close()


def test_categories_have_delays_and_services(demo):
    with demo.read() as s:
        cats = s.scalars(select(TicketCategory)).all()
        names = {cat.name for cat in cats}
        assert {"Voirie", "Éclairage public", "Propreté", "Déchets", "Espaces verts"} <= names
        assert all(1 <= cat.due_days <= 365 and cat.code for cat in cats)
        assert sum(cat.directory_entry_id is not None for cat in cats) >= 5


def test_every_ticket_has_a_history_that_leads_to_its_status(demo):
    with demo.read() as s:
        events = defaultdict(list)
        for e in s.scalars(select(TicketEvent).order_by(TicketEvent.at, TicketEvent.id)):
            events[e.ticket_id].append(e)
        tickets = s.scalars(select(FollowUp)).all()
        competence = dict(s.execute(select(DirectoryEntry.id, DirectoryEntry.competence)).all())
        cats = {cat.id: cat for cat in s.scalars(select(TicketCategory))}
    assert len(tickets) > 20
    statuses = {t.status for t in tickets}
    assert c.TicketStatus.RESOLVED in statuses and statuses - rules.CLOSED
    for t in tickets:
        history = events[t.id]
        assert history[0].status is c.TicketStatus.NEW
        for before, after in zip(history, history[1:], strict=False):
            assert after.status in rules.next_statuses(before.status), t.id
            assert after.at > before.at
        assert history[-1].status is t.status
        assert t.category_id in cats and t.category == cats[t.category_id].name
        assert t.due_on == rules.due_date(t.opened_on, cats[t.category_id].due_days)
        assert t.site_id is not None
        if rules.is_closed(t.status):
            assert t.closed_on == history[-1].at.date() and t.closed_on <= TODAY
            assert not (t.contact_name or t.contact_phone)  # contacts only on open ones
        else:
            assert t.closed_on is None
        if t.status is c.TicketStatus.REJECTED:
            assert t.status_reason
        if t.outside_competence:
            assert competence[t.directory_entry_id] is not c.Competence.CITY
            assert t.status is not c.TicketStatus.NEW
            assert t.informed_on is not None and t.forwarded_on is not None
    assert any(t.contact_phone for t in tickets)
    assert any(t.outside_competence for t in tickets)


def test_the_service_reads_the_demo(demo):
    svc = TicketService(demo, today=lambda: TODAY)
    rows = svc.tickets()
    assert rows and svc.ticket(rows[0].id).history
    late = svc.overdue()
    assert all(r.days_late > 0 for r in late)
    assert [r.due_on for r in late] == sorted(r.due_on for r in late)
