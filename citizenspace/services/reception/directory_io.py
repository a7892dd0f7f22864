"""Directory files: import "Qui fait quoi ?" from a spreadsheet, export it for the booklet.

Files come from French Excel: CSV with `;` separators (or `,`, or tab), in UTF-8 with or
without a byte-order mark, or in Windows-1252; or an Excel workbook (.xlsx). Anything else
(UTF-16 without a mark, a Mac Roman file read as Windows-1252, a PDF renamed .csv) is refused
with the line where it shows, rather than imported as "SŽcuritŽ".

An import goes in three steps, as the people's does (`services.people.people_import`):
`open_file` reads the file and offers a mapping of its columns to ours (the one the user
confirmed last time for the same titles, or one suggested from the titles and, for a
"Compétence(s)" column, from its values: the level of government, or what the service
handles); `check` says what importing with the mapping the user confirmed would do
(created, updated, unchanged, refused lines and why, columns left out), writing nothing;
`apply` writes it in one transaction: refused lines mean nothing is written, unless the user
chose to import only the good lines. Entries are matched on their name and body, accents and
case aside, so importing the same file twice makes no twins; a column the file does not have
leaves that field alone. `preview` does the first two with the mapping offered and refuses
the file at its first bad line (scripts, and the tests of the checks).

Exports are what French Excel opens cleanly: CSV in UTF-8 with a BOM, `;`, CRLF line ends;
or a workbook with a bold header and readable column widths. No cell of either runs as a
formula, and both import back unchanged: `services.spreadsheets` writes and reads the cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception import directory as rules
from citizenspace.domain.reception.directory import (
    COLUMN_ALIASES,
    COMPETENCE_LABELS_FR,
    EXPORT_TITLES,
    FIELDS,
    LEVEL_OR_REMIT_TITLES,
    REPEATABLE_COLUMNS,
    holds_levels,
)
from citizenspace.services.common.column_mapping import (
    MappedFile,
    MappingMemory,
    Sheet,
    fitted_mapping,
    fold_title,
    left_out,
    sheet_of,
    suggest,
)
from citizenspace.services.common.errors import ServiceError
from citizenspace.services.common.spreadsheets import append_row, save_workbook, write_csv
from citizenspace.services.common.tables import TableRejected, read_table, read_table_file
from citizenspace.services.reception.directory import (
    THEME_SEPARATOR,
    DirectoryService,
    apply_draft,
    draft_of,
    theme_labels,
)
from citizenspace.services.reception.directory_lines import (
    REQUIRED,
    FileIssue,
    FileProblem,
    FileRow,
    check_lines,
)
from citizenspace.store.database import Database
from citizenspace.store.models import DirectoryEntry

__all__ = [
    "Action",
    "DirectoryFile",
    "DirectoryFileRejected",
    "DirectoryFiles",
    "ExportFormat",
    "FileIssue",
    "FileProblem",
    "FileRow",
    "ImportPreview",
    "ImportReport",
]

MAX_BYTES = 10 * 1024 * 1024
#: At most this many problems are listed: the first few tell what is wrong with a file.
MAX_PROBLEMS = 30
#: The kind of import its remembered mappings are filed under.
KIND = "directory"


class DirectoryFileRejected(ServiceError):
    """Nothing was imported; `problems` say where and why (the first MAX_PROBLEMS; `more`
    is True when there were others)."""

    def __init__(self, problems: list[FileProblem], *, more: bool = False) -> None:
        first = problems[0]
        super().__init__(f"line {first.line}: {first.issue.value} {first.field} {first.value}")
        self.problems = problems
        self.more = more


def _refused(problems: Sequence[FileProblem]) -> DirectoryFileRejected:
    return DirectoryFileRejected(list(problems[:MAX_PROBLEMS]), more=len(problems) > MAX_PROBLEMS)


def _rejected(exc: TableRejected) -> DirectoryFileRejected:
    """A file that cannot be read as a table, as a problem of the directory's list."""
    value = exc.value or exc.detail
    return DirectoryFileRejected([FileProblem(exc.line, FileIssue(exc.issue.value), value=value)])


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


#: The file as read for the mapping step (one kind for every import).
DirectoryFile = MappedFile


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing the file would do, shown before anything is written."""

    file_name: str
    #: "xlsx", or the text encoding ("utf-8-sig", "utf-8", "cp1252", "utf-16").
    encoding: str
    delimiter: str
    #: The good lines.
    rows: tuple[FileRow, ...]
    created: int
    updated: int
    unchanged: int
    #: The columns that hold something and go nowhere.
    ignored_columns: tuple[str, ...]
    #: The names of the entries the import would change, in file order: an empty cell in
    #: a column the file has blanks that field, and the user should see whom it touches.
    updated_names: tuple[str, ...] = ()
    #: Every problem of every refused line, in file order.
    problems: tuple[FileProblem, ...] = ()
    #: The refused lines, each once.
    bad_lines: tuple[int, ...] = ()
    #: Good lines whose level of government was read from the body's name, or is the one
    #: chosen for the whole file.
    level_from_body: int = 0
    level_by_default: int = 0
    #: What `apply` needs to remember the mapping.
    titles: tuple[str, ...] = ()
    mapping: tuple[str, ...] = ()
    header_line: int = 1


@dataclass(frozen=True, slots=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    #: Refused lines left out because the user chose to import only the good ones.
    lines_left_out: int = 0


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


# --------------------------------------------------------------------------- mapping


def suggested_mapping(sheet: Sheet) -> list[str]:
    """Each column's field from its title; a "Compétence(s)" column is the level of
    government when its values name levels, else what the service handles (keywords), and
    another column may then say the level ("Collectivité compétente")."""
    remit = {
        c.index
        for c in sheet.columns
        if fold_title(c.title.strip().rstrip("*:")) in LEVEL_OR_REMIT_TITLES
        and not holds_levels(c.values)
    }
    titles = ["" if c.index in remit else c.title for c in sheet.columns]
    mapping = suggest(titles, COLUMN_ALIASES, REPEATABLE_COLUMNS)
    for i in remit:
        mapping[i] = "keywords"
    return mapping


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


def _field_of_draft(field: str) -> str:
    return "theme_id" if field == "theme" else field


def _merged(current: rules.EntryDraft, row: FileRow) -> rules.EntryDraft:
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


def _first_line(preview: ImportPreview) -> int:
    return preview.header_line + 1


# --------------------------------------------------------------------------- the service


class DirectoryFiles:
    """Import and export of the directory. Give it the DirectoryService whose index must
    be refreshed after an import (the screen's), or let it make its own."""

    def __init__(self, db: Database, directory: DirectoryService | None = None) -> None:
        self._db = db
        self._directory = directory
        self._memory = MappingMemory(db)

    # ---------------------------------------------------------------- 1. read

    def open_file(self, path: Path) -> DirectoryFile:
        """Read the file and offer a mapping; DirectoryFileRejected when it cannot be
        read."""
        try:
            sheet = sheet_of(read_table_file(path, MAX_BYTES), path.name)
        except TableRejected as exc:
            raise _rejected(exc) from exc
        return self._offer(sheet)

    def open_bytes(self, raw: bytes, file_name: str = "") -> DirectoryFile:
        try:
            sheet = sheet_of(read_table(raw, MAX_BYTES), file_name)
        except TableRejected as exc:
            raise _rejected(exc) from exc
        return self._offer(sheet)

    def _offer(self, sheet: Sheet) -> DirectoryFile:
        remembered = self._memory.recall(KIND, sheet.titles, FIELDS)
        if remembered is not None:
            return DirectoryFile(sheet, tuple(remembered), True)
        return DirectoryFile(sheet, tuple(suggested_mapping(sheet)), False)

    # ---------------------------------------------------------------- 2. check

    def check(
        self,
        file: DirectoryFile,
        mapping: Sequence[str],
        default_level: Competence | None = None,
        tick: Callable[[float], None] | None = None,
    ) -> ImportPreview:
        """Every line checked with `mapping` (the field of each column, "" to leave it
        out), and what importing it would do; nothing is written. `default_level` is the
        level of government of the lines that neither give one nor name a body that says
        it. DirectoryFileRejected when the mapping cannot do: no name column, a field given
        two columns."""
        sheet = file.sheet
        mapping, twice = fitted_mapping(sheet, mapping, FIELDS, REPEATABLE_COLUMNS)
        if twice:
            raise DirectoryFileRejected(
                [
                    FileProblem(sheet.header_line, FileIssue.FIELD_TWICE, f, columns)
                    for f, columns in twice
                ]
            )
        missing = [f for f in REQUIRED if f not in mapping]
        if "competence" not in mapping and "body_name" not in mapping and default_level is None:
            missing.append("competence")
        if missing:
            raise DirectoryFileRejected(
                [FileProblem(sheet.header_line, FileIssue.MISSING_COLUMNS, ", ".join(missing))]
            )
        with self._db.read() as s:
            themes = _themes_by_name(theme_labels(s))
            lines = check_lines(sheet.records, sheet.columns, mapping, themes, default_level, tick)
            counts = {a: 0 for a in Action}
            updated: list[str] = []
            for row, action, _e in _plan(s, tuple(lines.rows)):
                counts[action] += 1
                if action is Action.UPDATE:
                    updated.append(row.draft.name)
        return ImportPreview(
            file_name=sheet.name,
            encoding=sheet.encoding,
            delimiter=sheet.delimiter,
            rows=tuple(lines.rows),
            created=counts[Action.CREATE],
            updated=counts[Action.UPDATE],
            unchanged=counts[Action.UNCHANGED],
            ignored_columns=left_out(sheet, mapping),
            updated_names=tuple(updated),
            problems=tuple(lines.problems),
            bad_lines=tuple(lines.bad_lines),
            level_from_body=lines.level_from_body,
            level_by_default=lines.level_by_default,
            titles=sheet.titles,
            mapping=mapping,
            header_line=sheet.header_line,
        )

    def preview(self, path: Path) -> ImportPreview:
        """Read and check the whole file with the mapping offered, and say what importing
        it would do; nothing is written. DirectoryFileRejected names the lines at fault."""
        file = self.open_file(path)
        return self._strict(self.check(file, file.suggested))

    def preview_bytes(self, raw: bytes, file_name: str = "") -> ImportPreview:
        file = self.open_bytes(raw, file_name)
        return self._strict(self.check(file, file.suggested))

    @staticmethod
    def _strict(preview: ImportPreview) -> ImportPreview:
        if preview.problems:
            raise _refused(preview.problems)
        if not preview.rows:
            raise DirectoryFileRejected([FileProblem(_first_line(preview), FileIssue.EMPTY)])
        return preview

    # ---------------------------------------------------------------- 3. write

    def apply(
        self, preview: ImportPreview, *, only_good_lines: bool = False, remember: bool = False
    ) -> ImportReport:
        """Write what was previewed, in one transaction. With refused lines, nothing is
        written (DirectoryFileRejected) unless `only_good_lines`. Matching is done again
        inside it, so an entry created meanwhile (on this computer or by a sync) is updated,
        not doubled; a theme deleted meanwhile refuses the whole import. `remember` keeps
        the mapping for the next file with the same titles."""
        if preview.problems and not only_good_lines:
            raise _refused(preview.problems)
        if not preview.rows:
            raise DirectoryFileRejected([FileProblem(_first_line(preview), FileIssue.EMPTY)])
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
                raise _refused(missing)
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
            if remember and preview.titles:
                self._memory.remember(s, KIND, preview.titles, preview.mapping)
        if self._directory is not None:
            self._directory.search("")  # rebuild the index now, not at the next key
        return ImportReport(
            counts[Action.CREATE],
            counts[Action.UPDATE],
            counts[Action.UNCHANGED],
            len(preview.bad_lines) if only_good_lines else 0,
        )

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
