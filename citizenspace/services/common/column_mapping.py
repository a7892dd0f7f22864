"""What every spreadsheet import shares once the file is read: its columns with their first
values, and which of our fields each column goes to (the "mapping").

A city office's file is rarely written for us: "NOM", "Tél.", "Date de naissance",
"Observations"... The mapping is suggested from the titles (accents, case and punctuation
aside, synonyms included), shown to the user with each column's first values, corrected by
them, and remembered for the next file with the same titles (per kind of import, in the
city's shared settings, so that another desk importing the same office's file finds it
ready). A column mapped to nothing is left out, and the user sees it before importing.

Pure of Qt; `MappingMemory` is the only part that touches the database.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from citizenspace.services.common.tables import Table, TableIssue, TableRejected
from citizenspace.store.database import Database
from citizenspace.store.models import Setting

#: A column the user leaves out.
LEAVE_OUT = ""
#: How many first values of each column the mapping step shows.
SHOWN_VALUES = 3
#: How many values of each column a suggestion may look at (see `values`).
LOOKED_AT = 20
#: A value shown or named in a message is cut to this many characters.
VALUE_CHARS = 60


def fold_title(text: str) -> str:
    """Accents, case and punctuation folded away: "Tél." is "tel", "N° de téléphone" is
    "n de telephone", "E-mail" is "e mail"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    bare = bare.replace("œ", "oe").replace("æ", "ae")
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


def cut(value: str, limit: int = VALUE_CHARS) -> str:
    """A value short enough to be named in a sentence or shown in a table cell."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class FileColumn:
    """One column of the file as the mapping step shows it."""

    index: int
    #: The title on the header line, as written ("" when the cell is empty).
    title: str
    #: The first non-empty values, cut to `VALUE_CHARS` (at most `LOOKED_AT`; the screen
    #: shows the first `SHOWN_VALUES`).
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sheet:
    """A file read and ready to be mapped: its header and the lines under it."""

    name: str
    #: "xlsx", or the text encoding ("utf-8-sig", "utf-8", "cp1252", "utf-16").
    encoding: str
    #: ";", ",", tab; "" for a workbook.
    delimiter: str
    header_line: int
    columns: tuple[FileColumn, ...]
    #: Each line under the header with its number in the file (blank lines included).
    records: tuple[tuple[int, list[str]], ...]

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(c.title for c in self.columns)


@dataclass(frozen=True, slots=True)
class MappedFile:
    """A file read, its columns, and the mapping offered for them (every import's first
    step: the people register's and the directory's alike)."""

    sheet: Sheet
    #: The field of each column ("" to leave it out), as offered to the user.
    suggested: tuple[str, ...]
    #: True when `suggested` is the mapping the user confirmed last time for these titles.
    remembered: bool

    @property
    def name(self) -> str:
        return self.sheet.name

    @property
    def columns(self) -> tuple[FileColumn, ...]:
        return self.sheet.columns


def sheet_of(table: Table, name: str = "") -> Sheet:
    """The header (the first line that is not blank) and the columns of a table, each with
    its first values; TableRejected (EMPTY, line 1) when the file holds nothing."""
    records = table.records
    header_at = next((i for i, (_n, r) in enumerate(records) if any(c.strip() for c in r)), None)
    if header_at is None:
        raise TableRejected(TableIssue.EMPTY, 1)
    header_line, titles = records[header_at]
    body = tuple(records[header_at + 1 :])
    width = len(titles)
    values: list[list[str]] = [[] for _ in range(width)]
    waiting = set(range(width))
    for _n, cells in body:
        if not waiting:
            break
        for i in list(waiting):
            if i < len(cells) and cells[i].strip():
                values[i].append(cut(cells[i]))
                if len(values[i]) >= LOOKED_AT:
                    waiting.discard(i)
    # Excel writes "Nom;Prénom;" when a blank column was once used: a column without a
    # title nor a value is no column. Cells right of the header are the importer's to report.
    while width and not titles[width - 1].strip() and not values[width - 1]:
        width -= 1
    columns = tuple(
        FileColumn(i, " ".join(titles[i].split()), tuple(values[i])) for i in range(width)
    )
    return Sheet(name, table.encoding, table.delimiter, header_line, columns, body)


def suggest(
    titles: Sequence[str],
    synonyms: Mapping[str, Iterable[str]],
    repeatable: Iterable[str] = (),
) -> list[str]:
    """The field each column most likely holds, from its title; `LEAVE_OUT` when none.

    A title equal to a synonym wins first ("Tél." is the phone), then a title that starts
    with one ("Téléphone portable", "Nom du candidat"), the longest synonym first. Each
    field goes to one column, the first one that names it, except the `repeatable` ones,
    which every column whose title is one of their synonyms feeds ("Observations" and
    "Remarques" both to the notes)."""
    folded = [fold_title(t.strip().rstrip("*:")) for t in titles]
    by_word = {fold_title(w): field for field, words in synonyms.items() for w in words}
    several = set(repeatable)
    chosen = [LEAVE_OUT] * len(titles)
    taken: set[str] = set()
    for i, title in enumerate(folded):
        field = by_word.get(title)
        if field is not None and (field not in taken or field in several):
            chosen[i] = field
            taken.add(field)
    longest_first = sorted(by_word.items(), key=lambda wf: -len(wf[0]))
    for i, title in enumerate(folded):
        if chosen[i] or not title:
            continue
        for word, field in longest_first:
            if field not in taken and title.startswith(word + " "):
                chosen[i] = field
                taken.add(field)
                break
    return chosen


def doubled(mapping: Sequence[str], repeatable: Iterable[str] = ()) -> list[str]:
    """The fields given more than one column, when only one may hold them."""
    several = set(repeatable)
    seen: set[str] = set()
    twice: list[str] = []
    for field in mapping:
        if field and field not in several:
            if field in seen and field not in twice:
                twice.append(field)
            seen.add(field)
    return twice


def fitted_mapping(
    sheet: Sheet, mapping: Sequence[str], fields: Iterable[str], repeatable: Iterable[str] = ()
) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """`mapping` cut or padded to the sheet's columns ("" leaves a column out), and each field
    given several columns when only one may hold it, with those columns' names ("B, D"), for
    the caller's refusal. ValueError on a field that does not exist (a programming error)."""
    width = len(sheet.columns)
    fitted = tuple((list(mapping) + [""] * width)[:width])
    known = set(fields)
    unknown = [f for f in fitted if f and f not in known]
    if unknown:
        raise ValueError(f"unknown fields {unknown}")
    twice = [
        (f, ", ".join(column_name(c) for c in sheet.columns if fitted[c.index] == f))
        for f in doubled(fitted, repeatable)
    ]
    return fitted, twice


def left_out(sheet: Sheet, mapping: Sequence[str]) -> tuple[str, ...]:
    """The titles of the columns that hold something and go nowhere."""
    return tuple(
        column_name(c)
        for c in sheet.columns
        if (c.index >= len(mapping) or not mapping[c.index]) and (c.title or c.values)
    )


def column_name(column: FileColumn) -> str:
    """A column's title, or its letter as a spreadsheet shows it when it has none."""
    return column.title or column_letter(column.index)


def column_letter(index: int) -> str:
    """A, B, ..., Z, AA, AB... as Excel names its columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class MappingMemory:
    """The mappings the user confirmed, per kind of import and header line, in the city's
    settings (`Setting`, shared by every machine through sync)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def key(kind: str, titles: Sequence[str]) -> str:
        """Same titles, accents and case aside, in the same order: the same file layout."""
        folded = json.dumps([fold_title(t) for t in titles], ensure_ascii=False)
        digest = hashlib.sha256(folded.encode()).hexdigest()[:32]
        return f"import.{kind}.{digest}"

    def recall(self, kind: str, titles: Sequence[str], fields: Iterable[str]) -> list[str] | None:
        """The mapping last confirmed for this layout, or None (none yet, or one naming a
        field this version no longer has)."""
        with self._db.read() as s:
            raw = s.scalar(select(Setting.value).where(Setting.key == self.key(kind, titles)))
        if not raw:
            return None
        try:
            stored = json.loads(raw)
        except ValueError:
            return None
        known = set(fields) | {LEAVE_OUT}
        mapping = stored.get("fields") if isinstance(stored, dict) else None
        if (
            not isinstance(mapping, list)
            or len(mapping) != len(titles)
            or not all(isinstance(f, str) and f in known for f in mapping)
        ):
            return None
        return list(mapping)

    def remember(self, s, kind: str, titles: Sequence[str], mapping: Sequence[str]) -> None:  # noqa: ANN001 - a Session
        """Keep `mapping` for the next file of this layout, in the caller's transaction (the
        import that used it)."""
        key = self.key(kind, titles)
        value = json.dumps({"titles": list(titles), "fields": list(mapping)}, ensure_ascii=False)
        row = s.scalar(select(Setting).where(Setting.key == key))
        if row is None:
            s.add(Setting(key=key, value=value))
        elif row.value != value:
            row.value = value
