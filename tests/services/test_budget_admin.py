"""A coordinator prepares an edition of the children's budget: its calendar and rules, the
sites taking part, the projects with their pictures and statuses, the order of the ballot.
Refusals name the field; nothing is written when there is one; once children have voted,
what they voted on stays as it was."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import func, select

from citizenspace.domain.budget.editions import (
    BudgetError,
    EditionDraft,
    ProjectDraft,
    looks_like_full_name,
)
from citizenspace.domain.catalog import (
    EditionPhase,
    OutcomeRule,
    ProjectStatus,
    SiteKind,
    VotingMethod,
)
from citizenspace.domain.pictures import MAX_PICTURE_BYTES
from citizenspace.services.budget.budget import BudgetService
from citizenspace.services.budget.budget_admin import (
    BudgetAdminService,
    BudgetValidationFailed,
    ProjectLocked,
)
from citizenspace.services.common.errors import NotFound, ValidationFailed
from citizenspace.services.shell.settings import SettingsService
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import BudgetEdition, EditionSite, Project
from tests.budget_fixtures import TODAY, open_vote
from tests.pictures import phone_photo, png_bytes, svg_bytes, traces

JANUARY = date(2027, 1, 5)


@pytest.fixture
def admin(db) -> BudgetAdminService:
    return BudgetAdminService(db, today=lambda: JANUARY)


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def codes_of(refused: pytest.ExceptionInfo) -> dict[str, BudgetError]:
    return {e.field: e.code for e in refused.value.errors}


def edition_draft(admin: BudgetAdminService, **changes) -> EditionDraft:
    changes.setdefault("title", "Budget participatif des enfants 2027")
    return replace(admin.new_edition_draft(), **changes)


def blob_files(db) -> list:
    root = BlobStore.for_database(db.path).root
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


# --------------------------------------------------------------------------- editions


def test_a_new_edition_follows_the_seeds_calendar(admin, db):
    draft = admin.new_edition_draft()
    assert draft.year == 2027 and draft.budget_cents == 500_000  # the city's first edition
    assert draft.proposals_from == date(2027, 1, 15)
    assert (draft.vote_from, draft.vote_until) == (date(2027, 4, 1), date(2027, 4, 30))
    assert draft.results_on == date(2027, 5, 15)
    assert draft.voting_method is VotingMethod.APPROVAL and draft.max_choices == 3
    admin.create_edition(edition_draft(admin))
    assert admin.new_edition_draft().budget_cents == 1_000_000  # then 10,000 EUR a year
    late = BudgetAdminService(db, today=lambda: date(2027, 9, 1))
    assert late.new_edition_draft().year == 2028


def test_create_an_edition_with_its_sites_its_own_salt_and_paper_key(admin, db):
    settings = SettingsService(db)
    europe = settings.add_site("Centre social Europe", SiteKind.SOCIAL_CENTRE)
    bus = settings.add_site("Bus France Services", SiteKind.BUS)
    first = admin.create_edition(edition_draft(admin), [europe.id, bus.id])
    second = admin.create_edition(edition_draft(admin, year=2028, title="Édition 2028"))
    assert first.draft.title == "Budget participatif des enfants 2027"
    assert first.site_ids == (bus.id, europe.id)  # by the site's name
    assert first.votes == 0
    with db.read() as s:
        made = [s.get(BudgetEdition, e.id) for e in (first, second)]
        salts = [e.code_salt for e in made]
        keys = [e.paper_key for e in made]
        assert [e.code_key for e in made] == ["", ""]  # nothing that makes voting codes
    assert all(re.fullmatch(r"[0-9a-f]{32}", k) for k in salts) and salts[0] != salts[1]
    assert all(re.fullmatch(r"[0-9a-f]{64}", k) for k in keys) and keys[0] != keys[1]
    assert [e.id for e in BudgetService(db).editions()] == [second.id, first.id]
    assert [o.name for o in admin.sites()] == ["Bus France Services", "Centre social Europe"]


def test_edition_refusals_name_the_field_and_nothing_is_written(admin, db):
    draft = edition_draft(
        admin,
        title="  ",
        budget_cents=0,
        max_choices=0,
        selection_from=date(2027, 1, 1),  # before the proposals
        vote_until=date(2027, 3, 1),  # before the vote starts
    )
    with pytest.raises(BudgetValidationFailed) as refused:
        admin.create_edition(draft, ["no-such-site"])
    assert isinstance(refused.value, ValidationFailed)
    assert [e.field for e in refused.value.errors] == [
        "title",
        "budget_cents",
        "max_choices",
        "selection_from",
        "vote_until",
        "sites",
    ]
    assert codes_of(refused) == {
        "title": BudgetError.REQUIRED,
        "budget_cents": BudgetError.NOT_POSITIVE,
        "max_choices": BudgetError.MAX_CHOICES_REQUIRED,
        "selection_from": BudgetError.DATE_OUT_OF_ORDER,
        "vote_until": BudgetError.DATE_OUT_OF_ORDER,
        "sites": BudgetError.UNKNOWN_SITE,
    }
    assert count(db, BudgetEdition) == 0 and count(db, EditionSite) == 0


def test_dates_may_be_left_out_and_the_same_day_is_in_order(admin):
    draft = edition_draft(
        admin,
        proposals_from=None,
        selection_from=date(2027, 2, 1),
        vote_from=date(2027, 2, 1),
        vote_until=date(2027, 2, 1),
        results_on=None,
    )
    assert admin.create_edition(draft).draft.results_on is None


def test_only_approval_keeps_a_number_of_choices(admin):
    basket = admin.create_edition(
        edition_draft(admin, voting_method=VotingMethod.KNAPSACK, max_choices=None)
    )
    assert basket.draft.max_choices is None
    one = admin.create_edition(edition_draft(admin, voting_method=VotingMethod.CHOOSE_ONE))
    assert one.draft.max_choices is None


def test_edit_an_edition_its_rules_and_its_sites(admin, db):
    settings = SettingsService(db)
    europe = settings.add_site("Centre social Europe", SiteKind.SOCIAL_CENTRE)
    bus = settings.add_site("Bus France Services", SiteKind.BUS)
    made = admin.create_edition(edition_draft(admin), [europe.id])
    edited = replace(
        made.draft,
        phase=EditionPhase.PROPOSALS,
        outcome_rule=OutcomeRule.EQUAL_SHARES,
        budget_cents=1_000_000,
    )
    saved = admin.update_edition(made.id, edited, [bus.id], original=made.draft)
    assert saved.draft == edited and saved.site_ids == (bus.id,)
    assert count(db, EditionSite) == 1
    with pytest.raises(NotFound):
        admin.update_edition("nope", edited)


def test_an_edit_keeps_what_another_computer_changed_meanwhile(admin, db):
    made = admin.create_edition(edition_draft(admin))
    with db.write() as s:  # another coordinator's change, arrived by sync
        s.get(BudgetEdition, made.id).phase = EditionPhase.PROPOSALS
    form = replace(made.draft, budget_cents=800_000)
    saved = admin.update_edition(made.id, form, original=made.draft)
    assert saved.draft.budget_cents == 800_000
    assert saved.draft.phase is EditionPhase.PROPOSALS


# --------------------------------------------------------------------------- projects


def playground(**changes) -> ProjectDraft:
    return replace(
        ProjectDraft(
            title="Une aire de jeux inclusive",
            cost_cents=450_000,
            easy_read="Nous voulons une aire de jeux.\nTous les enfants pourront jouer.",
            description="Balançoire nid et sol amortissant.",
            proposer_group="Centre social Europe – groupe des 9-11 ans",
        ),
        **changes,
    )


def test_a_project_with_its_picture(admin, db):
    edition = admin.create_edition(edition_draft(admin))
    made = admin.create_project(edition.id, playground(), png_bytes())
    assert made.draft.status is ProjectStatus.SUBMITTED
    assert (
        made.draft.easy_read == "Nous voulons une aire de jeux.\nTous les enfants pourront jouer."
    )
    assert admin.picture(made.picture_hash) == png_bytes()
    assert BudgetService(db).picture(made.picture_hash) == png_bytes()
    [row] = admin.projects(edition.id)
    assert (row.title, row.cost_cents, row.picture_hash) == (
        "Une aire de jeux inclusive",
        450_000,
        made.picture_hash,
    )

    # Another picture replaces it; then it is taken away (its file stays for the others).
    svg = admin.update_project(made.id, made.draft, picture=svg_bytes())
    assert admin.picture(svg.picture_hash) == svg_bytes()
    gone = admin.update_project(made.id, made.draft, remove_picture=True)
    assert gone.picture_hash is None and admin.picture(svg.picture_hash) == svg_bytes()


def test_project_refusals_name_the_field_and_nothing_is_written(admin, db):
    edition = admin.create_edition(edition_draft(admin))
    draft = playground(
        title="x" * 121,
        cost_cents=0,
        proposer_group="Emma Lefebvre",
        status=ProjectStatus.NOT_ELIGIBLE,
        status_reason=" ",
        ballot_order=0,
    )
    with pytest.raises(BudgetValidationFailed) as refused:
        admin.create_project(edition.id, draft, b"GIF89a not for us")
    assert codes_of(refused) == {
        "title": BudgetError.TOO_LONG,
        "cost_cents": BudgetError.NOT_POSITIVE,
        "picture": BudgetError.PICTURE_NOT_SUPPORTED,
        "proposer_group": BudgetError.FULL_NAME,
        "status_reason": BudgetError.REASON_REQUIRED,
        "ballot_order": BudgetError.INVALID_ORDER,
    }
    assert [e.field for e in refused.value.errors] == [
        "title",
        "cost_cents",
        "picture",
        "proposer_group",
        "status_reason",
        "ballot_order",
    ]
    # A valid form with a picture too big: refused too, and no file is left behind.
    with pytest.raises(BudgetValidationFailed) as refused:
        admin.create_project(
            edition.id, playground(), b"\x89PNG\r\n\x1a\n" + bytes(MAX_PICTURE_BYTES)
        )
    assert codes_of(refused) == {"picture": BudgetError.PICTURE_TOO_BIG}
    assert count(db, Project) == 0 and blob_files(db) == []


def test_not_eligible_says_why(admin):
    edition = admin.create_edition(edition_draft(admin))
    made = admin.create_project(
        edition.id,
        playground(status=ProjectStatus.NOT_ELIGIBLE, status_reason="Terrain privé"),
    )
    [row] = admin.projects(edition.id)
    assert (row.status, row.status_reason) == (ProjectStatus.NOT_ELIGIBLE, "Terrain privé")
    assert made.draft.ballot_order is None


@pytest.mark.parametrize(
    "text",
    ["Léa, Tom et Inès", "Léa D.", "École Jean Macé – classe de CM2", "Les Petits Loups", ""],
)
def test_first_names_and_groups_pass(text):
    assert not looks_like_full_name(text)


@pytest.mark.parametrize("text", ["Emma Lefebvre", "Jean-Pierre DUPONT", "Léa et Tom Martin"])
def test_a_full_name_is_refused(text):
    assert looks_like_full_name(text)


def test_the_ballot_is_numbered_in_order_and_can_be_reordered(admin, db):
    edition = admin.create_edition(edition_draft(admin))
    on = ProjectStatus.ON_BALLOT
    a = admin.create_project(edition.id, playground(title="A", status=on))
    b = admin.create_project(edition.id, playground(title="B", status=on))
    c = admin.create_project(edition.id, playground(title="C", status=on))
    admin.create_project(edition.id, playground(title="Z, pas retenu"))

    def order() -> list[tuple[str, int | None]]:
        return [(r.title, r.ballot_order) for r in admin.projects(edition.id)]

    assert order() == [("A", 1), ("B", 2), ("C", 3), ("Z, pas retenu", None)]
    admin.move_project(c.id, -1)
    assert order()[:3] == [("A", 1), ("C", 2), ("B", 3)]
    admin.move_project(a.id, -1)  # already first: stays
    assert order()[0] == ("A", 1)
    admin.update_project(b.id, replace(admin.project(b.id).draft, ballot_order=1))
    assert order()[:3] == [("B", 1), ("A", 2), ("C", 3)]
    admin.update_project(a.id, replace(admin.project(a.id).draft, status=ProjectStatus.ELIGIBLE))
    assert order() == [("B", 1), ("C", 2), ("A", None), ("Z, pas retenu", None)]
    admin.delete_project(b.id)
    assert order()[0] == ("C", 1)
    # The kiosk shows the same ballot, in the same order.
    assert [p.title for p in BudgetService(db).ballot(edition.id).projects] == ["C"]


def test_a_project_is_removed_before_the_vote(admin, db):
    edition = admin.create_edition(edition_draft(admin))
    made = admin.create_project(edition.id, playground(status=ProjectStatus.ON_BALLOT))
    admin.delete_project(made.id)
    assert admin.projects(edition.id) == []
    with pytest.raises(NotFound):
        admin.delete_project(made.id)


# --------------------------------------------------------------------------- once children voted


@pytest.fixture
def voted(db):
    """An edition open for votes, with one ballot cast."""
    vote = open_vote(db)
    BudgetService(db, today=lambda: TODAY).cast_with_code(vote.edition_id, vote.codes[0], ["p1"])
    return vote


def test_a_project_on_a_ballot_children_voted_on_stays(db, voted):
    admin = BudgetAdminService(db, today=lambda: TODAY)
    with pytest.raises(ProjectLocked) as locked:
        admin.delete_project("p2")  # even one nobody chose: the count must show it
    assert locked.value.votes == 1
    assert count(db, Project) == 3
    # A proposal that never reached the ballot can still go.
    extra = admin.create_project(voted.edition_id, playground(title="Idée tardive"))
    admin.delete_project(extra.id)


def test_once_children_voted_the_ballot_and_its_rules_are_fixed(db, voted):
    admin = BudgetAdminService(db, today=lambda: TODAY)
    p1 = admin.project("p1")
    with pytest.raises(BudgetValidationFailed) as refused:
        admin.update_project(
            "p1", replace(p1.draft, status=ProjectStatus.NOT_ELIGIBLE, status_reason="Trop cher")
        )
    assert codes_of(refused) == {"status": BudgetError.LOCKED_BY_VOTES}
    with pytest.raises(BudgetValidationFailed) as refused:
        admin.update_project("p1", replace(p1.draft, cost_cents=1))
    assert codes_of(refused) == {"cost_cents": BudgetError.LOCKED_BY_VOTES}
    with pytest.raises(BudgetValidationFailed) as refused:
        admin.create_project(voted.edition_id, playground(status=ProjectStatus.ON_BALLOT))
    assert codes_of(refused) == {"status": BudgetError.LOCKED_BY_VOTES}
    with pytest.raises(BudgetValidationFailed):
        admin.move_project("p2", -1)
    edition = admin.edition(voted.edition_id)
    assert edition.votes == 1
    with pytest.raises(BudgetValidationFailed) as refused:
        admin.update_edition(
            voted.edition_id, replace(edition.draft, voting_method=VotingMethod.CHOOSE_ONE)
        )
    assert codes_of(refused) == {"voting_method": BudgetError.LOCKED_BY_VOTES}

    # A typo in a title can still be corrected; after the count, a project is funded.
    fixed = admin.update_project("p1", replace(p1.draft, title="Une aire de jeux pour tous"))
    assert fixed.draft.title == "Une aire de jeux pour tous"
    funded = admin.update_project("p1", replace(fixed.draft, status=ProjectStatus.FUNDED))
    assert funded.draft.status is ProjectStatus.FUNDED and funded.draft.ballot_order == 1
    later = admin.update_edition(
        voted.edition_id, replace(edition.draft, phase=EditionPhase.RESULTS)
    )
    assert later.draft.phase is EditionPhase.RESULTS


def test_a_projects_photo_enters_without_its_metadata_and_a_fake_one_is_refused(admin, db):
    """Issue 12: the photo a coordinator takes of a project's site keeps no owner's name,
    no GPS position (see tests/store/test_pictures.py for every kind of metadata)."""
    edition = admin.create_edition(edition_draft(admin))
    made = admin.create_project(edition.id, playground(), phone_photo())
    [stored] = blob_files(db)
    kept = stored.read_bytes()
    assert traces(kept) == [] and admin.picture(made.picture_hash) == kept
    assert Image.open(io.BytesIO(kept)).size == (20, 40)  # upright
    changed = admin.update_project(made.id, made.draft, picture=phone_photo(orientation=1))
    assert traces(admin.picture(changed.picture_hash)) == []

    with pytest.raises(BudgetValidationFailed) as refused:
        admin.create_project(edition.id, playground(), b"\xff\xd8\xff" + b"not a photo" * 9)
    assert codes_of(refused) == {"picture": BudgetError.PICTURE_UNREADABLE}
    assert count(db, Project) == 1 and len(blob_files(db)) == 2
