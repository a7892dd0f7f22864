"""Editions in and out as pabulib `.pb` files, the format researchers and other cities use.

Export lets anyone recount an edition with their own tools (pabutools, equalshares.net):
the ballots leave as they are stored — sorted choices, no date, no channel, numbered voters
in an order that says nothing (the ballots' random ids). Import creates an edition from a
file, to rehearse a count or compare rules on a real past vote.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from citizenspace.domain.budget import codes, pabulib
from citizenspace.domain.budget import tally as t
from citizenspace.domain.catalog import (
    BallotChannel,
    EditionPhase,
    OutcomeRule,
    ProjectStatus,
    VotingMethod,
)
from citizenspace.services.budget.budget import BudgetCounting, tally_method
from citizenspace.services.budget.budget_tally import TallyIssue, TallyRejected
from citizenspace.services.common.errors import NotFound, ServiceError, found
from citizenspace.store.database import Database
from citizenspace.store.models import Ballot, BudgetEdition, Project

MAX_BYTES = 64 * 1024 * 1024


class ExchangeIssue(StrEnum):
    NO_EDITION = "no_edition"
    POINTS = "points"  # cumulative or scoring ballots: an edition stores ticks only
    CENTS = "cents"  # a .pb file holds whole amounts
    CANNOT_WRITE = "cannot_write"
    BAD_FILE = "bad_file"


class ExchangeRejected(ServiceError):
    """Nothing was written (neither in the database nor on disk)."""

    def __init__(
        self, issue: ExchangeIssue, detail: str = "", cause: TallyRejected | None = None
    ) -> None:
        super().__init__(f"{issue.value}: {detail}")
        self.issue = issue
        self.detail = detail
        self.cause = cause


@dataclass(frozen=True, slots=True)
class Imported:
    edition_id: str
    title: str
    projects: int
    ballots: int


#: The tally's methods an edition can store (ticks only), back to the edition's own.
_METHODS = {tally_method(m): m for m in VotingMethod}


def import_pabulib(db: Database, path: Path, today: date | None = None) -> Imported:
    """A new edition (phase: results) from a `.pb` file: its projects on the ballot, its
    ballots as paper ballots. All or nothing."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExchangeRejected(
                ExchangeIssue.BAD_FILE,
                cause=TallyRejected(TallyIssue.TOO_LARGE, detail=str(MAX_BYTES)),
            )
        data = pabulib.parse_bytes(path.read_bytes())
    except OSError as exc:
        cause = TallyRejected(TallyIssue.UNREADABLE, detail=exc.strerror or str(exc))
        raise ExchangeRejected(ExchangeIssue.BAD_FILE, cause=cause) from exc
    except pabulib.PabulibError as exc:
        cause = TallyRejected(
            TallyIssue.INVALID_FILE, line=exc.line, detail=exc.detail, pabulib_code=exc.code
        )
        raise ExchangeRejected(ExchangeIssue.BAD_FILE, cause=cause) from exc
    election = data.election
    method = _METHODS.get(election.method)
    if method is None:
        raise ExchangeRejected(ExchangeIssue.POINTS, election.method.value)
    today = today or date.today()
    year = _year(data.meta_value("date_end") or data.meta_value("date_begin")) or today.year
    title = data.meta_value("description") or path.stem
    edition_id = str(uuid.uuid4())
    with db.write() as s:
        s.add(
            BudgetEdition(
                id=edition_id,
                year=year,
                title=title[:200],
                budget_cents=election.budget * 100,
                voting_method=method,
                max_choices=_int(data.meta_value("max_length")),
                outcome_rule=OutcomeRule.EQUAL_SHARES
                if "equal" in data.meta_value("rule").lower()
                else OutcomeRule.GREEDY,
                phase=EditionPhase.RESULTS,
                code_key="",
                code_salt=codes.new_salt(),
                paper_key=codes.new_secret(),
                tie_break_seed=election.draw_seed,
            )
        )
        ids: dict[str, str] = {}
        for order, project in enumerate(election.projects, start=1):
            ids[project.id] = str(uuid.uuid4())
            s.add(
                Project(
                    id=ids[project.id],
                    edition_id=edition_id,
                    title=(project.name or project.id)[:120],
                    cost_cents=project.cost * 100,
                    status=ProjectStatus.ON_BALLOT,
                    status_reason=f"pabulib {project.id}",
                    ballot_order=order,
                )
            )
        s.flush()
        for ballot in election.ballots:
            s.add(
                Ballot(
                    id=str(uuid.uuid4()),
                    edition_id=edition_id,
                    channel=BallotChannel.PAPER,
                    cast_on=today,
                    choices=json.dumps(sorted(ids[pid] for pid, points in ballot if points)),
                )
            )
    return Imported(edition_id, title, len(election.projects), len(election.ballots))


def export_pabulib(db: Database, edition_id: str, target: Path) -> int:
    """Write the edition as a `.pb` file (amounts in euros); returns the number of ballots."""
    try:
        election = BudgetCounting(db).election(edition_id)
    except NotFound as exc:
        raise ExchangeRejected(ExchangeIssue.NO_EDITION, edition_id) from exc
    if election.budget % 100 or any(p.cost % 100 for p in election.projects):
        raise ExchangeRejected(ExchangeIssue.CENTS)
    with db.read() as s:
        edition = found(s.get(BudgetEdition, edition_id), "edition", edition_id)
        names = dict(s.execute(select(Project.id, Project.title)).all())
        meta = {
            "description": edition.title,
            "country": "France",
            "instance": str(edition.year),
            "currency": "EUR",
            "rule": "equalshares" if edition.outcome_rule is OutcomeRule.EQUAL_SHARES else "greedy",
        }
        if edition.vote_from:
            meta["date_begin"] = edition.vote_from.strftime("%d.%m.%Y")
        if edition.vote_until:
            meta["date_end"] = edition.vote_until.strftime("%d.%m.%Y")
        if edition.max_choices and edition.voting_method is VotingMethod.APPROVAL:
            meta["max_length"] = str(edition.max_choices)
    in_euros = t.Election(
        budget=election.budget // 100,
        projects=tuple(
            t.Project(p.id, p.cost // 100, names.get(p.id, p.name)) for p in election.projects
        ),
        ballots=election.ballots,
        method=election.method,
        draw_seed=election.draw_seed,
    )
    text = pabulib.write(pabulib.from_election(in_euros, meta))
    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".citizenspace-", suffix=".pb", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(Exception):
            os.unlink(tmp)
        raise ExchangeRejected(ExchangeIssue.CANNOT_WRITE, exc.strerror or str(exc)) from exc
    return len(election.ballots)


def _year(text: str) -> int | None:
    digits = [p for p in text.replace("-", ".").replace("/", ".").split(".") if len(p) == 4]
    return int(digits[0]) if digits and digits[0].isdigit() else None


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None
