"""The children's participatory budget of the demo city: this year's edition, open for
votes, its projects with their drawings, its sites, its voting codes, ten days of votes.

The edition and every project of budget.toml go through the budget's own rules, the ones
the budget administration applies: an `EditionDraft` checked by `validate_edition`, each
project a `ProjectDraft` checked by `validate_project` (a title, a cost above zero, a
proposing group that is not a child's full name...) and its drawing taken in as every
picture is (`clean_picture`: a PNG, JPEG or SVG of at most 5 MB, without its metadata).
All the projects are checked, those left off the ballot too. Code batches and ballots are
made by the budget's code rules (`domain.budget.codes`, `ballot.canonical`).
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import replace
from datetime import date, timedelta
from hashlib import sha256
from importlib import resources

from citizenspace.domain import catalog as c
from citizenspace.domain.budget import codes
from citizenspace.domain.budget import editions as rules
from citizenspace.domain.budget.ballot import canonical
from citizenspace.domain.budget.editions import EditionDraft, ProjectDraft
from citizenspace.domain.ids import id_for_key
from citizenspace.services.demo.city import City, DemoEntryRefused, Refusal, Row, refuse_unless
from citizenspace.services.demo.data import DemoDataError, ProjectData
from citizenspace.store.media.pictures import PictureRefused, clean_picture
from citizenspace.store.models import (
    Ballot,
    BudgetEdition,
    CodeBatch,
    EditionSite,
    Project,
    UsedCode,
)

#: The sites where children vote: the Citizen Space, the social centres, the bus.
VOTING_SITES = ("citizen_space", "cs_europe", "cs_isle", "cs_neuville", "bus")


def budget(city: City) -> None:
    rng, new_id = city.dice("budget")
    today = city.today
    vote_from = today - timedelta(days=10)
    vote_until = today + timedelta(days=20)
    selection_from = vote_from - timedelta(days=45)
    edition_id = new_id()
    draft = EditionDraft(
        year=today.year,
        title=f"{city.data.edition.title} {today.year}",
        budget_cents=city.data.edition.budget_cents,
        voting_method=c.VotingMethod.APPROVAL,
        max_choices=city.data.edition.max_choices,
        outcome_rule=c.OutcomeRule.GREEDY,
        phase=c.EditionPhase.VOTE,
        proposals_from=selection_from - timedelta(days=35),
        selection_from=selection_from,
        vote_from=vote_from,
        vote_until=vote_until,
        results_on=vote_until + timedelta(days=14),
    )
    refuse_unless(city.data.edition.where, rules.validate_edition(draft))
    d = rules.normalise_edition(draft)
    edition: Row = {
        "id": edition_id,
        "year": d.year,
        "title": d.title,
        "budget_cents": d.budget_cents,
        "voting_method": d.voting_method,
        "max_choices": d.max_choices,
        "outcome_rule": d.outcome_rule,
        "phase": d.phase,
        "proposals_from": d.proposals_from,
        "selection_from": d.selection_from,
        "vote_from": d.vote_from,
        "vote_until": d.vote_until,
        "results_on": d.results_on,
        "code_key": "",
        "code_salt": f"{rng.getrandbits(128):032x}",
        "paper_key": f"{rng.getrandbits(256):064x}",
        "tie_break_seed": "",
    }
    city.add(BudgetEdition, [edition])
    # Every project proposed is checked, those left off the ballot too.
    proposed = [_project(p) for p in city.data.projects]
    on_ballot = min(len(proposed), rng.randint(8, 10))
    chosen = rng.sample(range(len(proposed)), on_ballot)
    projects = []
    for order, k in enumerate(sorted(chosen), start=1):
        project, picture = proposed[k]
        picture_hash = sha256(picture).hexdigest()
        city.pictures[picture_hash] = picture
        ordered = replace(project, ballot_order=order)
        projects.append(_project_row(new_id(), edition_id, ordered, picture_hash))
    city.add(Project, projects)
    city.add(
        EditionSite,
        [
            {"id": new_id(), "edition_id": edition_id, "site_id": city.site_ids[key]}
            for key in VOTING_SITES
        ],
    )
    # This machine made (and printed) the demo's batches: it keeps their keys, so that
    # they print again; a kiosk would keep only the verifiers.
    keys = [rng.getrandbits(256).to_bytes(32, "big") for _ in range(2)]
    made_on = vote_from - timedelta(days=14)
    printed_on = vote_from - timedelta(days=10)
    kiosk_batch = _batch(
        new_id(),
        edition,
        city.site_ids["citizen_space"],
        city.device_ids["kiosk_cs"],
        "Borne Espace Citoyens – lot 1",
        codes.batch_codes(keys[0], 300),
        made_on,
        printed_on,
    )
    # Bound to the site, not to a kiosk: the machine that opens the demo accepts these
    # codes, so a newcomer can try `citizenspace kiosk --demo`.
    demo_batch = _batch(
        new_id(),
        edition,
        city.site_ids["citizen_space"],
        None,
        "Lot de démonstration",
        codes.batch_codes(keys[1], 40),
        made_on,
        printed_on,
    )
    city.add(CodeBatch, [kiosk_batch, demo_batch])
    for batch, key in zip((kiosk_batch, demo_batch), keys, strict=True):
        city.reprint_keys[batch["id"]] = key.hex()
    _ballots(city, rng, edition, projects, kiosk_batch, keys[0], vote_from)


def _project(p: ProjectData) -> tuple[ProjectDraft, bytes]:
    """A project of budget.toml as the project form would save it, and its drawing as
    every picture is kept: without any metadata (so that the same drawing has the same
    hash every time)."""
    # In the order of budget.toml, for whoever compares them.
    draft = ProjectDraft(
        title=p.title,
        cost_cents=p.cost_cents,
        proposer_group=p.proposer_group,
        easy_read=p.easy_read,
        description=p.description,
        status=c.ProjectStatus.ON_BALLOT,
    )
    refuse_unless(p.where, rules.validate_project(draft))
    drawing = resources.files("citizenspace.resources") / "images" / "projects" / p.picture
    try:
        picture = clean_picture(drawing.read_bytes()).data
    except FileNotFoundError:
        raise DemoDataError(p.where, f"no picture {p.picture!r} in images/projects") from None
    except PictureRefused as refused:
        raise DemoEntryRefused(p.where, [Refusal("picture", refused.problem)]) from None
    return rules.normalise_project(draft), picture


def _project_row(project_id: str, edition_id: str, d: ProjectDraft, picture_hash: str) -> Row:
    return {
        "id": project_id,
        "edition_id": edition_id,
        "title": d.title,
        "easy_read": d.easy_read,
        "description": d.description,
        "cost_cents": d.cost_cents,
        "picture_hash": picture_hash,
        "proposer_group": d.proposer_group,
        "status": d.status,
        "status_reason": d.status_reason,
        "ballot_order": d.ballot_order,
    }


def _batch(
    batch_id: str,
    edition: Row,
    site_id: str,
    device_id: str | None,
    label: str,
    made: list[str],
    created_on: date,
    printed_on: date,
) -> Row:
    """A batch of voting codes: only their salted verifiers, never the codes."""
    return {
        "id": batch_id,
        "edition_id": edition["id"],
        "site_id": site_id,
        "device_id": device_id,
        "label": label,
        "size": len(made),
        "prefix": "",
        "verifiers": "".join(sorted(codes.verifier(code, edition["code_salt"]) for code in made)),
        "created_on": created_on,
        "printed_on": printed_on,
    }


def _ballots(
    city: City,
    rng: random.Random,
    edition: Row,
    projects: list[Row],
    batch: Row,
    key: bytes,
    vote_from: date,
) -> None:
    """Ten days of votes: children at the kiosk with the first codes of its batch, and
    a bundle of paper ballots typed in — so the results and the counts have something to
    show. The codes of the demo batch are left unused, for a newcomer to try."""
    kiosk_votes = rng.randint(120, 170)
    popularity = [rng.random() ** 2 + 0.05 for _ in projects]
    days = [vote_from + timedelta(days=rng.randrange(10)) for _ in range(kiosk_votes)]

    def choose() -> list[str]:
        k = rng.choice((1, 2, 3, 3))
        picked: set[str] = set()
        while len(picked) < k:
            picked.add(rng.choices(projects, weights=popularity)[0]["id"])
        return canonical(picked)

    used, ballots = [], []
    for code, day in zip(codes.batch_codes(key, kiosk_votes), days, strict=True):
        used.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "edition_id": edition["id"],
                "code_hash": codes.verifier(code, edition["code_salt"]),
                "used_on": day,
                "batch_id": batch["id"],
                "device_id": batch["device_id"],
            }
        )
    rng.shuffle(days)  # the ballots' days, in no order that pairs them with codes
    for day in days:
        ballots.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "edition_id": edition["id"],
                "channel": c.BallotChannel.KIOSK,
                "site_id": city.site_ids["citizen_space"],
                "cast_on": day,
                "choices": json.dumps(choose()),
                "paper_serial": None,
            }
        )
    paper_key = codes.paper_key(edition["paper_key"])
    for _ in range(rng.randint(25, 40)):
        serial = codes.normalise(codes.derived_serial(paper_key, rng.getrandbits(40)))
        ballots.append(
            {
                "id": id_for_key("paper_ballot", f"{edition['id']}:{serial}"),
                "edition_id": edition["id"],
                "channel": c.BallotChannel.PAPER,
                "site_id": city.site_ids["cs_europe"],
                "cast_on": vote_from + timedelta(days=rng.randrange(10)),
                "choices": json.dumps(choose()),
                "paper_serial": serial,
            }
        )
    city.add(UsedCode, used)
    city.add(Ballot, ballots)
