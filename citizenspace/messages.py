"""The user's words for problems reported by the core (shared by the CLI and the screens)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from citizenspace.domain.catalog import VotingMethod
from citizenspace.domain.numbers import format_money, format_number
from citizenspace.domain.people import PersonError
from citizenspace.services.shell.startup import DatabaseError, Problem

if TYPE_CHECKING:
    from citizenspace.services.budget.budget_print import BallotWords, SlipWords
    from citizenspace.services.people.people_import import LineProblem


def database_problem(error: DatabaseError) -> str:
    """One plain sentence saying what is wrong with a database file."""
    d = error.detail
    p = error.problem
    if p is Problem.MISSING:
        return QCoreApplication.translate("Messages", "There is no database at %1.").replace(
            "%1", d
        )
    if p is Problem.NOT_A_FILE:
        return QCoreApplication.translate(
            "Messages", "%1 is a folder, not a database file."
        ).replace("%1", d)
    if p is Problem.UNREADABLE:
        return QCoreApplication.translate(
            "Messages", "The database file cannot be read (%1)."
        ).replace("%1", d)
    if p is Problem.EMPTY:
        return QCoreApplication.translate(
            "Messages", "The file %1 is empty: it is not a Citizen Space database."
        ).replace("%1", d)
    if p is Problem.NOT_SQLITE:
        return QCoreApplication.translate(
            "Messages", "%1 is not a Citizen Space database (it is not an SQLite file)."
        ).replace("%1", d)
    if p is Problem.TRUNCATED:
        return QCoreApplication.translate(
            "Messages", "The database file is incomplete, probably cut short by a failed copy (%1)."
        ).replace("%1", d)
    if p is Problem.CORRUPT:
        return QCoreApplication.translate("Messages", "The database file is damaged (%1).").replace(
            "%1", d
        )
    if p is Problem.NOT_CITIZENSPACE:
        return QCoreApplication.translate(
            "Messages", "%1 is an SQLite database, but not a Citizen Space one."
        ).replace("%1", d)
    if p is Problem.NEWER_VERSION:
        return QCoreApplication.translate(
            "Messages",
            "This database was written by a newer version of Citizen Space (schema %1): "
            "install that version to open it.",
        ).replace("%1", d)
    if p is Problem.READ_ONLY:
        return QCoreApplication.translate(
            "Messages",
            "%1 cannot be written from this computer (a read-only folder or a locked USB "
            "stick): copy it to a folder you can write to.",
        ).replace("%1", d)
    if p is Problem.NEEDS_UPGRADE:
        return QCoreApplication.translate(
            "Messages",
            "%1 was written by an older version of Citizen Space: open it once in the "
            'application, or run "citizenspace db upgrade", to bring it up to date.',
        ).replace("%1", d)
    if p is Problem.CAPTURE_BROKEN:
        return QCoreApplication.translate(
            "Messages", "The database's change capture for sync is incomplete (%1)."
        ).replace("%1", d)
    return QCoreApplication.translate("Messages", "The database cannot be opened (%1).").replace(
        "%1", str(error)
    )


def share_entry(path: str, fault: str) -> str:
    """An entry of the shared folder that a sync round left out, and why (`sync.share.
    EntryFault`), in one sentence naming its path under the shared folder."""
    from citizenspace.sync.share import EntryFault

    why = {
        EntryFault.UNREADABLE: QCoreApplication.translate(
            "Messages",
            "cannot be read from this computer (access rights, a link that loops or leads "
            "nowhere, or a disk error)",
        ),
        EntryFault.WRONG_KIND: QCoreApplication.translate(
            "Messages", "is a folder where a file belongs, or a file where a folder belongs"
        ),
        EntryFault.NOT_OURS: QCoreApplication.translate(
            "Messages", "is not a Citizen Space file (a stray copy, or put there by hand)"
        ),
        EntryFault.DAMAGED: QCoreApplication.translate(
            "Messages", "is damaged (its contents do not match its name)"
        ),
    }.get(fault, fault)
    return QCoreApplication.translate("Messages", "%1 %2.").replace("%1", path).replace("%2", why)


def _field(name: str) -> str:
    names = {
        "first_name": QCoreApplication.translate("Messages", "first name"),
        "last_name": QCoreApplication.translate("Messages", "last name"),
        "email": QCoreApplication.translate("Messages", "e-mail"),
        "phone": QCoreApplication.translate("Messages", "phone"),
        "birth_year": QCoreApplication.translate("Messages", "birth year"),
        "address": QCoreApplication.translate("Messages", "address"),
        "postcode": QCoreApplication.translate("Messages", "postcode"),
        "district": QCoreApplication.translate("Messages", "district"),
        "district_id": QCoreApplication.translate("Messages", "district"),
        "consent_contact": QCoreApplication.translate("Messages", "consent to be contacted"),
        "consent_photo": QCoreApplication.translate("Messages", "consent to photos"),
        "notes": QCoreApplication.translate("Messages", "notes"),
        "last_involved_on": QCoreApplication.translate("Messages", "last involvement"),
    }
    return names.get(name, name)


def _person_error(code: PersonError | None) -> str:
    return (
        {
            PersonError.REQUIRED: QCoreApplication.translate("Messages", "is required"),
            PersonError.TOO_LONG: QCoreApplication.translate("Messages", "is too long"),
            PersonError.INVALID_EMAIL: QCoreApplication.translate(
                "Messages", "is not a valid e-mail address"
            ),
            PersonError.INVALID_PHONE: QCoreApplication.translate(
                "Messages", "is not a valid phone number"
            ),
            PersonError.INVALID_POSTCODE: QCoreApplication.translate(
                "Messages", "is not a French postcode (five digits)"
            ),
            PersonError.INVALID_BIRTH_YEAR: QCoreApplication.translate(
                "Messages", "is not a plausible birth year"
            ),
            PersonError.CONTACT_WITHOUT_CONSENT: QCoreApplication.translate(
                "Messages", "is missing: contact details are kept only with consent"
            ),
            PersonError.UNKNOWN_DISTRICT: QCoreApplication.translate(
                "Messages", "does not exist any more"
            ),
        }.get(code, QCoreApplication.translate("Messages", "is not valid"))
        if code
        else QCoreApplication.translate("Messages", "is not valid")
    )


def import_problem(p: LineProblem) -> str:
    """One sentence for a problem found while importing a file, naming the line (and the
    file's column, when the problem is in one cell)."""
    from citizenspace.services.people.people_import import ImportIssue
    from citizenspace.services.people.people_import_lines import LIMITS

    if p.line and p.column and p.person_error is not PersonError.REQUIRED:
        where = (
            QCoreApplication.translate("Messages", "Line %1, column “%2”:")
            .replace("%1", str(p.line))
            .replace("%2", p.column)
        )
    elif p.line:
        where = QCoreApplication.translate("Messages", "Line %1:").replace("%1", str(p.line))
    else:
        where = ""
    if p.issue is ImportIssue.UNREADABLE:
        what = QCoreApplication.translate(
            "Messages", "the file cannot be read: check that it exists and is not open elsewhere."
        )
    elif p.issue is ImportIssue.MALFORMED:
        what = QCoreApplication.translate(
            "Messages",
            "a quotation mark opened on this line is not closed properly: nothing after it "
            "could be read.",
        )
    elif p.issue is ImportIssue.CONSENT_COLUMN_MISSING:
        what = QCoreApplication.translate(
            "Messages",
            'the file has e-mail addresses or phone numbers but no "Consentement contact" '
            "column: contact details are kept only for people who agreed to be contacted. "
            "Add the column (oui/non) and try again.",
        )
    elif p.issue is ImportIssue.TOO_LARGE:
        what = QCoreApplication.translate("Messages", "the file is too large (more than 20 MB).")
    elif p.issue is ImportIssue.ENCODING and p.detail:
        what = QCoreApplication.translate(
            "Messages",
            "the text is not in a known encoding (UTF-8 or Windows-1252) near “%1”: in Excel, "
            "save the file again as “CSV UTF-8 (separator: semicolon)”.",
        ).replace("%1", p.detail)
    elif p.issue is ImportIssue.ENCODING:
        what = QCoreApplication.translate(
            "Messages", "this is not a text file in UTF-8 or Windows-1252: save it again as CSV."
        )
    elif p.issue is ImportIssue.OLD_EXCEL:
        what = QCoreApplication.translate(
            "Messages",
            "this is an old Excel workbook (.xls): in Excel, save it as “Excel workbook "
            "(.xlsx)” or “CSV (separator: semicolon)” and import it again.",
        )
    elif p.issue is ImportIssue.BAD_WORKBOOK:
        what = QCoreApplication.translate(
            "Messages",
            "this file cannot be opened as an Excel workbook (.xlsx): it may be damaged.",
        )
    elif p.issue is ImportIssue.EMPTY:
        what = QCoreApplication.translate("Messages", "there is nothing to import.")
    elif p.issue is ImportIssue.MISSING_COLUMNS:
        cols = ", ".join(_field(c) for c in p.detail.split(", ") if c)
        what = QCoreApplication.translate(
            "Messages", "the column(s) %1 are missing from the first line."
        ).replace("%1", cols)
    elif p.issue is ImportIssue.FIELD_TWICE:
        what = (
            QCoreApplication.translate(
                "Messages", "the columns %1 all go to %2: keep one and leave the others out."
            )
            .replace("%1", p.detail)
            .replace("%2", _field(p.field))
        )
    elif p.issue is ImportIssue.WRONG_FIELD_COUNT:
        what = QCoreApplication.translate(
            "Messages", "this line does not have as many fields as the first line (%1)."
        ).replace("%1", p.detail)
    elif p.issue is ImportIssue.UNKNOWN_DISTRICT and p.detail:
        what = QCoreApplication.translate("Messages", 'the district "%1" does not exist.').replace(
            "%1", p.detail
        )
    elif p.issue is ImportIssue.NOT_A_NUMBER:
        what = (
            QCoreApplication.translate("Messages", '%1 "%2" is not a number.')
            .replace("%1", _field(p.field))
            .replace("%2", p.detail)
        )
    elif p.issue is ImportIssue.NOT_A_DATE:
        what = QCoreApplication.translate(
            "Messages",
            "“%1” is neither a year nor a date of birth: write 1956, 14/03/1956 or 1956-03-14.",
        ).replace("%1", p.detail)
    elif p.issue is ImportIssue.NOT_YES_NO:
        what = (
            QCoreApplication.translate("Messages", '%1 must be yes or no, not "%2".')
            .replace("%1", _field(p.field))
            .replace("%2", p.detail)
        )
    elif p.person_error is PersonError.TOO_LONG and p.detail.isdigit() and p.field in LIMITS:
        what = (
            QCoreApplication.translate(
                "Messages", "the text is too long: %1 characters, %2 at most."
            )
            .replace("%1", QLocale().toString(int(p.detail)))
            .replace("%2", QLocale().toString(LIMITS[p.field]))
        )
    elif p.detail and p.person_error not in (None, PersonError.REQUIRED):
        what = (
            QCoreApplication.translate("Messages", "%1 “%2” %3.")
            .replace("%1", _field(p.field))
            .replace("%2", p.detail)
            .replace("%3", _person_error(p.person_error))
        )
    else:
        what = f"{_field(p.field)} {_person_error(p.person_error)}."
    sentence = f"{where} {what}".strip()
    return sentence[:1].upper() + sentence[1:]


def slip_words() -> SlipWords:
    """What a voting slip says, in the user's language: four short steps for a child."""
    from citizenspace.services.budget.budget_print import SlipWords

    return SlipWords(
        heading=QCoreApplication.translate("Slips", "Your voting card"),
        instructions=(
            QCoreApplication.translate("Slips", "Go to the voting kiosk."),
            QCoreApplication.translate("Slips", "Show this card to the scanner, or type the code."),
            QCoreApplication.translate("Slips", "Choose your projects."),
            QCoreApplication.translate("Slips", "Press “Yes, I vote!”."),
        ),
        document_title=QCoreApplication.translate("Slips", "Voting slips"),
        language=_language(),
    )


def ballot_words(method: VotingMethod, limit: int, budget_cents: int) -> BallotWords:
    """What a paper ballot says, with the rule of this edition's vote."""
    from citizenspace.services.budget.budget_print import BallotWords

    if method is VotingMethod.CHOOSE_ONE:
        rule = QCoreApplication.translate("Ballots", "Tick one project.")
    elif method is VotingMethod.KNAPSACK:
        rule = QCoreApplication.translate(
            "Ballots", "Tick projects that cost %1 at most in all."
        ).replace("%1", format_money(Decimal(budget_cents) / 100, _language()))
    else:
        rule = QCoreApplication.translate("Ballots", "Tick up to %1 projects.").replace(
            "%1", str(limit)
        )
    return BallotWords(
        heading=QCoreApplication.translate("Ballots", "Ballot paper"),
        rule=rule,
        instructions=(
            QCoreApplication.translate(
                "Ballots", "Put a cross in the box of each project you choose."
            ),
            QCoreApplication.translate("Ballots", "Do not write your name."),
            QCoreApplication.translate(
                "Ballots", "Fold your ballot paper and put it in the ballot box."
            ),
        ),
        serial_label=QCoreApplication.translate("Ballots", "Ballot number"),
        document_title=QCoreApplication.translate("Ballots", "Paper ballots"),
        language=_language(),
    )


def _language() -> str:
    from PySide6.QtCore import QLocale

    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def outcome_sentence(o, money: Callable[[int | Fraction], str]) -> str:  # noqa: ANN001
    """Why a project is, or is not, funded: one short sentence a ten-year-old follows.
    `o` is a tally `ProjectOutcome`; `money` writes an amount of the election's unit."""
    from citizenspace.domain.budget.tally import Phase, Reason

    cost = money(o.cost)
    left = money(o.money_left_before or 0)
    if o.reason is Reason.NO_VOTES:
        return QCoreApplication.translate("Results", "Not funded: nobody voted for it.")
    if o.reason is Reason.FUNDED and o.phase is Phase.EQUAL_SHARES:
        return (
            QCoreApplication.translate(
                "Results", "Funded: its %1 supporters paid its cost of %2 from their equal shares."
            )
            .replace("%1", QLocale().toString(o.votes))
            .replace("%2", cost)
        )
    if o.reason is Reason.FUNDED and o.phase is Phase.COMPLETION:
        return (
            QCoreApplication.translate(
                "Results",
                "Funded with the money left over: its cost of %1 fitted in the %2 still left.",
            )
            .replace("%1", cost)
            .replace("%2", left)
        )
    if o.reason is Reason.FUNDED and o.score != o.votes:  # ballots with points
        return (
            QCoreApplication.translate(
                "Results",
                "Funded: with %1 votes (%2 points), its cost of %3 fitted in the %4 still left.",
            )
            .replace("%1", QLocale().toString(o.votes))
            .replace("%2", QLocale().toString(o.score))
            .replace("%3", cost)
            .replace("%4", left)
        )
    if o.reason is Reason.FUNDED:
        return (
            QCoreApplication.translate(
                "Results", "Funded: with %1 votes, its cost of %2 fitted in the %3 still left."
            )
            .replace("%1", QLocale().toString(o.votes))
            .replace("%2", cost)
            .replace("%3", left)
        )
    if o.reason is Reason.NOT_FUNDED_MONEY_LEFT_TOO_LITTLE:
        return (
            QCoreApplication.translate(
                "Results", "Not funded: it costs %1, but only %2 was left when its turn came."
            )
            .replace("%1", cost)
            .replace("%2", left)
        )
    text = (
        QCoreApplication.translate(
            "Results",
            "Not funded: it costs %1, but its %2 supporters had only %3 left of their shares.",
        )
        .replace("%1", cost)
        .replace("%2", QLocale().toString(o.votes))
        .replace("%3", money(o.supporters_money or 0))
    )
    if o.money_left_before is not None:
        text += " " + QCoreApplication.translate(
            "Results", "The %1 left over at the end was too little too."
        ).replace("%1", left)
    return text


def rule_explanation(rule: str, completion: bool = True) -> str:
    """How the money is shared out, in two sentences."""
    if rule == "mes":
        text = QCoreApplication.translate(
            "Results",
            "Every voter gets an equal share of the budget. A project is funded when its "
            "supporters can pay for it together from their shares.",
        )
        if completion:
            text += " " + QCoreApplication.translate(
                "Results", "Money left over then goes to the next projects by votes."
            )
        return text
    return QCoreApplication.translate(
        "Results",
        "Projects are funded in order of votes while the money lasts. A project that costs "
        "more than what is left is skipped, and the next one is tried.",
    )


def amount_in(
    unit_cents: bool, language: str | None = None, currency: str | None = None
) -> Callable[[int | Fraction], str]:
    """A money writer: amounts in cents (an edition, in euros) or in whole units of
    `currency` (a pabulib file's). A fraction is rounded down: never overstate what
    someone had."""

    def write(value: int | Fraction) -> str:
        value = Fraction(value) / (100 if unit_cents else 1)
        floored = Decimal(int(value * 100)) / 100
        if currency is None:
            return format_money(floored, language or _language())
        digits = 0 if value.denominator == 1 else 2
        return f"{format_number(floored, language or _language(), digits)}\u00a0{currency}".strip()

    return write
