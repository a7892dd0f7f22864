"""Voting slips as a coordinator prints them and a kiosk camera reads them: every code of the
batch scans back exactly once, at error correction Q or H, from a page rendered at 300 or
150 dpi; the French text is there, accents included."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from citizenspace.domain.budget import codes
from citizenspace.printing.slips import SLIPS_PER_PAGE, SlipSheet, page_count, write_slips

FRENCH_STEPS = (
    "Va à la borne de vote.",
    "Montre cette carte à la caméra, ou tape le code.",
    "Choisis tes projets.",
    "Appuie sur Valider.",
)


def french_sheet(count: int, **changes) -> SlipSheet:
    fields = dict(
        edition_title="Budget participatif des enfants 2025",
        site_name="Centre social Europe — Quartier Remicourt",
        codes=[codes.new_code() for _ in range(count)],
        heading="Ta carte pour voter",
        instructions=FRENCH_STEPS,
        language="fr",
    )
    fields.update(changes)
    return SlipSheet(**fields)


@pytest.mark.parametrize("count", [5, 2 * SLIPS_PER_PAGE + 3], ids=["one-page", "three-pages"])
@pytest.mark.parametrize("dpi", [300, 150])
def test_every_code_scans_back_once_at_level_q_or_h(tmp_path, read_pdf, count, dpi):
    sheet = french_sheet(count)
    pdf = tmp_path / "slips.pdf"

    pages = write_slips(sheet, pdf)

    assert pages == page_count(count) == -(-count // SLIPS_PER_PAGE)
    decoded = read_pdf.decode(pdf, dpi)
    texts = [d.text for d in decoded]
    assert sorted(texts) == sorted(sheet.codes)  # exactly the batch, each once
    assert len(set(texts)) == count
    assert {d.ec_level for d in decoded} <= {"Q", "H"}
    assert all(codes.check_shape(t) is codes.CodeCheck.VALID for t in texts)
    assert all(d.module_mm >= 0.5 for d in decoded)
    assert all(d.quiet_zone_clear for d in decoded)
    per_page = [sum(1 for d in decoded if d.page == p) for p in range(1, pages + 1)]
    assert per_page[:-1] == [SLIPS_PER_PAGE] * (pages - 1)


def test_the_printed_text_is_french_with_accents_and_the_codes_grouped(tmp_path, read_pdf):
    sheet = french_sheet(3)
    pdf = tmp_path / "slips.pdf"
    write_slips(sheet, pdf)

    [page] = read_pdf.text(pdf)
    text = read_pdf.flat(page)
    for step in FRENCH_STEPS:
        assert step in text
    assert "1. Va à la borne de vote." in text
    assert text.count("Ta carte pour voter") == 3
    assert "Budget participatif des enfants 2025" in text
    assert "Centre social Europe — Quartier Remicourt" in text
    for code in sheet.codes:
        assert codes.format_code(code) in text


def test_the_fonts_are_embedded(tmp_path):
    pdf = tmp_path / "slips.pdf"
    write_slips(french_sheet(1), pdf)
    data = pdf.read_bytes()
    assert data.count(b"/FontFile2") == 3  # DejaVu Sans, Sans Bold, Sans Mono Bold subsets


def test_english_defaults_and_a_file_object(read_pdf, tmp_path):
    sheet = SlipSheet(
        edition_title="Children's budget 2025",
        site_name="France Services bus",
        codes=[codes.new_code()],
    )
    buffer = io.BytesIO()
    assert write_slips(sheet, buffer) == 1
    pdf = tmp_path / "en.pdf"
    pdf.write_bytes(buffer.getvalue())
    text = read_pdf.flat(read_pdf.text(pdf)[0])
    assert "Show this card to the camera, or type the code." in text
    assert "Your voting card" in text


def test_codes_typed_in_any_form_print_in_canonical_form(tmp_path, read_pdf):
    code = codes.new_code()
    sheet = french_sheet(1, codes=[codes.format_code(code).lower()])
    pdf = tmp_path / "slips.pdf"
    write_slips(sheet, pdf)
    assert [d.text for d in read_pdf.decode(pdf, 150)] == [code]


def test_a_batch_holds_each_code_once():
    code = codes.new_code()
    with pytest.raises(ValueError):
        french_sheet(0, codes=[code, codes.format_code(code)])


def test_long_names_are_shortened_not_spilled(tmp_path, read_pdf):
    sheet = french_sheet(
        2,
        site_name="Maison de quartier du faubourg d’Isle et des Coutures, salle polyvalente Jean Moulin",
    )
    pdf = tmp_path / "slips.pdf"
    write_slips(sheet, pdf)
    assert {d.text for d in read_pdf.decode(pdf, 150)} == set(sheet.codes)
    assert "…" in read_pdf.text(pdf)[0]


def test_progress_is_reported_per_page_and_raising_cancels(tmp_path):
    seen = []
    write_slips(french_sheet(20), tmp_path / "a.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(8, 20), (16, 20), (20, 20)]

    class Cancelled(Exception):
        pass

    def cancel(done, total):
        raise Cancelled

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_slips(french_sheet(20), target, progress=cancel)
    assert not target.exists()


def test_the_printing_layer_loads_no_qt():
    code = (
        "import sys\n"
        "import citizenspace.printing.slips, citizenspace.printing.ballots\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""
