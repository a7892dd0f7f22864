"""Paper ballots as a coordinator prints them and staff scan them back: one page per serial,
every serial scans once at error correction Q or H and passes its keyed check, and a child
reads the French rule, the projects and their costs in French money format."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citizenspace.domain.budget import codes
from citizenspace.domain.numbers import NARROW_NBSP
from citizenspace.printing.ballots import (
    BallotProject,
    BallotSheet,
    BallotTooLong,
    write_ballots,
)

KEY = codes.batch_key(codes.new_secret(), "paper-ballots:edition-2025")

PROJECTS = (
    BallotProject(
        "Des nichoirs à oiseaux",
        "On installe des nichoirs dans le parc. Les oiseaux y font leur nid.",
        1200,
    ),
    BallotProject("Une boîte à livres", "Chacun peut prendre un livre.", 850),
    BallotProject("Un terrain de basket rénové", "On change les paniers.", Decimal("3400")),
    BallotProject("Une fresque sur le mur de l’école", "Un artiste peint avec nous.", 2500),
    BallotProject("Des jeux peints dans la cour", "Une marelle et un labyrinthe.", 10_000),
)


def french_sheet(count: int, **changes) -> BallotSheet:
    fields = dict(
        edition_title="Budget participatif des enfants 2025",
        site_name="Accueil de loisirs Vermandois",
        projects=PROJECTS,
        serials=[codes.new_serial(KEY) for _ in range(count)],
        heading="Bulletin de vote",
        rule="Coche jusqu’à 3 projets.",
        instructions=(
            "Fais une croix dans la case des projets que tu choisis.",
            "N’écris pas ton nom.",
            "Plie ton bulletin et mets-le dans l’urne.",
        ),
        serial_label="N° du bulletin",
        language="fr",
    )
    fields.update(changes)
    return BallotSheet(**fields)


@pytest.mark.parametrize("count", [1, 4], ids=["one-ballot", "four-ballots"])
@pytest.mark.parametrize("dpi", [300, 150])
def test_every_serial_scans_back_once_and_is_genuine(tmp_path, read_pdf, count, dpi):
    sheet = french_sheet(count)
    pdf = tmp_path / "ballots.pdf"

    assert write_ballots(sheet, pdf) == count

    decoded = read_pdf.decode(pdf, dpi)
    assert sorted(d.text for d in decoded) == sorted(codes.normalise(s) for s in sheet.serials)
    assert [d.page for d in decoded] == sorted(d.page for d in decoded)
    assert sorted(d.page for d in decoded) == list(range(1, count + 1))  # one per page
    assert {d.ec_level for d in decoded} <= {"Q", "H"}
    assert all(codes.check_serial(d.text, KEY) is codes.CodeCheck.VALID for d in decoded)
    assert all(d.module_mm >= 0.5 and d.quiet_zone_clear for d in decoded)


def test_a_child_reads_the_rule_the_projects_and_french_costs(tmp_path, read_pdf):
    sheet = french_sheet(2)
    pdf = tmp_path / "ballots.pdf"
    write_ballots(sheet, pdf)

    pages = [read_pdf.flat(t) for t in read_pdf.text(pdf)]
    for page, serial in zip(pages, sheet.serials, strict=True):
        assert "Bulletin de vote" in page
        assert "Coche jusqu’à 3 projets." in page
        assert "N’écris pas ton nom." in page
        for project in PROJECTS:
            assert project.title in page
            assert project.summary in page
        assert f"1{NARROW_NBSP}200" in page and f"10{NARROW_NBSP}000" in page
        assert "850" in page and "€" in page
        assert "N° du bulletin" in page
        assert serial in page  # formatted in groups: ABCD-EFGH-JKMN


def test_a_long_list_goes_to_two_columns_and_still_scans(tmp_path, read_pdf):
    many = [
        BallotProject(f"Projet n° {i} : un jardin éphémère", "Une idée simple.", 300 + i)
        for i in range(1, 19)
    ]
    sheet = french_sheet(1, projects=many)
    pdf = tmp_path / "long.pdf"
    write_ballots(sheet, pdf)
    text = read_pdf.flat(read_pdf.text(pdf)[0])
    # Titles wrap here, and the cost sits on their first line.
    assert all(f"Projet n° {i} : un {300 + i} €" in text for i in range(1, 19))
    assert text.count("jardin éphémère") == 18
    assert [d.text for d in read_pdf.decode(pdf, 150)] == [codes.normalise(sheet.serials[0])]


def test_a_list_that_cannot_fit_one_page_is_refused_with_a_reason(tmp_path):
    many = [BallotProject(f"Projet {i}", "Une phrase. " * 6, 100) for i in range(60)]
    with pytest.raises(BallotTooLong, match="60 projects"):
        write_ballots(french_sheet(1, projects=many), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_english_defaults(tmp_path, read_pdf):
    sheet = BallotSheet(
        edition_title="Children's budget 2025",
        projects=[BallotProject("Bird boxes", "We put bird boxes in the park.", 1200)],
        serials=[codes.new_serial(KEY)],
    )
    pdf = tmp_path / "en.pdf"
    write_ballots(sheet, pdf)
    text = read_pdf.flat(read_pdf.text(pdf)[0])
    assert "Tick up to 3 projects." in text and "€1,200" in text
    assert "Do not write your name." in text and "Ballot number" in text


def test_each_ballot_has_its_own_serial():
    serial = codes.new_serial(KEY)
    with pytest.raises(ValueError):
        french_sheet(0, serials=[serial, serial.lower()])
    with pytest.raises(ValueError):
        french_sheet(1, projects=[])
