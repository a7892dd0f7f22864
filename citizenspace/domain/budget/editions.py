"""Rules for the editions of the children's budget and their projects, as coordinators type
them in.

Validation returns error *codes*, one per field at most, in form order (as
`domain.people` does): the words are the screens' job, in the user's language.

On the proposing group: the issue asks for "first names or group only, never a child's full
identity". A name cannot be recognised for sure, so `looks_like_full_name` is a deliberately
narrow rule that refuses what reads like "First Last" (two or three capitalised words, no
digit, no word that names a group such as "classe", "centre", "école", no article) and lets
through everything else: first names alone ("Léa, Tom et Inès"), first names with an initial
("Léa D."), a group ("Centre social Europe – groupe des 9-11 ans", "École Jean Macé",
"Les Petits Loups"). The refusal's message tells the coordinator what to write instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from citizenspace.domain.catalog import (
    EditionPhase,
    OutcomeRule,
    ProjectStatus,
    VotingMethod,
)

EDITION_TITLE_MAX = 200
PROJECT_TITLE_MAX = 120
PROPOSER_MAX = 200
REASON_MAX = 500
EASY_READ_MAX = 600
DESCRIPTION_MAX = 5_000
#: Far above any city's children's budget: a typo of three zeros is caught, not stored.
BUDGET_MAX_CENTS = 100_000_000_00
YEAR_MIN, YEAR_MAX = 2000, 2100
MAX_CHOICES_MAX = 50

#: The dates of an edition's phases, in the order they must follow.
DATE_FIELDS = ("proposals_from", "selection_from", "vote_from", "vote_until", "results_on")


class BudgetError(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NOT_POSITIVE = "not_positive"
    TOO_LARGE = "too_large"
    INVALID_YEAR = "invalid_year"
    #: Approval voting needs K, the most projects a child may choose (1 or more).
    MAX_CHOICES_REQUIRED = "max_choices_required"
    #: This date comes before an earlier phase's date.
    DATE_OUT_OF_ORDER = "date_out_of_order"
    #: "Not eligible" says why: the children who proposed it are told.
    REASON_REQUIRED = "reason_required"
    #: The proposing group reads like a child's first and last name.
    FULL_NAME = "full_name"
    INVALID_ORDER = "invalid_order"
    #: Only the service can tell (they need the database): a site deleted meanwhile; votes
    #: already cast, so that the ballot and its rules can no longer change.
    UNKNOWN_SITE = "unknown_site"
    LOCKED_BY_VOTES = "locked_by_votes"
    #: The picture is larger than 5 MB, or not a PNG, JPEG or SVG (see `domain.pictures`).
    PICTURE_TOO_BIG = "picture_too_big"
    PICTURE_NOT_SUPPORTED = "picture_not_supported"
    #: Starts like a PNG or JPEG but cannot be read as one (damaged, or not a picture).
    PICTURE_UNREADABLE = "picture_unreadable"


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    code: BudgetError


@dataclass(frozen=True, slots=True)
class EditionDraft:
    """What a coordinator types in the edition form."""

    year: int
    title: str
    budget_cents: int
    voting_method: VotingMethod = VotingMethod.APPROVAL
    #: K for approval voting; ignored (stored empty) for the other methods.
    max_choices: int | None = 3
    outcome_rule: OutcomeRule = OutcomeRule.GREEDY
    phase: EditionPhase = EditionPhase.PREPARATION
    proposals_from: date | None = None
    selection_from: date | None = None
    vote_from: date | None = None
    vote_until: date | None = None
    results_on: date | None = None


@dataclass(frozen=True, slots=True)
class ProjectDraft:
    """What a coordinator types in the project form (the picture travels apart, as bytes)."""

    title: str
    cost_cents: int
    easy_read: str = ""
    description: str = ""
    proposer_group: str = ""
    status: ProjectStatus = ProjectStatus.SUBMITTED
    status_reason: str = ""
    #: Place on the ballot (1 first); None lets the service put it last.
    ballot_order: int | None = None


def default_edition(year: int, *, first: bool) -> EditionDraft:
    """A new edition as the seed describes the year: proposals from mid-January, selection
    in February and March, the vote in April, results in May; 5,000 EUR the first year, then
    10,000 EUR. The title is left for the screen to write, in the user's language."""
    return EditionDraft(
        year=year,
        title="",
        budget_cents=500_000 if first else 1_000_000,
        proposals_from=date(year, 1, 15),
        selection_from=date(year, 2, 1),
        vote_from=date(year, 4, 1),
        vote_until=date(year, 4, 30),
        results_on=date(year, 5, 15),
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> str:
    """Trim each line and drop trailing spaces, but keep the line breaks the writer chose."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    return "\n".join(lines).strip()


def normalise_edition(d: EditionDraft) -> EditionDraft:
    return replace(
        d,
        title=_one_line(d.title),
        max_choices=d.max_choices if d.voting_method is VotingMethod.APPROVAL else None,
    )


def normalise_project(d: ProjectDraft) -> ProjectDraft:
    return replace(
        d,
        title=_one_line(d.title),
        easy_read=_paragraphs(d.easy_read),
        description=d.description.strip(),
        proposer_group=_one_line(d.proposer_group),
        status_reason=_one_line(d.status_reason),
    )


def validate_edition(draft: EditionDraft) -> list[FieldError]:
    """Every problem of an edition draft, one per field, in form order. Empty: valid."""
    d = normalise_edition(draft)
    errors: list[FieldError] = []

    def err(name: str, code: BudgetError) -> None:
        errors.append(FieldError(name, code))

    if not YEAR_MIN <= d.year <= YEAR_MAX:
        err("year", BudgetError.INVALID_YEAR)
    if not d.title:
        err("title", BudgetError.REQUIRED)
    elif len(d.title) > EDITION_TITLE_MAX:
        err("title", BudgetError.TOO_LONG)
    if d.budget_cents <= 0:
        err("budget_cents", BudgetError.NOT_POSITIVE)
    elif d.budget_cents > BUDGET_MAX_CENTS:
        err("budget_cents", BudgetError.TOO_LARGE)
    if d.voting_method is VotingMethod.APPROVAL and (
        d.max_choices is None or not 1 <= d.max_choices <= MAX_CHOICES_MAX
    ):
        err("max_choices", BudgetError.MAX_CHOICES_REQUIRED)
    latest: date | None = None
    for name in DATE_FIELDS:
        value = getattr(d, name)
        if value is None:
            continue
        if latest is not None and value < latest:
            err(name, BudgetError.DATE_OUT_OF_ORDER)
        else:
            latest = value
    return errors


def validate_project(draft: ProjectDraft) -> list[FieldError]:
    """Every problem of a project draft, one per field, in form order. Empty: valid."""
    d = normalise_project(draft)
    errors: list[FieldError] = []

    def err(name: str, code: BudgetError) -> None:
        errors.append(FieldError(name, code))

    if not d.title:
        err("title", BudgetError.REQUIRED)
    elif len(d.title) > PROJECT_TITLE_MAX:
        err("title", BudgetError.TOO_LONG)
    if len(d.easy_read) > EASY_READ_MAX:
        err("easy_read", BudgetError.TOO_LONG)
    if len(d.description) > DESCRIPTION_MAX:
        err("description", BudgetError.TOO_LONG)
    if d.cost_cents <= 0:
        err("cost_cents", BudgetError.NOT_POSITIVE)
    elif d.cost_cents > BUDGET_MAX_CENTS:
        err("cost_cents", BudgetError.TOO_LARGE)
    if len(d.proposer_group) > PROPOSER_MAX:
        err("proposer_group", BudgetError.TOO_LONG)
    elif looks_like_full_name(d.proposer_group):
        err("proposer_group", BudgetError.FULL_NAME)
    if d.status is ProjectStatus.NOT_ELIGIBLE and not d.status_reason:
        err("status_reason", BudgetError.REASON_REQUIRED)
    elif len(d.status_reason) > REASON_MAX:
        err("status_reason", BudgetError.TOO_LONG)
    if d.ballot_order is not None and d.ballot_order < 1:
        err("ballot_order", BudgetError.INVALID_ORDER)
    return errors


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string, easier to read and edit than a long list."""
    return frozenset(text.split())


#: Words that make a text a group's name, not a person's (accents and case folded).
GROUP_WORDS = _words(
    """
    accueil association atelier ateliers centre classe club college commission conseil
    ecole enfants equipe espace foyer groupe jeunes loisirs maison mjc periscolaire
    quartier residence section social sociale ville cm1 cm2 ce1 ce2 cp cmj ime
    """
)
#: Little words a full name rarely holds, but group names often do ("Les Petits Loups").
_ARTICLES = _words("le la les l de des du d un une et the of and")
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\+|\bet\b|\band\b|\s[–—-]\s)\s*", re.IGNORECASE)
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*\.?$")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def looks_like_full_name(text: str) -> bool:
    """Does some part of `text` read like a person's first and last name ("Emma Lefebvre",
    "Jean-Pierre DUPONT")? See the module's docstring for what passes."""
    for part in _SPLIT.split(text):
        words = part.split()
        if not 2 <= len(words) <= 3 or any(ch.isdigit() for ch in part):
            continue
        folded = {_fold(w.strip(".")) for w in re.split(r"[\s'’]+", part) if w}
        if folded & GROUP_WORDS or folded & _ARTICLES:
            continue
        if not all(_WORD.match(w) and w[0].isupper() for w in words):
            continue
        # "Léa D.": a first name and an initial is not a full identity.
        if any(len(w.rstrip(".")) == 1 for w in words[1:]):
            continue
        return True
    return False
