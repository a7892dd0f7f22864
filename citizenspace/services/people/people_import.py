"""Importing people from a spreadsheet: the candidates' list a coordinator kept in Excel, or
the file another office of the city sends as it is.

Three steps, each a call, none touching Qt (the screen runs the first two off the GUI thread
on big files):

1. `open_file`: the file is read by the reader every import shares (`services.common.
   tables`): CSV as French Excel writes it (`;`, `,` or tab; Windows-1252, UTF-8 with or
   without its mark, UTF-16 with its mark) or an Excel workbook (.xlsx), each refusal
   naming its line (and a huge cell read whole, for the check to name its column). Each
   column comes with its first values and the field it most likely holds: the mapping the
   user confirmed last time for a file with the same titles, or one suggested from the titles
   (`people_import_lines.SYNONYMS`).
2. `check`: with the mapping the user confirmed, every line is checked; nothing is written.
   The preview says how many people would be added, which lines are refused and why, which
   columns are left out, which people would lose their contact details for want of consent,
   how many birth dates are cut to their year.
3. `apply`: all or nothing. With refused lines, nothing is written, unless the user chose to
   import only the good lines (`only_good_lines`). People already in the register are
   skipped, so importing the corrected file again adds only the lines that were refused.

`import_file` does all three with the suggested mapping, for the command line; without a
preview to warn anyone, it refuses contact details without consent rather than drop them.

A cell that looks like a formula ("=1+1", "+33 6 12 34 56 78") is stored as the text it is;
one that an export of the application neutralised ("'=1+1") is read without the apostrophe
the export added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select

from citizenspace.domain import people as rules
from citizenspace.domain.ids import new_id
from citizenspace.domain.people import PersonDraft, PersonError
from citizenspace.services.common.column_mapping import (
    MappedFile,
    MappingMemory,
    Sheet,
    column_name,
    fitted_mapping,
    fold_title,
    left_out,
    sheet_of,
    suggest,
)
from citizenspace.services.common.errors import ServiceError
from citizenspace.services.common.tables import TableRejected, read_table, read_table_file
from citizenspace.services.people.people_import_lines import (
    FIELDS,
    REPEATABLE,
    REQUIRED,
    SYNONYMS,
    ImportIssue,
    LineProblem,
    check_lines,
)
from citizenspace.store.database import Database
from citizenspace.store.models import District, Person

__all__ = [
    "FIELDS",
    "MAX_BYTES",
    "MAX_PROBLEMS",
    "ImportIssue",
    "ImportRejected",
    "ImportReport",
    "LineProblem",
    "PeopleFile",
    "PeopleImportService",
    "PeoplePreview",
]

MAX_BYTES = 20 * 1024 * 1024
#: The kind of import its remembered mappings are filed under.
KIND = "people"
#: A refusal lists at most this many problems (`ImportRejected.more` says there are others).
MAX_PROBLEMS = 50


class ImportRejected(ServiceError):
    """Nothing was imported; `problems` says where and why. At most `MAX_PROBLEMS` are
    listed; `more` is True when the file holds others beyond them."""

    def __init__(self, problems: list[LineProblem], *, more: bool = False) -> None:
        first = problems[0]
        super().__init__(f"line {first.line}: {first.issue.value} {first.field} {first.detail}")
        self.problems = problems
        self.more = more


def _refused(problems: Sequence[LineProblem]) -> ImportRejected:
    return ImportRejected(list(problems[:MAX_PROBLEMS]), more=len(problems) > MAX_PROBLEMS)


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    encoding: str
    delimiter: str
    #: Lines describing someone already in the register (or earlier in the file): skipped,
    #: so that importing the same list twice does not make twins.
    already_known: int = 0
    #: Refused lines left out because the user chose to import only the good ones.
    lines_left_out: int = 0


#: The file as read for the mapping step (one kind for every import).
PeopleFile = MappedFile


@dataclass(frozen=True, slots=True)
class PeoplePreview:
    """What importing the file with `mapping` would do; nothing is written yet."""

    file: PeopleFile
    mapping: tuple[str, ...]
    #: The people the good lines describe, with their line numbers, normalised.
    drafts: tuple[tuple[int, PersonDraft], ...]
    #: Every problem of every refused line, in file order.
    problems: tuple[LineProblem, ...]
    #: The refused lines, each once.
    bad_lines: tuple[int, ...]
    #: Good lines describing someone already in the register (or earlier in the file).
    already_known: int
    #: The columns that hold something and go nowhere.
    left_out: tuple[str, ...]
    #: Whether a column says if the person agreed to be contacted.
    consent_column: bool
    #: Good lines whose e-mail or phone will not be kept, for want of consent.
    contact_not_kept: tuple[int, ...]
    #: Good lines whose birth date is kept as its year only.
    dates_to_years: int

    @property
    def to_import(self) -> int:
        """The people the import would add."""
        return len(self.drafts) - self.already_known


def _rejected(exc: TableRejected) -> ImportRejected:
    """A file that cannot be read as a table, as a problem of the people's list."""
    return ImportRejected(
        [LineProblem(exc.line, ImportIssue(exc.issue.value), detail=exc.value or exc.detail)]
    )


def _identity(key: str, email: str, birth_year: int | None) -> tuple[str, str, int | None]:
    """Same folded name, same e-mail, same birth year: the same person, typed again."""
    return key, email, birth_year


def _key(d: PersonDraft) -> str:
    return rules.search_key(f"{d.last_name} {d.first_name}")


class PeopleImportService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today
        self._memory = MappingMemory(db)

    # ---------------------------------------------------------------- 1. read

    def open_file(self, path: Path) -> PeopleFile:
        """Read the file and offer a mapping; ImportRejected when it cannot be read."""
        try:
            table = read_table_file(path, MAX_BYTES)
            sheet = sheet_of(table, path.name)
        except TableRejected as exc:
            raise _rejected(exc) from exc
        return self._offer(sheet)

    def open_bytes(self, raw: bytes, name: str = "") -> PeopleFile:
        try:
            sheet = sheet_of(read_table(raw, MAX_BYTES), name)
        except TableRejected as exc:
            raise _rejected(exc) from exc
        return self._offer(sheet)

    def _offer(self, sheet: Sheet) -> PeopleFile:
        remembered = self._memory.recall(KIND, sheet.titles, FIELDS)
        if remembered is not None:
            return PeopleFile(sheet, tuple(remembered), True)
        return PeopleFile(sheet, tuple(suggest(sheet.titles, SYNONYMS, REPEATABLE)), False)

    # ---------------------------------------------------------------- 2. check

    def check(
        self,
        file: PeopleFile,
        mapping: Sequence[str],
        tick: Callable[[float], None] | None = None,
    ) -> PeoplePreview:
        """Every line checked with `mapping` (the field of each column, "" to leave it
        out); nothing is written. ImportRejected when the mapping itself cannot do: a name
        column missing, a field given two columns. `tick(fraction)` is called now and then
        and may raise to stop (a cancel)."""
        sheet = file.sheet
        mapping, twice = fitted_mapping(sheet, mapping, FIELDS, REPEATABLE)
        if twice:
            raise ImportRejected(
                [
                    LineProblem(sheet.header_line, ImportIssue.FIELD_TWICE, f, columns)
                    for f, columns in twice
                ]
            )
        missing = [f for f in REQUIRED if f not in mapping]
        if missing:
            raise ImportRejected(
                [
                    LineProblem(
                        sheet.header_line, ImportIssue.MISSING_COLUMNS, detail=", ".join(missing)
                    )
                ]
            )
        today = self._today()
        with self._db.read() as s:
            districts = {fold_title(n): i for i, n in s.execute(select(District.id, District.name))}
            known = {
                _identity(key, email, year)
                for key, email, year in s.execute(
                    select(Person.search_key, Person.email, Person.birth_year)
                )
            }
        lines = check_lines(sheet.records, sheet.columns, mapping, districts, today, tick)
        already = 0
        for _n, d in lines.drafts:
            identity = _identity(_key(d), d.email, d.birth_year)
            if identity in known:
                already += 1
            known.add(identity)
        return PeoplePreview(
            file=file,
            mapping=mapping,
            drafts=tuple(lines.drafts),
            problems=tuple(lines.problems),
            bad_lines=tuple(lines.bad_lines),
            already_known=already,
            left_out=left_out(sheet, mapping),
            consent_column="consent_contact" in mapping,
            contact_not_kept=tuple(lines.contact_not_kept),
            dates_to_years=lines.dates_to_years,
        )

    # ---------------------------------------------------------------- 3. write

    def apply(
        self, preview: PeoplePreview, *, only_good_lines: bool = False, remember: bool = False
    ) -> ImportReport:
        """Write the people of the good lines, in one transaction. With refused lines,
        ImportRejected and nothing written unless `only_good_lines`. People already in the
        register are matched again inside the transaction (someone added meanwhile, here or
        by a sync, is not doubled); a district deleted meanwhile refuses the whole import.
        `remember` keeps the mapping for the next file with the same titles."""
        if preview.problems and not only_good_lines:
            raise _refused(preview.problems)
        if not preview.drafts:
            line = preview.file.sheet.header_line + 1
            raise ImportRejected([LineProblem(line, ImportIssue.EMPTY)])
        today = self._today()
        sheet = preview.file.sheet
        district_column = next(
            (column_name(c) for c in sheet.columns if preview.mapping[c.index] == "district"),
            "",
        )
        with self._db.write() as s:
            districts = {i: n for i, n in s.execute(select(District.id, District.name))}
            gone = [
                LineProblem(n, ImportIssue.UNKNOWN_DISTRICT, "district", "", column=district_column)
                for n, d in preview.drafts
                if d.district_id is not None and d.district_id not in districts
            ]
            if gone:
                raise _refused(gone)
            known = {
                _identity(key, email, year)
                for key, email, year in s.execute(
                    select(Person.search_key, Person.email, Person.birth_year)
                )
            }
            fresh: list[tuple[str, PersonDraft]] = []
            for _n, d in preview.drafts:
                key = _key(d)
                identity = _identity(key, d.email, d.birth_year)
                if identity not in known:
                    known.add(identity)
                    fresh.append((key, d))
            records = [
                {
                    "id": new_id(),
                    "first_name": d.first_name,
                    "last_name": d.last_name,
                    "search_key": key,
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
                for key, d in fresh
            ]
            if records:
                # One statement for every row (Core): the ORM's bulk insert splits the rows
                # into many small batches whenever the empty fields change from one to the
                # next (100,000 people took minutes). The capture triggers see each row.
                s.execute(insert(cast(Table, Person.__table__)), records)
            if remember:
                self._memory.remember(s, KIND, sheet.titles, preview.mapping)
        return ImportReport(
            imported=len(records),
            encoding=sheet.encoding,
            delimiter=sheet.delimiter,
            already_known=len(preview.drafts) - len(fresh),
            lines_left_out=len(preview.bad_lines) if only_good_lines else 0,
        )

    # ---------------------------------------------------------------- all at once

    def import_file(self, path: Path) -> ImportReport:
        """Read, check and write with the mapping offered (the command line's import): all
        or nothing, and contact details without consent refused rather than dropped."""
        return self._import_strictly(self.open_file(path))

    def import_bytes(self, raw: bytes, name: str = "") -> ImportReport:
        return self._import_strictly(self.open_bytes(raw, name))

    def _import_strictly(self, file: PeopleFile) -> ImportReport:
        preview = self.check(file, file.suggested)
        if preview.contact_not_kept and not preview.consent_column:
            # Said once, for the file, rather than once per line for every line.
            raise ImportRejected(
                [LineProblem(file.sheet.header_line, ImportIssue.CONSENT_COLUMN_MISSING)]
            )
        without = [
            LineProblem(
                n,
                ImportIssue.INVALID_VALUE,
                "consent_contact",
                person_error=PersonError.CONTACT_WITHOUT_CONSENT,
            )
            for n in preview.contact_not_kept
        ]
        if without:
            problems = sorted([*preview.problems, *without], key=lambda p: p.line)
            raise _refused(problems)
        return self.apply(preview)
