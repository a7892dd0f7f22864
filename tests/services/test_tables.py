"""The reader every import shares (`services.common.tables`): what a city office's file may
hold that it must read whole, and where it points when it cannot."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest

from citizenspace.services.common.tables import TableIssue, TableRejected, read_table

LIMIT = 20 * 1024 * 1024


def refused(text: str) -> tuple[TableIssue, int]:
    with pytest.raises(TableRejected) as caught:
        read_table(text.encode(), LIMIT)
    return caught.value.issue, caught.value.line


def test_a_cell_of_two_megabytes_is_read_whole_not_taken_for_a_broken_quote():
    huge = "Lettre de candidature. " * 100_000  # 2.3 MB in one cell
    table = read_table(f'Nom;Notes\nDurand;"{huge}"\nPetit;ok\n'.encode(), LIMIT)
    assert [(n, len(r[1])) for n, r in table.records[1:]] == [(2, len(huge)), (3, 2)]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('Nom;Notes\nDurand;"jamais fermé\nPetit;ok\nMartin;ok\n', 2),
        # The record starts on line 2 (a cell on two lines); the quote left open is on 4.
        ('Nom;Notes\nDurand;"deux\nlignes";"ouvert\nPetit;ok\n', 3),
        ('Nom;Notes\nDurand;"a\nb"\nPetit;"ouvert\nMartin;ok\n', 4),
        # Text right after a closing quote, on its own line.
        ('Nom;Notes\nDurand;ok\nPetit;"dit"-il\n', 3),
        # A quote left open, closed lines below by the next quoted cell: the open one.
        ('Nom;Notes\nDurand;"nager\nPetit;ok\nMartin;"bus; ligne"\n', 2),
    ],
)
def test_an_unbalanced_quote_is_named_on_its_own_line(text, line):
    assert refused(text) == (TableIssue.MALFORMED, line)


def test_a_control_character_names_its_line():
    assert refused("Nom;Notes\nDurand;ok\nPetit;\x07\n") == (TableIssue.ENCODING, 3)


def test_workbook_dates_read_as_iso_dates():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Nom", "Né le", "Rendez-vous"])
    sheet.append(["Durand", datetime(1956, 3, 14), datetime(2026, 3, 2, 14, 30)])
    sheet.append(["Petit", date(1980, 1, 2), None])
    raw = io.BytesIO()
    book.save(raw)
    table = read_table(raw.getvalue(), LIMIT)
    assert [r for _n, r in table.records[1:]] == [
        ["Durand", "1956-03-14", "2026-03-02 14:30:00"],
        ["Petit", "1980-01-02", ""],
    ]
