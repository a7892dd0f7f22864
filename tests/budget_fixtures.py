"""A small edition open for votes, for the budget tests: three projects, one code batch bound
to this machine, and the codes printed for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from citizenspace.domain.budget import codes
from citizenspace.domain.catalog import (
    DeviceKind,
    EditionPhase,
    OutcomeRule,
    ProjectStatus,
    VotingMethod,
)
from citizenspace.services.budget.budget import REPRINT_PREFIX
from citizenspace.services.shell.settings import SettingsService
from citizenspace.store.database import Database
from citizenspace.store.models import (
    BudgetEdition,
    CodeBatch,
    Device,
    LocalSetting,
    LocalState,
    Project,
)

TODAY = date(2027, 4, 12)


@dataclass
class Vote:
    edition_id: str
    projects: list[str]
    codes: list[str]
    batch_id: str


def open_vote(
    db: Database,
    *,
    method: VotingMethod = VotingMethod.APPROVAL,
    max_choices: int | None = 2,
    n_codes: int = 5,
    bound: str = "here",
    batches: bool = True,
) -> Vote:
    salt = codes.new_salt()
    key = codes.new_batch_key()
    made = codes.batch_codes(key, n_codes)
    SettingsService(db).ensure_device()
    with db.write() as s:
        device = s.get(LocalState, 1).device_id
        s.add(
            BudgetEdition(
                id="ed1",
                year=2027,
                title="Budget participatif des enfants 2027",
                budget_cents=1_000_000,
                voting_method=method,
                max_choices=max_choices,
                phase=EditionPhase.VOTE,
                vote_from=TODAY - timedelta(days=3),
                vote_until=TODAY + timedelta(days=10),
                code_key="",
                code_salt=salt,
                paper_key=codes.new_secret(),
            )
        )
        for i, (title, cost) in enumerate(
            [
                ("Une aire de jeux", 450_000),
                ("Des boîtes à livres", 120_000),
                ("Un jardin partagé", 600_000),
            ],
            start=1,
        ):
            s.add(
                Project(
                    id=f"p{i}",
                    edition_id="ed1",
                    title=title,
                    easy_read=f"Nous voulons {title.lower()}.",
                    cost_cents=cost,
                    status=ProjectStatus.ON_BALLOT,
                    ballot_order=i,
                )
            )
        if bound == "elsewhere":
            s.add(Device(id="other-kiosk", name="Borne du bus", kind=DeviceKind.KIOSK))
            s.flush()
        if batches:
            s.add(
                CodeBatch(
                    id="b1",
                    edition_id="ed1",
                    device_id={"here": device, "elsewhere": "other-kiosk"}.get(bound),
                    label="Borne test",
                    size=n_codes,
                    prefix="",
                    verifiers="".join(sorted(codes.verifier(c, salt) for c in made)),
                    created_on=TODAY - timedelta(days=10),
                    printed_on=TODAY - timedelta(days=9),
                )
            )
            # The machine that made the batch keeps its key, to print it again.
            s.add(LocalSetting(key=REPRINT_PREFIX + "b1", value=key.hex()))
    return Vote("ed1", ["p1", "p2", "p3"], made, "b1")


def set_phase(
    db: Database,
    phase: EditionPhase,
    *,
    rule: OutcomeRule | None = None,
    edition_id: str = "ed1",
) -> None:
    """Move the edition to `phase` (the coordinator's "Current step"), and declare its
    outcome rule when `rule` is given."""
    with db.write() as s:
        edition = s.get(BudgetEdition, edition_id)
        edition.phase = phase
        if rule is not None:
            edition.outcome_rule = rule
