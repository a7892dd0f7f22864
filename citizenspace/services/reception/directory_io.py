"""Directory files: import "Qui fait quoi ?" from a spreadsheet, export it for the booklet.

Files come from French Excel: CSV with `;` separators (or `,`, or tab), in UTF-8 with or
without a byte-order mark, or in Windows-1252; or an Excel workbook (.xlsx). Anything else
(UTF-16 without a mark, a Mac Roman file read as Windows-1252, a PDF renamed .csv) is refused
with the line where it shows, rather than imported as "SŽcuritŽ".

An import is previewed first (what would be created, updated, left unchanged), then applied
in one transaction: one bad line and nothing is written. Entries are matched on their name
and body, accents and case aside, so importing the same file twice makes no twins; a column
the file does not have leaves that field alone.

Exports are what French Excel opens cleanly: CSV in UTF-8 with a BOM, `;`, CRLF line ends;
or a workbook with a bold header and readable column widths. No cell of either runs as a
formula, and both import back unchanged: `services.spreadsheets` writes and reads the cells.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from citizenspace.domain.reception import directory as rules
from citizenspace.domain.reception.directory import (
    COMPETENCE_LABELS_FR,
    EXPORT_TITLES,
    FIELDS,
    EntryDraft,
)
from citizenspace.services.common.errors import ServiceError
from citizenspace.services.common.spreadsheets import append_row, save_workbook, write_csv
from citizenspace.services.common.tables import Table, TableRejected, read_table, read_table_file
from citizenspace.services.reception.directory import (
    THEME_SEPARATOR,
    DirectoryService,
    apply_draft,
    draft_of,
    theme_labels,
)
from citizenspace.store.database import Database
from citizenspace.store.models import DirectoryEntry

MAX_BYTES = 10 * 1024 * 1024
#: At most this many problems are listed: the first few tell what is wrong with a file.
MAX_PROBLEMS = 30


class FileIssue(StrEnum):
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    #: Not UTF-8 nor Windows-1252 text (UTF-16 without a mark, Mac Roman, a binary file).
    ENCODING = "encoding"
    #: An Excel 97-2003 workbook (.xls): to be saved again as .xlsx or CSV.
    OLD_EXCEL = "old_excel"
    #: A .xlsx that cannot be opened (damaged, or another kind of file).
    BAD_WORKBOOK = "bad_workbook"
    EMPTY = "empty"
    MISSING_COLUMNS = "missing_columns"
    #: More cells on the line than columns in the header.
    WRONG_FIELD_COUNT = "wrong_field_count"
    #: A quotation mark opened and never closed.
    MALFORMED = "malformed"
    #: A cell refused by the entry checks; `code` says why.
    INVALID_VALUE = "invalid_value"
    #: The same service (name and body) twice in the file; `value` is the first line.
    DUPLICATE_IN_FILE = "duplicate_in_file"


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A problem in a directory file. `line` is the line in the file (1 = the header; for
    a workbook, the row number Excel shows), 0 when it concerns the whole file."""

    line: int
    issue: FileIssue
    #: The column at fault (a key of `domain.directory.FIELDS`), or the missing columns
    #: joined by ", " for MISSING_COLUMNS.
    field: str = ""
    #: The offending value as it is in the file (cut to 60 characters).
    value: str = ""
    code: rules.EntryError | None = None


class DirectoryFileRejected(ServiceError):
    """Nothing was imported; `problems` say where and why (the first MAX_PROBLEMS; `more`
    is True when there were others)."""

    def __init__(self, problems: list[FileProblem], *, more: bool = False) -> None:
        first = problems[0]
        super().__init__(f"line {first.line}: {first.issue.value} {first.field} {first.value}")
        self.problems = problems
        self.more = more


def _rejected(exc: TableRejected) -> DirectoryFileRejected:
    """A file that cannot be read as a table, as a problem of the directory's list."""
    value = exc.value or exc.detail
    return DirectoryFileRejected([FileProblem(exc.line, FileIssue(exc.issue.value), value=value)])


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class FileRow:
    """One service read from the file, checked."""

    line: int
    draft: EntryDraft
    #: The columns the file has: only these are written on an existing entry.
    columns: frozenset[str]
    #: None when the file has no "Actif" column.
    active: bool | None


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing the file would do, shown before anything is written."""

    file_name: str
    #: "xlsx", or the text encoding ("utf-8-sig", "utf-8", "cp1252", "utf-16").
    encoding: str
    delimiter: str
    rows: tuple[FileRow, ...]
    created: int
    updated: int
    unchanged: int
    #: Column titles nobody knows, left aside.
    ignored_columns: tuple[str, ...]
    #: The names of the entries the import would change, in file order: an empty cell in
    #: a column the file has blanks that field, and the user should see whom it touches.
    updated_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


# --------------------------------------------------------------------------- reading text


# --------------------------------------------------------------------------- checking rows


def _themes_by_name(labels: dict[str, tuple[str, bool]]) -> dict[str, str]:
    """Folded theme texts a file may use → theme id: "Déchets › Encombrants" (also typed
    "Déchets > Encombrants"), and the bare sub-theme name when no other theme has it."""
    found = {rules.fold(label): tid for tid, (label, _active) in labels.items()}
    bare_ids: dict[str, set[str]] = {}
    for tid, (label, _active) in labels.items():
        if THEME_SEPARATOR in label:
            bare_ids.setdefault(rules.fold(label.split(THEME_SEPARATOR, 1)[1]), set()).add(tid)
    for bare, ids in bare_ids.items():
        if bare not in found and len(ids) == 1:
            found[bare] = next(iter(ids))
    return found


def _checked_rows(
    records: list[tuple[int, list[str]]], themes: dict[str, str]
) -> tuple[list[FileRow], tuple[str, ...]]:
    """Every line of the file checked; DirectoryFileRejected naming each bad line."""
    header_at = next((i for i, (_n, r) in enumerate(records) if any(c.strip() for c in r)), None)
    if header_at is None:
        raise DirectoryFileRejected([FileProblem(1, FileIssue.EMPTY)])
    header_line, titles = records[header_at]
    columns = rules.map_columns(titles)
    if columns.missing:
        raise DirectoryFileRejected(
            [FileProblem(header_line, FileIssue.MISSING_COLUMNS, field=", ".join(columns.missing))]
        )
    where = columns.where
    width = len(titles)
    problems: list[FileProblem] = []
    rows: list[FileRow] = []
    seen: dict[tuple[str, str], int] = {}
    for number, cells in records[header_at + 1 :]:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(
                FileProblem(number, FileIssue.WRONG_FIELD_COUNT, value=f"{len(cells)}/{width}")
            )
            continue

        def cell(field: str, cells: list[str] = cells) -> str:
            i = where.get(field)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        line_problems: list[FileProblem] = []
        competence = rules.parse_competence(cell("competence"))
        if competence is None and cell("competence"):
            line_problems.append(
                FileProblem(
                    number,
                    FileIssue.INVALID_VALUE,
                    "competence",
                    cell("competence")[:60],
                    rules.EntryError.UNKNOWN_COMPETENCE,
                )
            )
        theme_id = None
        if cell("theme"):
            theme_id = themes.get(rules.fold(cell("theme")))
            if theme_id is None:
                line_problems.append(
                    FileProblem(
                        number,
                        FileIssue.INVALID_VALUE,
                        "theme",
                        cell("theme")[:60],
                        rules.EntryError.UNKNOWN_THEME,
                    )
                )
        active = None
        if "active" in where:
            active = rules.parse_yes_no(cell("active")) if cell("active") else True
            if active is None:
                line_problems.append(
                    FileProblem(
                        number,
                        FileIssue.INVALID_VALUE,
                        "active",
                        cell("active")[:60],
                        rules.EntryError.NOT_YES_NO,
                    )
                )
        draft = EntryDraft(
            name=cell("name"),
            competence=competence,
            body_name=cell("body_name"),
            keywords=cell("keywords"),
            phone=rules.excel_phone(cell("phone")),
            email=cell("email"),
            address=cell("address"),
            hours=cell("hours"),
            website=cell("website"),
            theme_id=theme_id,
        )
        for err in rules.check(draft):
            if err.field == "competence" and competence is None and cell("competence"):
                continue  # already said: unknown competence, with the value
            line_problems.append(
                FileProblem(
                    number, FileIssue.INVALID_VALUE, err.field, cell(err.field)[:60], err.code
                )
            )
        if not line_problems and draft.name:
            key = rules.identity(draft.name, draft.body_name)
            if key in seen:
                line_problems.append(
                    FileProblem(number, FileIssue.DUPLICATE_IN_FILE, "name", str(seen[key]), None)
                )
            seen.setdefault(key, number)
        problems.extend(line_problems)
        if not line_problems:
            present = frozenset(f for f in where if f != "active")
            rows.append(FileRow(number, rules.normalise(draft), present, active))
    if problems:
        raise DirectoryFileRejected(problems[:MAX_PROBLEMS], more=len(problems) > MAX_PROBLEMS)
    if not rows:
        raise DirectoryFileRejected([FileProblem(header_line + 1, FileIssue.EMPTY)])
    return rows, columns.ignored


def _field_of_draft(field: str) -> str:
    return "theme_id" if field == "theme" else field


def _merged(current: EntryDraft, row: FileRow) -> EntryDraft:
    """The stored entry with the file's values for the columns the file has."""
    changes = {_field_of_draft(f): getattr(row.draft, _field_of_draft(f)) for f in row.columns}
    return replace(current, **changes)


def _plan(
    s: Session, rows: tuple[FileRow, ...]
) -> Iterator[tuple[FileRow, Action, DirectoryEntry | None]]:
    """What each line does to the directory: create, update or leave unchanged."""
    existing = {rules.identity(e.name, e.body_name): e for e in s.scalars(select(DirectoryEntry))}
    for row in rows:
        e = existing.get(rules.identity(row.draft.name, row.draft.body_name))
        if e is None:
            yield row, Action.CREATE, None
            continue
        current = rules.normalise(draft_of(e))
        same = _merged(current, row) == current and (row.active is None or row.active == e.active)
        yield row, (Action.UNCHANGED if same else Action.UPDATE), e


# --------------------------------------------------------------------------- the service


class DirectoryFiles:
    """Import and export of the directory. Give it the DirectoryService whose index must
    be refreshed after an import (the screen's), or let it make its own."""

    def __init__(self, db: Database, directory: DirectoryService | None = None) -> None:
        self._db = db
        self._directory = directory

    def preview(self, path: Path) -> ImportPreview:
        """Read and check the whole file and say what importing it would do; nothing is
        written. DirectoryFileRejected names the lines at fault."""
        try:
            table = read_table_file(path, MAX_BYTES)
        except TableRejected as exc:
            raise _rejected(exc) from exc
        return self._preview(table, path.name)

    def preview_bytes(self, raw: bytes, file_name: str = "") -> ImportPreview:
        try:
            table = read_table(raw, MAX_BYTES)
        except TableRejected as exc:
            raise _rejected(exc) from exc
        return self._preview(table, file_name)

    def _preview(self, table: Table, file_name: str) -> ImportPreview:
        records, encoding, delimiter = table.records, table.encoding, table.delimiter
        with self._db.read() as s:
            themes = _themes_by_name(theme_labels(s))
            rows, ignored = _checked_rows(records, themes)
            counts = {a: 0 for a in Action}
            updated: list[str] = []
            for row, action, _e in _plan(s, tuple(rows)):
                counts[action] += 1
                if action is Action.UPDATE:
                    updated.append(row.draft.name)
        return ImportPreview(
            file_name=file_name,
            encoding=encoding,
            delimiter=delimiter,
            rows=tuple(rows),
            created=counts[Action.CREATE],
            updated=counts[Action.UPDATE],
            unchanged=counts[Action.UNCHANGED],
            ignored_columns=ignored,
            updated_names=tuple(updated),
        )

    def apply(self, preview: ImportPreview) -> ImportReport:
        """Write what was previewed, in one transaction. Matching is done again inside it,
        so an entry created meanwhile (on this computer or by a sync) is updated, not
        doubled; a theme deleted meanwhile refuses the whole import."""
        counts = {a: 0 for a in Action}
        with self._db.write() as s:
            labels = theme_labels(s)
            missing = [
                FileProblem(
                    r.line, FileIssue.INVALID_VALUE, "theme", "", rules.EntryError.UNKNOWN_THEME
                )
                for r in preview.rows
                if r.draft.theme_id is not None and r.draft.theme_id not in labels
            ]
            if missing:
                raise DirectoryFileRejected(
                    missing[:MAX_PROBLEMS], more=len(missing) > MAX_PROBLEMS
                )
            for row, action, e in list(_plan(s, preview.rows)):
                counts[action] += 1
                if action is Action.CREATE:
                    new = DirectoryEntry(active=True if row.active is None else row.active)
                    apply_draft(new, row.draft)
                    s.add(new)
                elif action is Action.UPDATE and e is not None:
                    merged = _merged(rules.normalise(draft_of(e)), row)
                    if merged != rules.normalise(draft_of(e)):
                        apply_draft(e, merged)
                    if row.active is not None and row.active != e.active:
                        e.active = row.active
        if self._directory is not None:
            self._directory.search("")  # rebuild the index now, not at the next key
        return ImportReport(counts[Action.CREATE], counts[Action.UPDATE], counts[Action.UNCHANGED])

    def import_file(self, path: Path) -> ImportReport:
        """Preview and apply at once (for the command line and scripts)."""
        return self.apply(self.preview(path))

    # ---------------------------------------------------------------- export

    def table(self) -> list[list[str]]:
        """The directory as a file has it: the header, then one row per entry, by body then
        name. Inactive entries are included (marked "non") so a round trip loses nothing."""
        with self._db.read() as s:
            labels = theme_labels(s)
            entries = s.scalars(select(DirectoryEntry)).all()
            rows = [
                [
                    e.name,
                    COMPETENCE_LABELS_FR[e.competence],
                    e.body_name,
                    e.keywords,
                    e.phone,
                    e.email,
                    e.address,
                    e.hours,
                    e.website,
                    labels.get(e.theme_id, ("", True))[0] if e.theme_id else "",
                    "oui" if e.active else "non",
                ]
                for e in entries
            ]
        rows.sort(key=lambda r: (rules.fold(r[2]), rules.fold(r[0])))
        return [[EXPORT_TITLES[f] for f in FIELDS], *rows]

    def export(self, path: Path, fmt: ExportFormat | None = None) -> int:
        """Write the directory to `path` (CSV or XLSX, from `fmt` or the file's suffix);
        the number of entries written. The file appears whole or not at all."""
        if fmt is None:
            fmt = ExportFormat.XLSX if path.suffix.lower() == ".xlsx" else ExportFormat.CSV
        table = self.table()
        if fmt is ExportFormat.XLSX:
            _write_xlsx(table, path)
        else:
            write_csv(path, table)
        return len(table) - 1


#: Column widths in the exported workbook, in characters.
_XLSX_WIDTHS = {
    "name": 40,
    "competence": 26,
    "body_name": 30,
    "keywords": 45,
    "phone": 16,
    "email": 34,
    "address": 40,
    "hours": 40,
    "website": 30,
    "theme": 30,
    "active": 8,
}


def _write_xlsx(table: list[list[str]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Qui fait quoi"
    for row in table:
        append_row(sheet, row)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    for i, field in enumerate(FIELDS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = _XLSX_WIDTHS[field]
    wrap = Alignment(vertical="top", wrap_text=False)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            cell.number_format = "@"  # phones stay text: 03 23... keeps its 0
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    save_workbook(book, path)
