"""The children's budget in the coordinator's words: amounts, why a form refused a field, why
a paper ballot or a recording was refused.

One place for the sentences the budget's screens share, so that the edition form, the
project form, the list, paper entry and the results say a thing the same way. Each text
keeps the translation context it always had (the forms' "BudgetForms", or the screen that
first said it), so translators see no change. Sentences with a count stay in their screen's
class: lupdate marks plural forms in `self.tr(text, "", n)` only, not in
`QCoreApplication.translate`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from citizenspace.domain.budget.ballot import ChoiceProblem
from citizenspace.domain.budget.editions import (
    DESCRIPTION_MAX,
    EASY_READ_MAX,
    EDITION_TITLE_MAX,
    PROJECT_TITLE_MAX,
    PROPOSER_MAX,
    REASON_MAX,
    BudgetError,
    FieldError,
)
from citizenspace.services.budget.budget import CodeProblem, RecordProblem, VoteRefused

#: Translation context of the refusals' texts (shared by both forms).
CONTEXT = "BudgetForms"


def money(cents: int) -> str:
    """An amount as a child reads it: "1 200 €", cents only when there are some."""
    from citizenspace.messages import amount_in

    return amount_in(unit_cents=True)(cents)


# --------------------------------------------------------------------------- the forms

_ERRORS: dict[BudgetError, str] = {
    BudgetError.REQUIRED: QT_TRANSLATE_NOOP("BudgetForms", "This field is required"),
    BudgetError.NOT_POSITIVE: QT_TRANSLATE_NOOP("BudgetForms", "Enter an amount above 0 €"),
    BudgetError.TOO_LARGE: QT_TRANSLATE_NOOP(
        "BudgetForms", "This amount is too large: check the number of zeros"
    ),
    BudgetError.INVALID_YEAR: QT_TRANSLATE_NOOP(
        "BudgetForms", "Enter a year between 2000 and 2100"
    ),
    BudgetError.MAX_CHOICES_REQUIRED: QT_TRANSLATE_NOOP(
        "BudgetForms", "Say how many projects a child may choose: 1 or more"
    ),
    BudgetError.DATE_OUT_OF_ORDER: QT_TRANSLATE_NOOP(
        "BudgetForms", "This date comes before the date of an earlier step"
    ),
    BudgetError.REASON_REQUIRED: QT_TRANSLATE_NOOP(
        "BudgetForms",
        "Say why the project is not eligible: the children who proposed it will be told",
    ),
    BudgetError.FULL_NAME: QT_TRANSLATE_NOOP(
        "BudgetForms",
        "This looks like a child's full name. Write first names only (Léa, Tom) "
        "or the group's name (CM2 class)",
    ),
    BudgetError.INVALID_ORDER: QT_TRANSLATE_NOOP(
        "BudgetForms", "The places on the ballot start at 1"
    ),
    BudgetError.UNKNOWN_SITE: QT_TRANSLATE_NOOP(
        "BudgetForms", "A site ticked here no longer exists (deleted meanwhile): check the list"
    ),
    BudgetError.LOCKED_BY_VOTES: QT_TRANSLATE_NOOP(
        "BudgetForms", "Children have already voted: this can no longer change"
    ),
    BudgetError.PICTURE_TOO_BIG: QT_TRANSLATE_NOOP(
        "BudgetForms", "This picture is larger than 5 MB: choose a smaller one"
    ),
    BudgetError.PICTURE_NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "BudgetForms", "This file is not a picture we can show: choose a PNG, JPEG or SVG file"
    ),
    BudgetError.PICTURE_UNREADABLE: QT_TRANSLATE_NOOP(
        "BudgetForms",
        "This picture could not be opened: the file is damaged or is not really a picture. "
        "Choose another PNG, JPEG or SVG file",
    ),
}

#: Longest text each field of the edition form accepts, to say so when it is too long.
EDITION_LIMITS = {"title": EDITION_TITLE_MAX}
#: The same for the project form.
PROJECT_LIMITS = {
    "title": PROJECT_TITLE_MAX,
    "easy_read": EASY_READ_MAX,
    "description": DESCRIPTION_MAX,
    "proposer_group": PROPOSER_MAX,
    "status_reason": REASON_MAX,
}


def error_text(code: BudgetError, limit: int | None = None) -> str:
    """The sentence shown under a field the service refused."""
    if code is BudgetError.TOO_LONG:
        if limit is None:
            return QCoreApplication.translate("BudgetForms", "This text is too long")
        return QCoreApplication.translate(
            "BudgetForms", "This text is too long: %1 characters at most"
        ).replace("%1", QLocale().toString(limit))
    source = _ERRORS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else str(code.value)


def refusal_text(limits: dict[str, int]) -> Callable[[FieldError], str]:
    """How a form with these length limits words a service's refusal of one field (the
    `text_of` of its `FieldErrors`)."""

    def text_of(refusal: FieldError) -> str:
        return error_text(refusal.code, limits.get(refusal.field))

    return text_of


# --------------------------------------------------------------------------- paper ballots


def paper_refusal(refused: VoteRefused) -> str:
    """Why a typed-in paper ballot was not recorded."""
    if refused.code is CodeProblem.USED:
        return QCoreApplication.translate(
            "PaperEntry", "This ballot was already entered: a serial counts once."
        )
    if refused.code is CodeProblem.NOT_GENUINE:
        return QCoreApplication.translate(
            "PaperEntry", "This serial is not one of this edition's ballots. Nothing saved."
        )
    if refused.code is CodeProblem.MALFORMED:
        return QCoreApplication.translate(
            "PaperEntry", "This serial has a typing mistake. Check it. Nothing saved."
        )
    problems = set(refused.choices)
    if ChoiceProblem.NONE_CHOSEN in problems:
        return QCoreApplication.translate(
            "PaperEntry", "No project is ticked. A blank ballot is not recorded. Nothing saved."
        )
    if ChoiceProblem.TOO_MANY in problems or ChoiceProblem.CHOOSE_ONE in problems:
        return QCoreApplication.translate(
            "PaperEntry", "More projects are ticked than the rule allows: the ballot is void."
        )
    if ChoiceProblem.OVER_BUDGET in problems:
        return QCoreApplication.translate(
            "PaperEntry", "The ticked projects cost more than the budget: the ballot is void."
        )
    return QCoreApplication.translate(
        "PaperEntry", "This ballot cannot be recorded. Nothing saved."
    )


# --------------------------------------------------------------------------- results


def record_refusal(problem: RecordProblem) -> str:
    """Why a count was not recorded."""
    if problem is RecordProblem.VOTE_NOT_CLOSED:
        return QCoreApplication.translate(
            "ResultsTab", "Not recorded: the vote is not closed. Count again, then confirm."
        )
    if problem is RecordProblem.STALE:
        return QCoreApplication.translate(
            "ResultsTab",
            "Not recorded: the ballots changed since this count (new ones arrived). "
            "Count again, then record.",
        )
    return QCoreApplication.translate(
        "ResultsTab", "Not recorded: only a count under the edition's rule can be recorded."
    )
