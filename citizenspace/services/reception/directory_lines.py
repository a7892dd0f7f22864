"""The lines of a directory file, checked one by one once its columns are mapped.

Pure: given the lines, the mapping and the themes, say which services the good lines
describe and what is wrong with the others, each problem naming its line and the file's
column in codes (`FileIssue`, `EntryError`); the words are the screens'.

Who is competent (the level of government) comes from the column mapped to it; when a line
has none (no such column, or an empty cell), from the body's name when it says it ("Ville
de Saint-Quentin", "Agglomération du Saint-Quentinois", "Préfecture de l'Aisne"); else from
the level the user chose for the whole file; else the line is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception import directory as rules
from citizenspace.domain.reception.directory import EntryDraft
from citizenspace.services.common.column_mapping import FileColumn, column_name, cut

#: Our columns, in the order the mapping step offers them.
FIELDS = rules.FIELDS
#: Without a service's name there is no entry.
REQUIRED: tuple[str, ...] = ("name",)


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
    #: Two columns mapped to a field that takes one; `value` names them.
    FIELD_TWICE = "field_twice"
    #: More cells on the line than columns in the header.
    WRONG_FIELD_COUNT = "wrong_field_count"
    #: A quotation mark opened and never closed.
    MALFORMED = "malformed"
    #: A cell refused by the entry checks; `code` says why.
    INVALID_VALUE = "invalid_value"
    #: The same service (name and body) twice in the file; `value` is the first line.
    DUPLICATE_IN_FILE = "duplicate_in_file"
    #: Nothing says who is competent: no level in the line, a body's name that does not
    #: say it, no level chosen for the whole file. `value` is the body's name.
    NO_LEVEL = "no_level"


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A problem in a directory file. `line` is the line in the file (1 = the header; for
    a workbook, the row number Excel shows), 0 when it concerns the whole file."""

    line: int
    issue: FileIssue
    #: The field at fault (a key of `domain.directory.FIELDS`), or the missing fields
    #: joined by ", " for MISSING_COLUMNS.
    field: str = ""
    #: The offending value as it is in the file (cut to 60 characters); a text's length
    #: when it is too long.
    value: str = ""
    code: rules.EntryError | None = None
    #: The title of the file's column at fault (its letter when it has none).
    column: str = ""


@dataclass(frozen=True, slots=True)
class FileRow:
    """One service read from the file, checked."""

    line: int
    draft: EntryDraft
    #: The fields the file has a column for: only these are written on an existing entry.
    columns: frozenset[str]
    #: None when the file has no "Actif" column.
    active: bool | None


@dataclass(slots=True)
class CheckedLines:
    rows: list[FileRow] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    bad_lines: list[int] = field(default_factory=list)
    #: Good lines whose level was read from the body's name.
    level_from_body: int = 0
    #: Good lines whose level is the one chosen for the whole file.
    level_by_default: int = 0


def check_lines(
    records: Sequence[tuple[int, list[str]]],
    columns: Sequence[FileColumn],
    mapping: Sequence[str],
    themes: dict[str, str],
    default_level: Competence | None = None,
    tick: Callable[[float], None] | None = None,
) -> CheckedLines:
    """Every line checked against the mapping (`mapping[i]`: the field of column i, "" to
    leave it out). `themes`: folded theme text → id. `tick(fraction)` is called now and
    then and may raise to stop the work."""
    width = len(columns)
    where: dict[str, list[int]] = {}
    for i, name in enumerate(mapping[:width]):
        if name:
            where.setdefault(name, []).append(i)
    titles = {f: column_name(columns[idx[0]]) for f, idx in where.items()}
    present = frozenset(f for f in where if f != "active")
    out = CheckedLines()
    seen: dict[tuple[str, str], int] = {}
    total = max(len(records), 1)
    for done, (number, cells) in enumerate(records):
        if tick is not None and done % 2000 == 0:
            tick(done / total)
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            out.problems.append(
                FileProblem(number, FileIssue.WRONG_FIELD_COUNT, value=f"{len(cells)}/{width}")
            )
            out.bad_lines.append(number)
            continue

        def cell(name: str, cells: list[str] = cells) -> str:
            found = [cells[i].strip() for i in where.get(name, ()) if i < len(cells)]
            return " ".join(v for v in found if v)

        problems: list[FileProblem] = []

        def problem(
            name: str,
            code: rules.EntryError,
            value: str,
            problems: list[FileProblem] = problems,
            number: int = number,
        ) -> None:
            problems.append(
                FileProblem(
                    number, FileIssue.INVALID_VALUE, name, value, code, titles.get(name, "")
                )
            )

        competence = rules.parse_competence(cell("competence"))
        how = "column"
        if competence is None and cell("competence"):
            problem("competence", rules.EntryError.UNKNOWN_COMPETENCE, cut(cell("competence")))
        elif competence is None:
            competence = rules.parse_competence(cell("body_name"))
            how = "body"
            if competence is None and default_level is not None:
                competence, how = default_level, "default"
        theme_id = None
        if cell("theme"):
            theme_id = themes.get(rules.fold(cell("theme")))
            if theme_id is None:
                problem("theme", rules.EntryError.UNKNOWN_THEME, cut(cell("theme")))
        active = None
        if "active" in where:
            active = rules.parse_yes_no(cell("active")) if cell("active") else True
            if active is None:
                problem("active", rules.EntryError.NOT_YES_NO, cut(cell("active")))
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
        if competence is None and not cell("competence"):
            problems.append(
                FileProblem(number, FileIssue.NO_LEVEL, "competence", cut(cell("body_name")), None)
            )
        for err in rules.check(draft):
            if err.field == "competence":
                continue  # already said: an unknown level, with the value, or none at all
            if err.code is rules.EntryError.TOO_LONG:
                value = str(len(cell(err.field)))
            else:
                value = cut(cell(err.field))
            problem(err.field, err.code, value)
        if not problems and draft.name:
            key = rules.identity(draft.name, draft.body_name)
            if key in seen:
                problems.append(
                    FileProblem(
                        number,
                        FileIssue.DUPLICATE_IN_FILE,
                        "name",
                        str(seen[key]),
                        None,
                        titles.get("name", ""),
                    )
                )
            seen.setdefault(key, number)
        if problems:
            out.problems.extend(problems)
            out.bad_lines.append(number)
            continue
        out.rows.append(FileRow(number, rules.normalise(draft), present, active))
        out.level_from_body += how == "body"
        out.level_by_default += how == "default"
    return out
