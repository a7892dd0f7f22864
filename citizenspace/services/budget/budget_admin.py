"""The children's budget for coordinators: editions, the sites taking part, and projects with
their pictures.

One method is one user action and one transaction; refusals name a field and a code
(`BudgetValidationFailed`), and nothing is written when there is one: a picture is checked
before its file is stored, and stored only once the rest of the form is valid.

Once children have voted in an edition (a ballot exists, on any machine this one has synced
with), what they voted on is fixed: the voting method and K, and which projects are on the
ballot at what cost. Texts can still be corrected. A project on the ballot cannot be removed
then (`ProjectLocked`).

Edits write only what the form changed (`original`), so that a field another coordinator
changed meanwhile, on another computer, is not silently put back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TypeVar

from sqlalchemy import delete, func, null, select
from sqlalchemy.orm import Session

from citizenspace.domain.budget import codes
from citizenspace.domain.budget import editions as rules
from citizenspace.domain.budget.editions import (
    BudgetError,
    EditionDraft,
    FieldError,
    ProjectDraft,
)
from citizenspace.domain.catalog import ProjectStatus, VotingMethod
from citizenspace.domain.pictures import PictureProblem
from citizenspace.services.common.errors import ServiceError, ValidationFailed, found
from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.media.pictures import CleanPicture, PictureRefused, clean_picture
from citizenspace.store.models import Ballot, BudgetEdition, EditionSite, Project, Site

#: Statuses of a project that was on the ballot children voted on.
BALLOT_STATUSES = frozenset({ProjectStatus.ON_BALLOT, ProjectStatus.FUNDED, ProjectStatus.DONE})

D = TypeVar("D", EditionDraft, ProjectDraft)


class BudgetValidationFailed(ValidationFailed):
    """The form was refused, field by field (codes from `domain.budget.editions`)."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(errors)


class ProjectLocked(ServiceError):
    """The project is on a ballot children have voted on: it stays, for the count."""

    def __init__(self, project_id: str, votes: int) -> None:
        super().__init__(f"project {project_id} is on a ballot with {votes} vote(s)")
        self.project_id = project_id
        self.votes = votes


@dataclass(frozen=True, slots=True)
class SiteOption:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class EditionDetail:
    id: str
    draft: EditionDraft
    #: The sites taking part, by id, sorted by the site's name.
    site_ids: tuple[str, ...]
    #: Ballots cast so far (all channels): above zero, the ballot is fixed.
    votes: int


@dataclass(frozen=True, slots=True)
class ProjectRow:
    """One line of the projects list."""

    id: str
    title: str
    cost_cents: int
    status: ProjectStatus
    status_reason: str
    proposer_group: str
    picture_hash: str | None
    ballot_order: int | None


@dataclass(frozen=True, slots=True)
class ProjectDetail:
    id: str
    edition_id: str
    draft: ProjectDraft
    picture_hash: str | None


def merge_edits(current: D, edited: D, original: D) -> D:
    """`current` with only the fields the user changed between `original` (what the form
    showed) and `edited` (what it holds now)."""
    changed = {
        f.name: getattr(edited, f.name)
        for f in fields(edited)
        if getattr(edited, f.name) != getattr(original, f.name)
    }
    return replace(current, **changed)


def _clean_picture(data: bytes | None) -> tuple[CleanPicture | None, FieldError | None]:
    """The picture without its metadata (its author, where and with what it was made), or
    why it is refused. Done before the transaction: reading a large photo takes a moment."""
    if data is None:
        return None, None
    try:
        return clean_picture(data), None
    except PictureRefused as refused:
        code = {
            PictureProblem.TOO_BIG: BudgetError.PICTURE_TOO_BIG,
            PictureProblem.UNREADABLE: BudgetError.PICTURE_UNREADABLE,
        }.get(refused.problem, BudgetError.PICTURE_NOT_SUPPORTED)
        return None, FieldError("picture", code)


class BudgetAdminService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today
        self._blobs = BlobStore.for_database(db.path)

    # ---------------------------------------------------------------- editions

    def new_edition_draft(self) -> EditionDraft:
        """What the form shows for a new edition: the coming year's calendar (next year's
        once this year's results are out, in June), 5,000 EUR for a city's first edition."""
        today = self._today()
        with self._db.read() as s:
            first = not s.scalar(select(func.count()).select_from(BudgetEdition))
        return rules.default_edition(today.year + (today.month >= 6), first=first)

    def sites(self) -> list[SiteOption]:
        """Every site that may take part, by name."""
        with self._db.read() as s:
            return [
                SiteOption(i, n)
                for i, n in s.execute(select(Site.id, Site.name).order_by(Site.name, Site.id))
            ]

    def edition(self, edition_id: str) -> EditionDetail:
        with self._db.read() as s:
            return self._edition_detail(s, self._edition(s, edition_id))

    def create_edition(self, draft: EditionDraft, site_ids: Iterable[str] = ()) -> EditionDetail:
        """A new edition, with the salt of its codes' verifiers and its paper-ballot key."""
        wanted = list(dict.fromkeys(site_ids))
        with self._db.write() as s:
            draft = self._checked_edition(s, draft, wanted, None)
            edition = BudgetEdition(
                code_key="",
                code_salt=codes.new_salt(),
                paper_key=codes.new_secret(),
                tie_break_seed="",
            )
            self._apply_edition(edition, draft)
            if edition.max_choices is None:
                # Said explicitly: a None on a new row would let the column's default (3) in.
                edition.max_choices = null()
            s.add(edition)
            s.flush()
            self._set_sites(s, edition.id, wanted)
            s.flush()
            return self._edition_detail(s, edition)

    def update_edition(
        self,
        edition_id: str,
        draft: EditionDraft,
        site_ids: Iterable[str] | None = None,
        *,
        original: EditionDraft | None = None,
    ) -> EditionDetail:
        """Save the edition form; `site_ids` None leaves the sites as they are."""
        wanted = list(dict.fromkeys(site_ids)) if site_ids is not None else None
        with self._db.write() as s:
            edition = self._edition(s, edition_id)
            current = self._edition_draft(edition)
            if original is not None:
                draft = merge_edits(current, draft, original)
            draft = self._checked_edition(s, draft, wanted or [], edition)
            self._apply_edition(edition, draft)
            if wanted is not None:
                self._set_sites(s, edition.id, wanted)
            s.flush()
            return self._edition_detail(s, edition)

    def votes(self, edition_id: str) -> int:
        with self._db.read() as s:
            return self._votes(s, edition_id)

    # ---------------------------------------------------------------- projects

    def projects(self, edition_id: str) -> list[ProjectRow]:
        """The edition's projects: those on the ballot first, in ballot order, then the
        others by title."""
        with self._db.read() as s:
            self._edition(s, edition_id)
            rows = [
                ProjectRow(
                    id=p.id,
                    title=p.title,
                    cost_cents=p.cost_cents,
                    status=p.status,
                    status_reason=p.status_reason,
                    proposer_group=p.proposer_group,
                    picture_hash=p.picture_hash,
                    ballot_order=p.ballot_order if p.status in BALLOT_STATUSES else None,
                )
                for p in s.scalars(select(Project).where(Project.edition_id == edition_id))
            ]
        return sorted(rows, key=_list_order)

    def project(self, project_id: str) -> ProjectDetail:
        with self._db.read() as s:
            return self._project_detail(self._project(s, project_id))

    def create_project(
        self, edition_id: str, draft: ProjectDraft, picture: bytes | None = None
    ) -> ProjectDetail:
        """A new project of the edition; `picture` is a PNG, JPEG or SVG file's bytes."""
        clean, picture_error = _clean_picture(picture)
        with self._db.write() as s:
            self._edition(s, edition_id)
            draft = self._checked_project(s, edition_id, draft, picture_error, None)
            project = Project(edition_id=edition_id)
            self._apply_project(project, draft)
            if clean is not None:
                project.picture_hash = self._blobs.put_picture(clean)
            s.add(project)
            s.flush()
            self._renumber(s, edition_id, project, draft.ballot_order)
            s.flush()
            return self._project_detail(project)

    def update_project(
        self,
        project_id: str,
        draft: ProjectDraft,
        *,
        picture: bytes | None = None,
        remove_picture: bool = False,
        original: ProjectDraft | None = None,
    ) -> ProjectDetail:
        """Save the project form: a new `picture` replaces the old one, `remove_picture`
        takes it away (the file stays until no record names it: the daily retention run
        collects it, see `PrivacyService`)."""
        clean, picture_error = _clean_picture(picture)
        with self._db.write() as s:
            project = self._project(s, project_id)
            if original is not None:
                draft = merge_edits(self._project_draft(project), draft, original)
            draft = self._checked_project(s, project.edition_id, draft, picture_error, project)
            moved = draft.ballot_order != project.ballot_order
            self._apply_project(project, draft)
            if clean is not None:
                project.picture_hash = self._blobs.put_picture(clean)
            elif remove_picture:
                project.picture_hash = None
            s.flush()
            self._renumber(s, project.edition_id, project, draft.ballot_order if moved else None)
            s.flush()
            return self._project_detail(project)

    def delete_project(self, project_id: str) -> None:
        """Remove a project. One children have voted on stays (`ProjectLocked`)."""
        with self._db.write() as s:
            project = self._project(s, project_id)
            votes = self._votes(s, project.edition_id)
            if votes and project.status in BALLOT_STATUSES:
                raise ProjectLocked(project_id, votes)
            edition_id = project.edition_id
            s.execute(delete(Project).where(Project.id == project_id))
            self._renumber(s, edition_id, None, None)

    def move_project(self, project_id: str, step: int) -> None:
        """Move a project up (`step` -1) or down (+1) the ballot. Refused once children
        have voted (`BudgetValidationFailed` on `ballot_order`)."""
        with self._db.write() as s:
            project = self._project(s, project_id)
            if project.status is not ProjectStatus.ON_BALLOT:
                return
            if self._votes(s, project.edition_id):
                raise BudgetValidationFailed(
                    [FieldError("ballot_order", BudgetError.LOCKED_BY_VOTES)]
                )
            ballot = self._ballot(s, project.edition_id)
            index = next(i for i, p in enumerate(ballot) if p.id == project_id)
            target = max(0, min(len(ballot) - 1, index + step))
            self._renumber(s, project.edition_id, project, target + 1)

    def picture(self, picture_hash: str | None) -> bytes | None:
        """A project's picture, or None while it is not on this machine."""
        return self._blobs.get(picture_hash) if picture_hash else None

    # ---------------------------------------------------------------- checks

    def _checked_edition(
        self, s: Session, draft: EditionDraft, site_ids: list[str], edition: BudgetEdition | None
    ) -> EditionDraft:
        errors = rules.validate_edition(draft)
        draft = rules.normalise_edition(draft)
        known = set(s.scalars(select(Site.id).where(Site.id.in_(site_ids)))) if site_ids else set()
        if any(i not in known for i in site_ids):
            errors.append(FieldError("sites", BudgetError.UNKNOWN_SITE))
        if edition is not None and self._votes(s, edition.id):
            bad = {e.field for e in errors}
            if draft.voting_method != edition.voting_method and "voting_method" not in bad:
                errors.append(FieldError("voting_method", BudgetError.LOCKED_BY_VOTES))
            elif draft.max_choices != edition.max_choices and "max_choices" not in bad:
                errors.append(FieldError("max_choices", BudgetError.LOCKED_BY_VOTES))
        if errors:
            raise BudgetValidationFailed(_form_order(errors, _EDITION_FIELDS))
        return draft

    def _checked_project(
        self,
        s: Session,
        edition_id: str,
        draft: ProjectDraft,
        picture_error: FieldError | None,
        project: Project | None,
    ) -> ProjectDraft:
        errors = rules.validate_project(draft)
        draft = rules.normalise_project(draft)
        if picture_error is not None:
            errors.append(picture_error)
        if self._votes(s, edition_id):
            bad = {e.field for e in errors}
            was_on = project is not None and project.status is ProjectStatus.ON_BALLOT
            now_on = draft.status is ProjectStatus.ON_BALLOT
            # On or off the ballot children vote on; funded and done come after the count.
            moves = was_on != now_on and not (was_on and draft.status in BALLOT_STATUSES)
            if moves and "status" not in bad:
                errors.append(FieldError("status", BudgetError.LOCKED_BY_VOTES))
            if (
                was_on
                and project is not None
                and draft.cost_cents != project.cost_cents
                and "cost_cents" not in bad
            ):
                errors.append(FieldError("cost_cents", BudgetError.LOCKED_BY_VOTES))
            if (
                was_on
                and project is not None
                and draft.ballot_order not in (None, project.ballot_order)
                and "ballot_order" not in bad
            ):
                errors.append(FieldError("ballot_order", BudgetError.LOCKED_BY_VOTES))
        if errors:
            raise BudgetValidationFailed(_form_order(errors, _PROJECT_FIELDS))
        return draft

    # ---------------------------------------------------------------- helpers

    def _edition(self, s: Session, edition_id: str) -> BudgetEdition:
        return found(s.get(BudgetEdition, edition_id), "edition", edition_id)

    def _project(self, s: Session, project_id: str) -> Project:
        return found(s.get(Project, project_id), "project", project_id)

    def _votes(self, s: Session, edition_id: str) -> int:
        """Ballots cast: in the database, and in this machine's ballot box if it is a kiosk
        (votes wait there until ten can leave together)."""
        in_db = (
            s.scalar(
                select(func.count()).select_from(Ballot).where(Ballot.edition_id == edition_id)
            )
            or 0
        )
        box = BallotBox.for_database(self._db.path)
        return in_db + sum(1 for b in box.held().ballots if b.get("edition_id") == edition_id)

    @staticmethod
    def _edition_draft(e: BudgetEdition) -> EditionDraft:
        return EditionDraft(
            year=e.year,
            title=e.title,
            budget_cents=e.budget_cents,
            voting_method=e.voting_method,
            max_choices=e.max_choices,
            outcome_rule=e.outcome_rule,
            phase=e.phase,
            proposals_from=e.proposals_from,
            selection_from=e.selection_from,
            vote_from=e.vote_from,
            vote_until=e.vote_until,
            results_on=e.results_on,
        )

    def _edition_detail(self, s: Session, e: BudgetEdition) -> EditionDetail:
        sites = s.execute(
            select(Site.id)
            .join(EditionSite, EditionSite.site_id == Site.id)
            .where(EditionSite.edition_id == e.id)
            .order_by(Site.name, Site.id)
        ).scalars()
        return EditionDetail(
            id=e.id,
            draft=self._edition_draft(e),
            site_ids=tuple(dict.fromkeys(sites)),
            votes=self._votes(s, e.id),
        )

    @staticmethod
    def _apply_edition(e: BudgetEdition, d: EditionDraft) -> None:
        e.year = d.year
        e.title = d.title
        e.budget_cents = d.budget_cents
        e.voting_method = d.voting_method
        e.max_choices = d.max_choices if d.voting_method is VotingMethod.APPROVAL else None
        e.outcome_rule = d.outcome_rule
        e.phase = d.phase
        e.proposals_from = d.proposals_from
        e.selection_from = d.selection_from
        e.vote_from = d.vote_from
        e.vote_until = d.vote_until
        e.results_on = d.results_on

    @staticmethod
    def _set_sites(s: Session, edition_id: str, wanted: list[str]) -> None:
        """Make the sites taking part exactly `wanted`: rows are added and deleted, never
        rewritten (two machines adding the same site offline make two rows: read as one)."""
        rows = s.scalars(select(EditionSite).where(EditionSite.edition_id == edition_id)).all()
        have = {r.site_id for r in rows}
        for row in rows:
            if row.site_id not in wanted:
                s.delete(row)
        for site_id in wanted:
            if site_id not in have:
                s.add(EditionSite(edition_id=edition_id, site_id=site_id))

    @staticmethod
    def _project_draft(p: Project) -> ProjectDraft:
        return ProjectDraft(
            title=p.title,
            cost_cents=p.cost_cents,
            easy_read=p.easy_read,
            description=p.description,
            proposer_group=p.proposer_group,
            status=p.status,
            status_reason=p.status_reason,
            ballot_order=p.ballot_order if p.status in BALLOT_STATUSES else None,
        )

    def _project_detail(self, p: Project) -> ProjectDetail:
        return ProjectDetail(p.id, p.edition_id, self._project_draft(p), p.picture_hash)

    @staticmethod
    def _apply_project(p: Project, d: ProjectDraft) -> None:
        p.title = d.title
        p.cost_cents = d.cost_cents
        p.easy_read = d.easy_read
        p.description = d.description
        p.proposer_group = d.proposer_group
        p.status = d.status
        # The reason belongs to "not eligible"; other statuses keep a note only if typed.
        p.status_reason = d.status_reason
        if d.status not in BALLOT_STATUSES:
            p.ballot_order = None

    @staticmethod
    def _ballot(s: Session, edition_id: str) -> list[Project]:
        """The projects on the ballot, in their order (unnumbered ones last, by title)."""
        on = s.scalars(
            select(Project)
            .where(Project.edition_id == edition_id)
            .where(Project.status == ProjectStatus.ON_BALLOT)
        ).all()
        return sorted(
            on, key=lambda p: (p.ballot_order is None, p.ballot_order or 0, p.title, p.id)
        )

    def _renumber(
        self, s: Session, edition_id: str, project: Project | None, position: int | None
    ) -> None:
        """Number the ballot 1, 2, 3... with `project` at `position` (1 first; None keeps
        its place, or puts it last when it has none). Only rows whose number changes are
        written. Once children have voted, the numbers stay as they are."""
        if self._votes(s, edition_id):
            return
        ballot = self._ballot(s, edition_id)
        if project is not None and project in ballot and position is not None:
            ballot.remove(project)
            ballot.insert(max(0, min(len(ballot), position - 1)), project)
        for number, p in enumerate(ballot, start=1):
            if p.ballot_order != number:
                p.ballot_order = number


_EDITION_FIELDS = (
    "year",
    "title",
    "budget_cents",
    "voting_method",
    "max_choices",
    "outcome_rule",
    "phase",
    *rules.DATE_FIELDS,
    "sites",
)
_PROJECT_FIELDS = (
    "title",
    "easy_read",
    "description",
    "cost_cents",
    "picture",
    "proposer_group",
    "status",
    "status_reason",
    "ballot_order",
)


def _form_order(errors: list[FieldError], order: tuple[str, ...]) -> list[FieldError]:
    """One error per field (the first found), in the order of the form."""
    first: dict[str, FieldError] = {}
    for e in errors:
        first.setdefault(e.field, e)
    return sorted(first.values(), key=lambda e: order.index(e.field) if e.field in order else 99)


def _list_order(row: ProjectRow) -> tuple:
    on_ballot = row.ballot_order is not None
    return (not on_ballot, row.ballot_order or 0, row.title.casefold(), row.id)
