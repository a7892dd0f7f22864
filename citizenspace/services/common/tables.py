"""One reader for every spreadsheet the office imports (people, the directory, and the
councils' candidates next): CSV as French Excel writes it, or an Excel workbook.

CSV with `;` separators (or `,`, or tab), in UTF-8 with or without a byte-order mark, in
UTF-16 with its mark (Excel's "Texte Unicode") or in Windows-1252; or a workbook (.xlsx),
its first sheet. Anything else (UTF-16 without a mark, a Mac Roman file read as
Windows-1252, UTF-8 damaged by a second encoding, a PDF renamed .csv, an old .xls) is
refused with the line where it shows (`TableRejected`), rather than imported as "SŽcuritŽ".
A quotation mark left open is named on the line where it was opened. A cell of any size is
read whole (a letter pasted into "Observations"): each importer says which is too long for
its field, by line and column. A date cell of a workbook reads as "1956-03-14". Each
importer turns the refusal into its own problem list and words.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

from citizenspace.services.common.errors import ServiceError
from citizenspace.services.common.spreadsheets import restore


class TableIssue(StrEnum):
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    #: Not text in a known encoding (UTF-16 without a mark, Mac Roman, a binary file).
    ENCODING = "encoding"
    #: An Excel 97-2003 workbook (.xls): to be saved again as .xlsx or CSV.
    OLD_EXCEL = "old_excel"
    #: A .xlsx that cannot be opened (damaged, or another kind of file).
    BAD_WORKBOOK = "bad_workbook"
    EMPTY = "empty"
    #: A quotation mark opened and never closed.
    MALFORMED = "malformed"


class TableRejected(ServiceError):
    """The file cannot be read as a table: `line` where it shows (0: the whole file),
    `value` the word at fault if any (cut to 60 characters), `detail` the system's reason
    for an unreadable file."""

    def __init__(self, issue: TableIssue, line: int = 0, value: str = "", detail: str = "") -> None:
        super().__init__(f"line {line}: {issue.value} {value or detail}")
        self.issue, self.line, self.value, self.detail = issue, line, value, detail


@dataclass(frozen=True, slots=True)
class Table:
    #: Each record with the line where it starts (1 = the header; for a workbook, the row
    #: number Excel shows). A quoted cell may hold line breaks (Alt+Enter in Excel).
    records: list[tuple[int, list[str]]]
    #: "xlsx", or the text encoding ("utf-8-sig", "utf-8", "cp1252", "utf-16").
    encoding: str
    #: ";", ",", tab; "" for a workbook.
    delimiter: str


def read_table_file(path: Path, max_bytes: int) -> Table:
    try:
        if path.stat().st_size > max_bytes:
            raise TableRejected(TableIssue.TOO_LARGE)
        raw = path.read_bytes()
    except OSError as exc:
        raise TableRejected(TableIssue.UNREADABLE, detail=exc.strerror or "") from exc
    return read_table(raw, max_bytes)


def read_table(raw: bytes, max_bytes: int) -> Table:
    """The records of a CSV file or of a workbook's first sheet, or TableRejected."""
    if len(raw) > max_bytes:
        raise TableRejected(TableIssue.TOO_LARGE)
    if not raw.strip():
        raise TableRejected(TableIssue.EMPTY, 1)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableRejected(TableIssue.OLD_EXCEL)
    if raw.startswith(b"PK\x03\x04"):
        return Table(_xlsx_records(raw), "xlsx", "")
    text, encoding = decode(raw)
    delimiter, records = _csv_records(text)
    return Table(records, encoding, delimiter)


_BREAKS = re.compile(r"\r\n|\r|\n")
_BYTE_BREAKS = re.compile(rb"\r\n|\r|\n")


def _line_at(raw: bytes, offset: int) -> int:
    """The line (from 1) of a byte; old Macs end lines with a bare CR, Windows with CRLF."""
    return len(_BYTE_BREAKS.findall(raw, 0, offset)) + 1


def _text_line_at(text: str, offset: int) -> int:
    return len(_BREAKS.findall(text, 0, offset)) + 1


#: Characters that Windows-1252 gives to bytes a Mac Roman file uses for French letters
#: (é → Ž, É → ƒ, à → ˆ, ô → ™, â → ‰, ’ → Õ...): inside a word, the file is not Windows-1252.
_MAC_ROMAN_SIGNS = "Žžƒˆ‰™˜†‡Šš‹›Õ¨¾Ò"
_INSIDE_WORD = re.compile(rf"(?<=[A-Za-z])[{_MAC_ROMAN_SIGNS}]|[{_MAC_ROMAN_SIGNS}](?=[a-z])")
#: UTF-8 read as Windows-1252 and saved again ("Ã©" for "é"): the file was damaged once.
_DOUBLE_ENCODED = re.compile(r"Ã[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def decode(raw: bytes) -> tuple[str, str]:
    """The text of a CSV file and its encoding, or TableRejected naming the line
    where the bytes stop making sense."""
    if raw.startswith(b"\xef\xbb\xbf"):
        body, encoding, shift = raw[3:], "utf-8", 3
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Texte Unicode": UTF-16 with its mark. Without the mark it is refused below.
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            line = _text_line_at(raw[: exc.start].decode("utf-16", "replace"), 10**9)
            raise TableRejected(TableIssue.ENCODING, line) from exc
    else:
        body, encoding, shift = raw, "", 0
    nul = body.find(b"\x00")
    if nul >= 0:
        raise TableRejected(TableIssue.ENCODING, _line_at(body, nul))
    try:
        text = body.decode("utf-8")
        encoding = "utf-8-sig" if shift else "utf-8"
    except UnicodeDecodeError as exc:
        if shift or any(b >= 0x80 for b in body[: exc.start]):
            # A BOM, or accents written in UTF-8 before: this is a UTF-8 file with a
            # damaged line (one pasted from a Windows file), not a Windows-1252 file.
            raise _bad_byte(body, exc.start, "utf-8") from exc
        try:
            text = body.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError as exc2:
            raise _bad_byte(body, exc2.start, "cp1252") from exc2
    for pattern in (_DOUBLE_ENCODED, *([_INSIDE_WORD] if encoding == "cp1252" else [])):
        found = pattern.search(text)
        if found:
            line = _text_line_at(text, found.start())
            raise TableRejected(TableIssue.ENCODING, line, _around(text, found.start()))
    control = _CONTROL.search(text)
    if control:
        raise TableRejected(TableIssue.ENCODING, _text_line_at(text, control.start()))
    return text, encoding


#: A control character no spreadsheet writes in text (tab and line ends aside): a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _bad_byte(body: bytes, at: int, encoding: str) -> TableRejected:
    """The refusal for a byte the encoding has no letter for: its line, and its word with
    the byte shown as "�", so that the user sees which word is damaged."""
    before = body[:at].decode(encoding, "replace")
    text = body.decode(encoding, "replace")
    return TableRejected(TableIssue.ENCODING, _line_at(body, at), _around(text, len(before)))


def _around(text: str, at: int) -> str:
    """The word where a bad character sits, to show the user what looks wrong."""
    start = at
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in ";,\t":
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace() and text[end] not in ";,\t":
        end += 1
    return text[start:end][:60]


def sniff_delimiter(header: str) -> str:
    """`;` (French Excel), tab or `,`: whichever the header line has most of, outside quotes."""
    bare = re.sub(r'"[^"]*"', "", header)
    counts = {d: bare.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _csv_records(text: str) -> tuple[str, list[tuple[int, list[str]]]]:
    """The delimiter, and each record with the line where it starts (a quoted cell may hold
    line breaks: Alt+Enter in Excel)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = sniff_delimiter(text.split("\n", 1)[0])
    # A cell may be as large as the file (a letter pasted into "Observations"): the csv
    # module's own limit (128 KiB) would report it as a broken quotation mark. The importer
    # says which cell is too long for its field, naming the line and the column.
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    next_line = 1
    try:
        for row in reader:
            # Most cells start with no apostrophe: only those are looked at again.
            records.append((next_line, [restore(c) if c[:1] == "'" else c for c in row]))
            next_line = reader.line_num + 1
    except csv.Error as exc:
        line = quote_fault_line(text, next_line, delimiter)
        raise TableRejected(TableIssue.MALFORMED, line) from exc
    return delimiter, records


def quote_fault_line(text: str, start_line: int, delimiter: str) -> int:
    """The line of the quotation mark at fault in the record starting on `start_line`: the
    one opened and never closed (not the line where its record began, which may be lines
    above when a cell before it holds line breaks), or a closing one followed by text. When
    that closing one is lines below its opening one, it most likely opens the next quoted
    cell ("bus; ligne"): the fault is the opening one, left unclosed on its own line.
    `text` has "\n" line ends."""
    pos = 0
    for _ in range(start_line - 1):
        pos = text.index("\n", pos) + 1
    line, end, field_start = start_line, len(text), True
    while pos < end:
        ch = text[pos]
        if field_start and ch == '"':
            opened = line
            pos += 1
            while True:
                closing = text.find('"', pos)
                if closing < 0:
                    return opened
                line += text.count("\n", pos, closing)
                pos = closing + 1
                if text.startswith('"', pos):  # "" is a quotation mark inside the cell
                    pos += 1
                    continue
                break
            if pos < end and text[pos] not in (delimiter, "\n"):
                return opened
            field_start = False
            continue
        field_start = ch in (delimiter, "\n")
        line += ch == "\n"
        pos += 1
    return start_line


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    # A date cell (a birth date typed in Excel) reads as the ISO date, "1956-03-14", which
    # every importer understands; not as Python's "1956-03-14 00:00:00".
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, str):
        return restore(value)
    return str(getattr(value, "text", value))  # an array formula: its text


def _xlsx_records(raw: bytes) -> list[tuple[int, list[str]]]:
    """The rows of the first sheet, numbered as Excel shows them. A formula is read as the
    text written in its cell ("=1+1"), never computed, as it would be from a CSV file: the
    workbooks of older versions, which wrote such text as formulas, import back too."""
    from openpyxl import load_workbook  # loaded only when a workbook is imported

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TableRejected(TableIssue.BAD_WORKBOOK) from exc
    try:
        sheet = book.worksheets[0]
        records = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            records.append((number, [_cell_text(v) for v in row]))
        return records
    finally:
        book.close()
