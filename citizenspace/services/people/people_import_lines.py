"""The lines of a people's file, checked one by one once its columns are mapped.

Pure: given the lines, the mapping and the districts, say what each line would create and
what is wrong with the others. Each problem names its line and the file's column, in codes
(`ImportIssue`); the words are the screens' and the command line's.

What a city office's file holds, and what becomes of it:
- a birth date (14/03/1956, 1956-03-14, an Excel date, even Excel's day number 20528) or a
  birth year: only the year is kept (minimisation), and the preview says so;
- an e-mail or a phone number without the person's consent to be contacted (no consent
  column at all, or "non"): the person is imported, their contact details are not kept,
  and the preview says for how many lines;
- numbers Excel mangled: a phone or a postcode that lost its leading zero gets it back.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from citizenspace.domain import people as rules
from citizenspace.domain.people import PersonDraft, PersonError
from citizenspace.services.common.column_mapping import column_name, cut, fold_title

#: Our fields, in the order the mapping step offers them.
FIELDS: tuple[str, ...] = (
    "last_name",
    "first_name",
    "birth_year",
    "email",
    "phone",
    "address",
    "postcode",
    "district",
    "consent_contact",
    "consent_photo",
    "notes",
)
REQUIRED: tuple[str, ...] = ("last_name", "first_name")
#: Fields that may gather several columns ("Adresse" and "Complément d'adresse";
#: "Observations" and "Remarques"), joined in the order of the file.
REPEATABLE: tuple[str, ...] = ("address", "notes")
_JOINERS = {"address": ", ", "notes": "\n"}

#: Titles (folded as `fold_title` does) a column of each field is known by.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "last_name": (
        "nom",
        "noms",
        "nom de famille",
        "nom d usage",
        "nom usuel",
        "nom patronymique",
        "nom de naissance",
        "last name",
        "surname",
        "family name",
    ),
    "first_name": ("prenom", "prenoms", "first name", "given name", "forename"),
    "email": (
        "email",
        "e mail",
        "emails",
        "courriel",
        "mail",
        "mel",
        "adresse mail",
        "adresse e mail",
        "adresse email",
        "adresse electronique",
        "adresse courriel",
        "email address",
    ),
    "phone": (
        "telephone",
        "tel",
        "tel portable",
        "tel fixe",
        "telephone portable",
        "telephone fixe",
        "portable",
        "mobile",
        "gsm",
        "numero de telephone",
        "n de telephone",
        "n tel",
        "phone",
        "phone number",
    ),
    "birth_year": (
        "annee de naissance",
        "annee naissance",
        "date de naissance",
        "date naissance",
        "ne le",
        "nee le",
        "ne e le",
        "naissance",
        "birth year",
        "year of birth",
        "birth date",
        "date of birth",
        "dob",
    ),
    "address": ("adresse", "adresse postale", "domicile", "rue", "address", "street"),
    "postcode": ("code postal", "cp", "postcode", "post code", "zip", "zip code"),
    "district": ("quartier", "quartiers", "secteur", "conseil de quartier", "district"),
    "consent_contact": (
        "consentement contact",
        "consentement",
        "consentement rgpd",
        "rgpd",
        "accord contact",
        "contact autorise",
        "accepte d etre contacte",
        "accepte d etre contacte e",
        "consent contact",
        "consent",
    ),
    "consent_photo": (
        "consentement photo",
        "droit a l image",
        "autorisation photo",
        "photo",
        "photos",
        "consent photo",
    ),
    "notes": (
        "notes",
        "note",
        "remarques",
        "remarque",
        "commentaire",
        "commentaires",
        "observations",
        "observation",
        "infos",
        "informations",
        "comments",
    ),
}

#: The longest each text field may be (the lengths of the register's columns).
LIMITS: dict[str, int] = {
    "first_name": rules.NAME_MAX,
    "last_name": rules.NAME_MAX,
    "address": rules.ADDRESS_MAX,
    "notes": rules.NOTES_MAX,
}

_YES = {"oui", "o", "yes", "y", "x", "1", "vrai", "true", "ok", "d accord"}
_NO = {"non", "n", "no", "0", "faux", "false", ""}


class ImportIssue(StrEnum):
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    ENCODING = "encoding"
    #: An Excel 97-2003 workbook (.xls): to be saved again as .xlsx or CSV.
    OLD_EXCEL = "old_excel"
    #: A .xlsx that cannot be opened (damaged, or another kind of file).
    BAD_WORKBOOK = "bad_workbook"
    EMPTY = "empty"
    MISSING_COLUMNS = "missing_columns"
    #: Two columns mapped to a field that takes one; `detail` names them.
    FIELD_TWICE = "field_twice"
    WRONG_FIELD_COUNT = "wrong_field_count"
    INVALID_VALUE = "invalid_value"
    UNKNOWN_DISTRICT = "unknown_district"
    NOT_A_NUMBER = "not_a_number"
    #: A birth column's cell that is neither a year nor a date.
    NOT_A_DATE = "not_a_date"
    NOT_YES_NO = "not_yes_no"
    #: A quotation mark opened and never closed, or text right after a closing one.
    MALFORMED = "malformed"
    #: E-mail or phone columns, but no column recording the consent to be contacted (only
    #: the command line refuses such a file: the screen imports it without the contact
    #: details, and says so before).
    CONSENT_COLUMN_MISSING = "consent_column_missing"


@dataclass(frozen=True, slots=True)
class LineProblem:
    """A problem on one line of the file (1 = the header line)."""

    line: int
    issue: ImportIssue
    field: str = ""
    #: The value at fault (cut to 60 characters), or what the issue needs to be told: the
    #: missing fields, the cells counted, a text's length when it is too long.
    detail: str = ""
    person_error: PersonError | None = None
    #: The title of the file's column at fault (its letter when it has none).
    column: str = ""


@dataclass(slots=True)
class CheckedLines:
    """What the lines of a file would give."""

    #: Each good line's number and the person it describes, normalised.
    drafts: list[tuple[int, PersonDraft]] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    #: The lines refused (each once, in file order).
    bad_lines: list[int] = field(default_factory=list)
    #: Good lines whose e-mail or phone is not kept: no consent to be contacted.
    contact_not_kept: list[int] = field(default_factory=list)
    #: Good lines whose birth was a whole date, of which only the year is kept.
    dates_to_years: int = 0


_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:[ T]+\d{1,2}[:h]\d{2}(?::\d{2})?)?$"
)
_YEAR_FIRST = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T]+\d{1,2}:\d{2}\S*)?$")
#: Excel counts days from 30 December 1899: a date cell read without its format is a
#: number of five digits (10000 is 18 May 1927; 99999 is beyond 2173).
_EXCEL_DAY = re.compile(r"^(\d{5})(?:[.,]0+)?$")
_EXCEL_EPOCH = date(1899, 12, 30)


def birth_year(text: str) -> tuple[int | None, bool]:
    """The year of a birth cell and whether the cell was a whole date; (None, False) when it
    is neither a year nor a date (a year of two digits included: 56 is not 1956 for sure).
    Raises ValueError for a date that does not exist (31/02/1990)."""
    value = text.strip()
    if re.fullmatch(r"\d{4}(?:[.,]0+)?", value):
        return int(value[:4]), False
    if m := _DAY_FIRST.match(value):
        day, month, year = m.groups()
        if len(year) != 4:
            return None, False
        return date(int(year), int(month), int(day)).year, True
    if m := _YEAR_FIRST.match(value):
        year, month, day = m.groups()
        return date(int(year), int(month), int(day)).year, True
    if m := _EXCEL_DAY.match(value):
        return (_EXCEL_EPOCH + timedelta(days=int(m.group(1)))).year, True
    return None, False


def excel_postcode(value: str) -> str:
    """Excel reads 02100 as a number and writes back 2100: the departments 01 to 09 lose
    their leading zero. Four digits are put back to five."""
    return "0" + value if len(value) == 4 and value.isdigit() else value


def excel_phone(value: str) -> str:
    """Excel turns 0612345678 into 612345678: nine digits get their leading zero back."""
    digits = re.sub(r"[\s.]", "", value)
    return "0" + digits if len(digits) == 9 and digits.isdigit() and digits[0] != "0" else value


def check_lines(
    records: Sequence[tuple[int, list[str]]],
    columns: Sequence,  # FileColumn, in order
    mapping: Sequence[str],
    districts: dict[str, str],
    today: date,
    tick: Callable[[float], None] | None = None,
) -> CheckedLines:
    """Every line checked against the mapping (`mapping[i]`: the field of column i, "" to
    leave it out). `districts`: folded name → id. `tick(fraction)` is called now and then;
    it may raise to stop the work (a cancel)."""
    width = len(columns)
    where: dict[str, list[int]] = {}
    for i, name in enumerate(mapping[:width]):
        if name:
            where.setdefault(name, []).append(i)
    titles = {f: column_name(columns[idx[0]]) for f, idx in where.items()}
    fold = functools.lru_cache(maxsize=4096)(fold_title)  # districts and oui/non repeat
    out = CheckedLines()
    total = max(len(records), 1)
    for done, (number, cells) in enumerate(records):
        if tick is not None and done % 2000 == 0:
            tick(done / total)
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            out.problems.append(
                LineProblem(number, ImportIssue.WRONG_FIELD_COUNT, detail=f"{len(cells)}/{width}")
            )
            out.bad_lines.append(number)
            continue

        values = dict.fromkeys(FIELDS, "")
        for name, idx in where.items():
            values[name] = _JOINERS.get(name, " ").join(
                v for v in (cells[i].strip() for i in idx if i < len(cells)) if v
            )
        cell = values.__getitem__

        problems: list[LineProblem] = []

        def problem(
            issue: ImportIssue,
            name: str,
            detail: str = "",
            error: PersonError | None = None,
            problems: list[LineProblem] = problems,
            number: int = number,
        ) -> None:
            problems.append(LineProblem(number, issue, name, detail, error, titles.get(name, "")))

        year, was_date = None, False
        if cell("birth_year"):
            try:
                year, was_date = birth_year(cell("birth_year"))
            except ValueError:
                year = None
            if year is None:
                problem(ImportIssue.NOT_A_DATE, "birth_year", cut(cell("birth_year")))
        district_id = None
        if cell("district"):
            district_id = districts.get(fold(cell("district")))
            if district_id is None:
                problem(ImportIssue.UNKNOWN_DISTRICT, "district", cut(cell("district")))
        flags = {}
        for name in ("consent_contact", "consent_photo"):
            value = fold(cell(name))
            flags[name] = value in _YES
            if value not in _YES and value not in _NO:
                problem(ImportIssue.NOT_YES_NO, name, cut(cell(name)))
        email, phone = cell("email"), excel_phone(cell("phone"))
        dropped = bool(email or phone) and not flags["consent_contact"]
        if dropped:
            # Contact details are kept only with consent: the person is, without them.
            email = phone = ""
        draft = PersonDraft(
            first_name=cell("first_name"),
            last_name=cell("last_name"),
            email=email,
            phone=phone,
            birth_year=year,
            address=cell("address"),
            postcode=excel_postcode(cell("postcode")),
            district_id=district_id,
            notes=cell("notes"),
            **flags,
        )
        for err in rules.validate(draft, today):
            name = err.field
            if err.code is PersonError.TOO_LONG:
                detail = str(len(cell(name)))
            elif err.code is PersonError.INVALID_BIRTH_YEAR:
                detail = cut(cell(name))
            else:
                detail = cut(getattr(draft, name, "") or "") if name != "consent_contact" else ""
            problem(ImportIssue.INVALID_VALUE, name, detail, err.code)
        if problems:
            out.problems.extend(problems)
            out.bad_lines.append(number)
            continue
        out.drafts.append((number, rules.normalise(draft)))
        out.dates_to_years += was_date
        if dropped:
            out.contact_not_kept.append(number)
    return out
