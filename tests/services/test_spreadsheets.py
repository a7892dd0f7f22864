"""The one place where export cells are written: what a spreadsheet would run gets an
apostrophe in CSV and a text type in XLSX, and every import reads it back as it was."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from citizenspace.services.common.spreadsheets import (
    FORMULA_SIGNS,
    Figure,
    append_row,
    csv_bytes,
    neutralise,
    restore,
    save_workbook,
    write_csv,
    xlsx_text,
)

#: Texts starting the way OWASP's list says, and their tricky neighbours.
LEADING = st.sampled_from(["", "'", "''", " ", *FORMULA_SIGNS, "\n", "'\n", "\t'"])


@given(st.tuples(LEADING, LEADING, st.text()).map("".join))
@example("'=already quoted")
@example("''@twice")
@example("'")
def test_a_neutralised_cell_reads_back_as_it_was(text: str) -> None:
    assert restore(neutralise(text)) == text
    assert restore(xlsx_text(text)) == text
    if text:
        assert neutralise(text)[0] not in FORMULA_SIGNS


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        (
            '=HYPERLINK("http://evil.example","Cliquez")',
            '\'=HYPERLINK("http://evil.example","Cliquez")',
        ),
        ("=1+1", "'=1+1"),
        ("@SUM(A1:A3)", "'@SUM(A1:A3)"),
        ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("-2 degrés", "'-2 degrés"),
        ("\tTabulé", "'\tTabulé"),
        ("\rRetour", "'\rRetour"),
        ("'=déjà une apostrophe", "''=déjà une apostrophe"),
        ("l'accueil", "l'accueil"),
        ("'apostrophe seule", "'apostrophe seule"),
        ("Mairie = ville", "Mairie = ville"),
        ("", ""),
    ],
)
def test_what_is_neutralised(typed: str, written: str) -> None:
    assert neutralise(typed) == written
    assert restore(written) == typed


def test_csv_bytes_are_for_french_excel_and_run_nothing() -> None:
    table = [
        ["Nom", "Note", "Nombre", "Jour"],
        ["=1+1", "-2 degrés", -3, date(2026, 3, 2)],
        ["\tTab", "\rCR", Figure("-12,5"), None],
        ["a;b", "@x", Decimal("1.5"), 0.25],
    ]
    assert csv_bytes(table) == (
        b"\xef\xbb\xbfNom;Note;Nombre;Jour\r\n"
        b"'=1+1;'-2 degr\xc3\xa9s;-3;2026-03-02\r\n"
        b"'\tTab;\"'\rCR\";-12,5;\r\n"
        b'"a;b";\'@x;1.5;0.25\r\n'
    )


def test_a_figure_is_only_a_number() -> None:
    assert Figure("-12,5") == "-12,5" and Figure("1,234.5") == "1,234.5"
    for typed in ("=1+1", "-2 degrés", "+33", "-", "12 345", "-1+2"):
        with pytest.raises(ValueError):
            Figure(typed)


def test_yes_and_no_must_be_spelled_by_the_export() -> None:
    with pytest.raises(TypeError):
        csv_bytes([[True]])


def test_xlsx_cells_are_text_never_formulas(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    row = ["=1+1", "+33 1 23", "-2 degrés", "@SUM(A1)", "\tTab", "'=x", "texte", 12, -3.5]
    append_row(sheet, row)
    path = tmp_path / "cellules.xlsx"
    save_workbook(book, path)
    with zipfile.ZipFile(path) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")
    cells = load_workbook(path).active[1]
    assert [c.data_type for c in cells] == ["s"] * 7 + ["n", "n"]
    assert [c.value for c in cells] == ["=1+1", "+33 1 23", "-2 degrés", "@SUM(A1)", "\tTab"] + [
        "''=x",
        "texte",
        12,
        -3.5,
    ]
    assert [c.quotePrefix for c in cells[:5]] == [True] * 5 and not cells[6].quotePrefix
    assert [restore(c.value) for c in cells[:7]] == row[:7]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"ancien")

    def rows():
        yield ["ligne"]
        raise OSError("disque plein")

    with pytest.raises(OSError):
        write_csv(path, rows())
    assert path.read_bytes() == b"ancien"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_the_csv_reads_back_with_the_csv_module() -> None:
    table = [["=1+1", "a\r\nb", '"quoted"', "-"]]
    text = csv_bytes(table).decode("utf-8-sig")
    [row] = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    assert [restore(c) for c in row] == table[0]
