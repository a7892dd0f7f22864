"""Every CSV and Excel file the application writes, made so that no cell can run, and read
back exactly as it was written.

Why: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or
a carriage return) as a formula. Text typed by anyone — a service's name in the directory,
a ticket's description, a note imported from someone's list — can hold `=HYPERLINK(...)` or
`-2+3+cmd|' /C calc'!A0`, and the coordinator who opens the export in Excel would run it
(OWASP, "CSV Injection"). This module is the one place that decides how a cell is written;
every export goes through it, and every import reads cells through `restore`.

- CSV: a text cell that starts with one of those characters (or a line feed) gets one
  apostrophe in front (OWASP's advice: Excel and LibreOffice then show it as text). A text that already starts
  with apostrophes followed by one of them gets one more too, so that `restore` can take
  away exactly what was added: "'=x" is written "''=x" and reads back as "'=x".
  Files are for French Excel: `;` between cells, UTF-8 with a byte-order mark (without it
  Excel reads UTF-8 as Windows-1252), CRLF line ends.
- XLSX: a text cell is typed as text (`t="inlineStr"`, openpyxl's data_type "s"), never as a
  formula, and keeps Excel's "quote prefix" when it starts like one, so that editing the cell
  in Excel does not turn it into a formula either. Its text is left as it is: Excel shows it,
  it does not run it. Only the rare text that starts with apostrophes and then a formula sign
  gets one apostrophe more, for the same reason as in CSV (a CSV opened in Excel and saved
  as a workbook keeps the apostrophes the CSV had).
- Numbers and dates the application computed itself (counts, shares, coordinates) are
  written as numbers: they are not text anyone typed, and `-12,5` must stay a number for
  Excel. A number already turned into text for the reader's language is a `Figure`.

A bare carriage return cannot travel in a workbook (XML reads it back as a line feed); no
field the application exports keeps one (they are collapsed when typed in).
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

#: The first characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_SIGNS = "=+-@\t\r"
#: What a neutralised cell may start with: a formula sign, or a line feed, because a file's
#: line ends are often converted on the way (an editor, Excel on a Mac, our own imports,
#: which read a bare CR as a line end) and a cell that began with CR must still read back.
_LEADING = FORMULA_SIGNS + "\n"
#: What French Excel expects: the separator of a CSV file, and its first bytes.
DELIMITER = ";"
BOM = b"\xef\xbb\xbf"

_SIGN = re.escape(_LEADING)
#: Text a spreadsheet would run, or that looks like text this module neutralised.
_TO_NEUTRALISE = re.compile(rf"'*[{_SIGN}]")
#: Text as this module writes it once neutralised: one apostrophe more than it had.
_NEUTRALISED = re.compile(rf"'+[{_SIGN}]")
_FIGURE = re.compile(r"-?\d[\d.,]*")


class Figure(str):
    """A number the application wrote as text itself, for the reader's language ("-12,5"):
    written as it is, so that Excel reads a number. Refuses anything but digits, one sign
    in front, commas and points, so that no typed text can pass for one."""

    __slots__ = ()

    def __new__(cls, text: str) -> Figure:
        if not _FIGURE.fullmatch(text):
            raise ValueError(f"not a figure: {text!r}")
        return super().__new__(cls, text)


def neutralise(text: str) -> str:
    """`text` as a CSV cell: with one apostrophe in front when a spreadsheet would run it."""
    return "'" + text if _TO_NEUTRALISE.match(text) else text


def restore(text: str) -> str:
    """A cell read from a file, without the apostrophe `neutralise` (or `xlsx_text`) put in
    front of it: `restore(neutralise(t)) == t` for every text. Every import reads its cells
    through here, so a file the application exported imports back unchanged."""
    return text[1:] if _NEUTRALISED.match(text) else text


def xlsx_text(text: str) -> str:
    """`text` as a workbook's text cell holds it: as it is, but for the rare text that looks
    neutralised already (apostrophes, then a formula sign), which gets one apostrophe more."""
    return "'" + text if _NEUTRALISED.match(text) else text


def csv_cell(value: object) -> str:
    """One cell's text: typed text neutralised, numbers and dates as they are."""
    if value is None:
        return ""
    if isinstance(value, Figure):
        return str(value)
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool):
        raise TypeError("say how yes and no read in this file before writing them")
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"no cell for {type(value).__name__}")


def csv_bytes(rows: Iterable[Sequence[object]], delimiter: str = DELIMITER) -> bytes:
    """The file's bytes: UTF-8 with a byte-order mark, `delimiter` between cells, CRLF."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return BOM + text.getvalue().encode("utf-8")


def write_csv(path: Path, rows: Iterable[Sequence[object]], delimiter: str = DELIMITER) -> None:
    """Write a CSV file for French Excel; it appears whole or not at all."""
    data = csv_bytes(rows, delimiter)
    write_atomically(path, lambda f: f.write(data))


def append_row(sheet: Worksheet, values: Sequence[object]) -> None:
    """Add a row to a workbook's sheet: text as text cells, never formulas; numbers and
    dates as numbers."""
    sheet.append([xlsx_text(v) if isinstance(v, str) else v for v in values])
    for cell, value in zip(sheet[sheet.max_row], values, strict=False):
        if isinstance(value, str):
            # openpyxl makes a formula of any text that starts with "=": say it is text.
            cell.data_type = "s"
            if value[:1] and value[0] in FORMULA_SIGNS:
                cell.quotePrefix = True


def save_workbook(book: Workbook, path: Path) -> None:
    """Save a workbook; it appears whole or not at all."""
    write_atomically(path, book.save)


def write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write into a new file beside `path`, flush it to disk, then give it the name: a
    file cut short (a full disk, a crash) never takes the place of a good one."""
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_document_xlsx(
    path: Path, title: str, rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> None:
    """A table for people to read (a register, a list): bold frozen header, wrapped text,
    every cell text (`append_row`). Appears whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    for row in rows:
        append_row(sheet, row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    wrap = Alignment(vertical="top", wrap_text=True)
    for line in sheet.iter_rows(min_row=1):
        for cell in line:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    save_workbook(book, path)
