"""Importing people from a spreadsheet: the candidates' list a coordinator kept in Excel.

The file is read by the reader every import shares (`services.tables`): CSV as French Excel
writes it (`;`, `,` or tab; Windows-1252, UTF-8 with or without its mark, UTF-16 with its
mark) or an Excel workbook (.xlsx), each refusal naming its line. The import is all or
nothing: every line is checked first, and one bad line means nothing is written, with a
report naming each line and field at fault. A cell that looks like a formula ("=1+1",
"+33 6 12 34 56 78") is stored as the text it is; one that an export of the application
neutralised ("'=1+1") is read without the apostrophe the export added.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import insert, select

from citizenspace.domain import people as rules
from citizenspace.domain.ids import new_id
from citizenspace.domain.people import PersonDraft, PersonError
from citizenspace.services.common.errors import ServiceError
from citizenspace.services.common.tables import Table, TableRejected, read_table, read_table_file
from citizenspace.store.database import Database
from citizenspace.store.models import District, Person

MAX_BYTES = 20 * 1024 * 1024

#: Accepted column titles (accent- and case-folded) for each field.
COLUMNS: dict[str, tuple[str, ...]] = {
    "last_name": ("nom", "nom de famille", "last name", "last_name", "surname"),
    "first_name": ("prenom", "first name", "first_name"),
    "email": ("email", "e-mail", "courriel", "mail", "adresse mail", "adresse e-mail"),
    "phone": ("telephone", "tel", "phone", "portable", "mobile"),
    "birth_year": ("annee de naissance", "annee naissance", "birth year", "birth_year"),
    "address": ("adresse", "adresse postale", "address"),
    "postcode": ("code postal", "cp", "postcode", "zip"),
    "district": ("quartier", "district"),
    "consent_contact": (
        "consentement contact",
        "accepte d'etre contacte",
        "consent contact",
        "consent_contact",
        "consentement",
    ),
    "consent_photo": ("consentement photo", "droit a l'image", "consent photo", "consent_photo"),
    "notes": ("notes", "remarques", "commentaire"),
}
REQUIRED = ("last_name", "first_name")
_YES = {"oui", "o", "yes", "y", "x", "1", "vrai", "true"}
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
    WRONG_FIELD_COUNT = "wrong_field_count"
    INVALID_VALUE = "invalid_value"
    UNKNOWN_DISTRICT = "unknown_district"
    NOT_A_NUMBER = "not_a_number"
    NOT_YES_NO = "not_yes_no"
    #: A quotation mark opened and never closed, or text right after a closing one.
    MALFORMED = "malformed"
    #: E-mail or phone columns, but no column recording the consent to be contacted.
    CONSENT_COLUMN_MISSING = "consent_column_missing"


@dataclass(frozen=True, slots=True)
class LineProblem:
    """A problem on one line of the file (1 = the header line)."""

    line: int
    issue: ImportIssue
    field: str = ""
    detail: str = ""
    person_error: PersonError | None = None


MAX_PROBLEMS = 50


class ImportRejected(ServiceError):
    """Nothing was imported; `problems` says where and why. At most `MAX_PROBLEMS` are
    listed; `more` is True when the file holds others beyond them."""

    def __init__(self, problems: list[LineProblem], *, more: bool = False) -> None:
        first = problems[0]
        super().__init__(f"line {first.line}: {first.issue.value} {first.field} {first.detail}")
        self.problems = problems
        self.more = more


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    encoding: str
    delimiter: str
    #: Lines describing someone already in the register (or earlier in the file): skipped,
    #: so that importing the same list twice does not make twins.
    already_known: int = 0


def _excel_postcode(value: str) -> str:
    """Excel reads 02100 as a number and writes back 2100: the departments 01 to 09 lose
    their leading zero. Four digits are put back to five."""
    return "0" + value if len(value) == 4 and value.isdigit() else value


def _excel_phone(value: str) -> str:
    """Excel turns 0612345678 into 612345678: nine digits get their leading zero back."""
    digits = re.sub(r"[\s.]", "", value)
    return "0" + digits if len(digits) == 9 and digits.isdigit() and digits[0] != "0" else value


def _fold(text: str) -> str:
    return " ".join(rules.search_key(text).replace("_", " ").split())


def _rejected(exc: TableRejected) -> ImportRejected:
    """A file that cannot be read as a table, as a problem of the people's list."""
    return ImportRejected(
        [LineProblem(exc.line, ImportIssue(exc.issue.value), detail=exc.value or exc.detail)]
    )


class PeopleImportService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    def import_file(self, path: Path) -> ImportReport:
        try:
            table = read_table_file(path, MAX_BYTES)
        except TableRejected as exc:
            raise _rejected(exc) from exc
        return self._import(table)

    def import_bytes(self, raw: bytes) -> ImportReport:
        try:
            table = read_table(raw, MAX_BYTES)
        except TableRejected as exc:
            raise _rejected(exc) from exc
        return self._import(table)

    def _import(self, table: Table) -> ImportReport:
        rows, encoding, delimiter = table.records, table.encoding, table.delimiter
        if not rows or not any(cell.strip() for cell in rows[0][1]):
            raise ImportRejected([LineProblem(1, ImportIssue.EMPTY)])
        titles = [_fold(t) for t in rows[0][1]]
        width = len(rows[0][1])
        where: dict[str, int] = {}
        for fieldname, names in COLUMNS.items():
            for i, title in enumerate(titles):
                if title in names:
                    where[fieldname] = i
                    break
        missing = [f for f in REQUIRED if f not in where]
        if missing:
            raise ImportRejected(
                [LineProblem(1, ImportIssue.MISSING_COLUMNS, detail=", ".join(missing))]
            )
        contact = [where[f] for f in ("email", "phone") if f in where]
        if (
            contact
            and "consent_contact" not in where
            and any(len(r) == width and any(r[i].strip() for i in contact) for _n, r in rows[1:])
        ):
            # Said once, for the file, rather than once per line for every line.
            raise ImportRejected([LineProblem(1, ImportIssue.CONSENT_COLUMN_MISSING)])
        today = self._today()
        # Checking and writing are one transaction: the districts the lines are checked
        # against cannot be deleted before the people who live in them are inserted.
        with self._db.write() as s:
            districts = {_fold(n): i for i, n in s.execute(select(District.id, District.name))}
            drafts = _checked_drafts(rows[1:], width, where, districts, today)
            known = {
                _identity(key, email, year)
                for key, email, year in s.execute(
                    select(Person.search_key, Person.email, Person.birth_year)
                )
            }
            fresh: list[PersonDraft] = []
            for d in drafts:
                identity = _identity(
                    rules.search_key(f"{d.last_name} {d.first_name}"), d.email, d.birth_year
                )
                if identity not in known:
                    known.add(identity)
                    fresh.append(d)
            records = [
                {
                    "id": new_id(),
                    "first_name": d.first_name,
                    "last_name": d.last_name,
                    "search_key": rules.search_key(f"{d.last_name} {d.first_name}"),
                    "email": d.email,
                    "phone": d.phone,
                    "birth_year": d.birth_year,
                    "address": d.address,
                    "postcode": d.postcode,
                    "district_id": d.district_id,
                    "consent_contact": d.consent_contact,
                    "consent_contact_on": today if d.consent_contact else None,
                    "consent_photo": d.consent_photo,
                    "notes": d.notes,
                    "created_on": today,
                }
                for d in fresh
            ]
            if records:
                s.execute(insert(Person), records)
        return ImportReport(len(records), encoding, delimiter, len(drafts) - len(fresh))


def _identity(key: str, email: str, birth_year: int | None) -> tuple[str, str, int | None]:
    """Same folded name, same e-mail, same birth year: the same person, typed again."""
    return key, email, birth_year


def _checked_drafts(
    rows: list[tuple[int, list[str]]],
    width: int,
    where: dict[str, int],
    districts: dict[str, str],
    today: date,
) -> list[PersonDraft]:
    """The people of the file, normalised; ImportRejected naming at most 50 problems if one
    line is wrong (nothing is imported then)."""
    problems: list[LineProblem] = []
    drafts: list[PersonDraft] = []
    for number, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            problems.append(
                LineProblem(number, ImportIssue.WRONG_FIELD_COUNT, detail=f"{len(row)}/{width}")
            )
            continue

        def cell(name: str, row: list[str] = row) -> str:
            return row[where[name]].strip() if name in where else ""

        line_problems: list[LineProblem] = []
        birth_year = None
        if cell("birth_year"):
            try:
                birth_year = int(cell("birth_year"))
            except ValueError:
                line_problems.append(
                    LineProblem(number, ImportIssue.NOT_A_NUMBER, "birth_year", cell("birth_year"))
                )
        district_id = None
        if cell("district"):
            district_id = districts.get(_fold(cell("district")))
            if district_id is None:
                line_problems.append(
                    LineProblem(number, ImportIssue.UNKNOWN_DISTRICT, "district", cell("district"))
                )
        flags = {}
        for name in ("consent_contact", "consent_photo"):
            value = _fold(cell(name))
            if value in _YES:
                flags[name] = True
            elif value in _NO:
                flags[name] = False
            else:
                flags[name] = False
                line_problems.append(LineProblem(number, ImportIssue.NOT_YES_NO, name, cell(name)))
        draft = PersonDraft(
            first_name=cell("first_name"),
            last_name=cell("last_name"),
            email=cell("email"),
            phone=_excel_phone(cell("phone")),
            birth_year=birth_year,
            address=cell("address"),
            postcode=_excel_postcode(cell("postcode")),
            district_id=district_id,
            notes=cell("notes"),
            **flags,
        )
        for err in rules.validate(draft, today):
            line_problems.append(
                LineProblem(number, ImportIssue.INVALID_VALUE, err.field, person_error=err.code)
            )
        problems.extend(line_problems)
        if not line_problems:
            drafts.append(rules.normalise(draft))
    if problems:
        raise ImportRejected(problems[:MAX_PROBLEMS], more=len(problems) > MAX_PROBLEMS)
    if not drafts:
        raise ImportRejected([LineProblem(2, ImportIssue.EMPTY)])
    return drafts
