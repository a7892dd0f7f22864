"""The people's import as a city office's file needs it: columns suggested from whatever
titles the file has, the mapping remembered, birth dates cut to their year, no consent
column meaning no consent, all or nothing unless the good lines are chosen, and one plain
sentence for every refusal, naming the line (and the column when it is one cell)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QTranslator
from sqlalchemy import func, select

from citizenspace import i18n
from citizenspace.messages import import_problem
from citizenspace.services.common.column_mapping import MappingMemory
from citizenspace.services.people.people_import import (
    ImportIssue,
    ImportRejected,
    PeopleImportService,
)
from citizenspace.services.people.people_import_lines import birth_year
from citizenspace.store.models import District, Person, Setting

TODAY = date(2026, 3, 2)


@pytest.fixture
def importer(db):
    with db.write() as s:
        s.add(District(name="Remicourt"))
    return PeopleImportService(db, today=lambda: TODAY)


def people(db) -> list[tuple]:
    with db.read() as s:
        return [
            (p.last_name, p.first_name, p.birth_year, p.email, p.phone, p.notes)
            for p in s.scalars(select(Person).order_by(Person.last_name))
        ]


def refusal(importer, data: bytes, mapping: dict[str, str] | None = None) -> list[str]:
    """The sentences the user reads when the file is refused: when it is read, when its
    columns are checked, or (all or nothing) when it is imported."""
    with pytest.raises(ImportRejected) as caught:
        file = importer.open_bytes(data, "liste.csv")
        chosen = list(file.suggested)
        for title, key in (mapping or {}).items():
            chosen[[c.title for c in file.columns].index(title)] = key
        importer.apply(importer.check(file, chosen))
    return [import_problem(p) for p in caught.value.problems]


# --------------------------------------------------------------------------- suggestion


def test_columns_are_suggested_from_any_spelling_of_their_titles(importer):
    titles = [
        "NOM",
        "Prénom(s)",
        "Date de naissance",
        "Tél.",
        "Mail",
        "Adresse postale",
        "CP",
        "QUARTIER",
        "Consentement RGPD",
        "Droit à l'image",
        "Observations",
        "Civilité",
    ]
    file = importer.open_bytes((";".join(titles) + "\nDurand;Léa\n").encode(), "x.csv")
    assert file.suggested == (
        "last_name",
        "first_name",
        "birth_year",
        "phone",
        "email",
        "address",
        "postcode",
        "district",
        "consent_contact",
        "consent_photo",
        "notes",
        "",
    )
    assert not file.remembered
    other = importer.open_bytes("Nom de famille;Prénom;Courriel;N° de téléphone\n".encode())
    assert other.suggested == ("last_name", "first_name", "email", "phone")
    english = importer.open_bytes(b"Surname,First name,E-mail,Mobile,Date of birth\n")
    assert english.suggested == ("last_name", "first_name", "email", "phone", "birth_year")
    two_notes = importer.open_bytes("Nom;Prénom;Observations;Remarques;Tél.;Portable\n".encode())
    assert two_notes.suggested == ("last_name", "first_name", "notes", "notes", "phone", "")


def test_each_column_shows_its_first_values(importer):
    data = "Nom;Prénom;Vide\n;Léa;\nDurand;Jean;\nMartin;Anne;\nPetit;Paul;\n".encode()
    file = importer.open_bytes(data)
    assert [(c.title, c.values[:3]) for c in file.columns] == [
        ("Nom", ("Durand", "Martin", "Petit")),
        ("Prénom", ("Léa", "Jean", "Anne")),
        ("Vide", ()),
    ]


@pytest.mark.parametrize(
    ("cell", "year", "was_date"),
    [
        ("1956", 1956, False),
        ("1956.0", 1956, False),
        ("14/03/1956", 1956, True),
        ("4/3/1956", 1956, True),
        ("14.03.1956", 1956, True),
        ("1956-03-14", 1956, True),
        ("1956-03-14 00:00:00", 1956, True),
        ("14/03/1956 00:00", 1956, True),
        ("20528", 1956, True),  # Excel's day number for 14 March 1956
        ("14/03/56", None, False),  # 1956 or 2056? Not guessed.
        ("mars 1956", None, False),
        ("19x6", None, False),
    ],
)
def test_a_birth_cell_gives_its_year(cell, year, was_date):
    assert birth_year(cell) == (year, was_date)


def test_a_date_that_does_not_exist_is_no_birth_date():
    with pytest.raises(ValueError):
        birth_year("31/02/1980")


# --------------------------------------------------------------------------- remembered


def test_the_mapping_confirmed_is_remembered_for_the_same_titles(db, importer):
    data = "Nom;Prénom;Suivi\nDurand;Léa;appelée\n".encode()
    file = importer.open_bytes(data)
    assert file.suggested == ("last_name", "first_name", "")
    importer.apply(importer.check(file, ["last_name", "first_name", "notes"]), remember=True)
    again = importer.open_bytes("NOM;prénom;SUIVI\nMartin;Jean;\n".encode())  # case aside
    assert (again.suggested, again.remembered) == (("last_name", "first_name", "notes"), True)
    other = importer.open_bytes("Nom;Prénom;Suivi;Civilité\n".encode())
    assert not other.remembered
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Setting).where(
            Setting.key.like("import.people.%"))) == 1  # fmt: skip


def test_a_remembered_mapping_naming_an_unknown_field_is_not_used(db, importer):
    titles = ["Nom", "Prénom"]
    with db.write() as s:
        MappingMemory(db).remember(s, "people", titles, ["last_name", "shoe_size"])
    file = importer.open_bytes("Nom;Prénom\n".encode())
    assert (file.suggested, file.remembered) == (("last_name", "first_name"), False)


def test_the_command_line_import_remembers_nothing(db, importer):
    importer.import_bytes("Nom;Prénom\nDurand;Léa\n".encode())
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Setting)) == 0


# --------------------------------------------------------------------------- checking


def test_no_consent_column_means_no_consent_and_no_contact_details_kept(db, importer):
    data = "Nom;Prénom;Courriel;Téléphone\nDurand;Léa;lea@example.fr;0612345678\nPetit;Paul;;\n"
    file = importer.open_bytes(data.encode())
    preview = importer.check(file, file.suggested)
    assert (preview.consent_column, preview.contact_not_kept) == (False, (2,))
    assert preview.problems == ()
    importer.apply(preview)
    assert people(db) == [("Durand", "Léa", None, "", "", ""), ("Petit", "Paul", None, "", "", "")]


def test_bad_lines_mean_nothing_unless_the_good_ones_are_chosen(db, importer):
    data = "Nom;Prénom;Naissance\nDurand;Léa;1990\nPetit;;1980\nMartin;Jean;31/13/1970\n"
    file = importer.open_bytes(data.encode())
    preview = importer.check(file, file.suggested)
    assert (preview.bad_lines, preview.to_import) == ((3, 4), 1)
    with pytest.raises(ImportRejected):
        importer.apply(preview)
    assert people(db) == []
    report = importer.apply(preview, only_good_lines=True)
    assert (report.imported, report.lines_left_out) == (1, 2)
    assert people(db) == [("Durand", "Léa", 1990, "", "", "")]


def test_columns_left_out_are_named_and_their_cells_ignored(importer):
    data = "Nom;Prénom;Civilité;\nDurand;Léa;Mme;x\n"
    file = importer.open_bytes(data.encode())
    preview = importer.check(file, file.suggested)
    assert preview.left_out == ("Civilité", "D")  # a column without a title: its letter


def test_a_huge_cell_is_named_by_its_line_and_column_not_taken_for_a_quote(db, importer):
    """A 2 MB cell (a letter pasted into the notes) read whole, and refused as too long for
    the notes; in a column left out, it does not matter."""
    huge = "x" * (2 * 1024 * 1024)
    data = f'Nom;Prénom;Observations;Pièce jointe\nDurand;Léa;ok;\nPetit;Paul;"{huge}";\n'
    size = QLocale().toString(2 * 1024 * 1024)  # "2,097,152" in English, "2 097 152" in French
    assert refusal(importer, data.encode()) == [
        f"Line 3, column “Observations”: the text is too long: {size} characters, 500 at most."
    ]
    data = f'Nom;Prénom;Pièce jointe\nDurand;Léa;ok\nPetit;Paul;"{huge}"\n'
    assert importer.import_bytes(data.encode()).imported == 2


def test_an_unclosed_quote_is_named_on_its_own_line_after_a_cell_on_two_lines(importer):
    data = 'Nom;Prénom;Notes\nDurand;Léa;"deux\nlignes"\nPetit;Paul;"oups\nMartin;Jean;"ok"\n'
    assert refusal(importer, data.encode()) == [
        "Line 4: a quotation mark opened on this line is not closed properly: nothing after "
        "it could be read."
    ]


# --------------------------------------------------------------------------- every refusal


HEADER = "Nom;Prénom;Naissance;Courriel;Téléphone;Code postal;Quartier;Consentement;Notes\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Durand;Léa;vers 1950;;;;;;",
            "Line 2, column “Naissance”: “vers 1950” is neither a year nor a date of birth: "
            "write 1956, 14/03/1956 or 1956-03-14.",
        ),
        (
            "Durand;Léa;1850;;;;;;",
            "Line 2, column “Naissance”: birth year “1850” is not a plausible birth year.",
        ),
        (
            "Durand;Léa;;lea@;;;;oui;",
            "Line 2, column “Courriel”: e-mail “lea@” is not a valid e-mail address.",
        ),
        (
            "Durand;Léa;;;12 34;;;oui;",
            "Line 2, column “Téléphone”: phone “12 34” is not a valid phone number.",
        ),
        (
            "Durand;Léa;;;;2100O;;;",
            "Line 2, column “Code postal”: postcode “2100O” is not a French postcode (five "
            "digits).",
        ),
        (
            "Durand;Léa;;;;;Atlantide;;",
            'Line 2, column “Quartier”: the district "Atlantide" does not exist.',
        ),
        (
            "Durand;Léa;;;;;;peut-être;",
            "Line 2, column “Consentement”: consent to be contacted must be yes or no, not "
            '"peut-être".',
        ),
        (
            ";Léa;;;;;;;",
            "Line 2: last name is required.",
        ),
        (
            "Durand;" + "L" * 81 + ";;;;;;;",
            "Line 2, column “Prénom”: the text is too long: 81 characters, 80 at most.",
        ),
        (
            "Durand;Léa;;;;;;;;en trop",
            "Line 2: this line does not have as many fields as the first line (10/9).",
        ),
    ],
)
def test_each_bad_value_is_one_sentence_naming_the_line_and_column(importer, line, expected):
    assert refusal(importer, (HEADER + line + "\n").encode()) == [expected]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "Line 1: there is nothing to import."),
        ("Nom;Prénom\n".encode(), "Line 2: there is nothing to import."),
        (
            b"\xd0\xcf\x11\xe0" + b"\0" * 600,
            "This is an old Excel workbook (.xls): in Excel, save it as “Excel workbook "
            "(.xlsx)” or “CSV (separator: semicolon)” and import it again.",
        ),
        (
            b"PK\x03\x04 not really a workbook",
            "This file cannot be opened as an Excel workbook (.xlsx): it may be damaged.",
        ),
        (
            "Nom;Prénom\nDurand;Léa\n".encode() + "Hélène;Mérand\n".encode("cp1252"),
            "Line 3: the text is not in a known encoding (UTF-8 or Windows-1252) near "
            "“H\ufffdl\ufffdne”: in Excel, save the file again as “CSV UTF-8 (separator: "
            "semicolon)”.",
        ),
        (
            "Nom;Prénom\n".encode("utf-16-le"),
            "Line 1: this is not a text file in UTF-8 or Windows-1252: save it again as CSV.",
        ),
        (
            b"Nom;Ville\nDurand;Saint-Quentin\n",
            "Line 1: the column(s) first name are missing from the first line.",
        ),
        (
            "Nom;Prénom;Courriel\nDurand;Léa;lea@example.fr\n".encode(),
            None,  # the screen imports it without the e-mail: see the test above
        ),
    ],
)
def test_each_unreadable_file_is_one_sentence(importer, data, expected):
    if expected is None:
        file = importer.open_bytes(data)
        assert importer.check(file, file.suggested).contact_not_kept == (2,)
        return
    assert refusal(importer, data) == [expected]


def test_a_field_given_two_columns_is_named(importer):
    data = "Nom;Prénom;Tél. fixe;Portable\nDurand;Léa;;\n".encode()
    assert refusal(importer, data, {"Tél. fixe": "phone", "Portable": "phone"}) == [
        "Line 1: the columns Tél. fixe, Portable all go to phone: keep one and leave the "
        "others out."
    ]


def test_a_file_too_large_is_named(importer, monkeypatch):
    from citizenspace.services.people import people_import

    monkeypatch.setattr(people_import, "MAX_BYTES", 64)
    assert refusal(importer, ("Nom;Prénom\n" + "Dupont;Jean\n" * 10).encode()) == [
        "The file is too large (more than 20 MB)."
    ]


def test_the_command_line_still_refuses_contact_details_without_consent(importer):
    with pytest.raises(ImportRejected) as caught:
        importer.import_bytes("Nom;Prénom;Courriel\nDurand;Léa;lea@example.fr\n".encode())
    assert [p.issue for p in caught.value.problems] == [ImportIssue.CONSENT_COLUMN_MISSING]
    with pytest.raises(ImportRejected) as caught:
        importer.import_bytes(
            "Nom;Prénom;Courriel;Consentement\nDurand;Léa;lea@example.fr;non\n".encode()
        )
    assert [import_problem(p) for p in caught.value.problems] == [
        "Line 2: consent to be contacted is missing: contact details are kept only with consent."
    ]


def test_the_sentences_are_french_in_french(qapp, importer):
    locale = QLocale()
    i18n.install(qapp, "fr")
    try:
        data = (HEADER + "Durand;Léa;31/02/1980;;;;Atlantide;;\n").encode()
        assert refusal(importer, data) == [
            "Ligne 2, colonne «\u00a0Naissance\u00a0»\u00a0: «\u00a031/02/1980\u00a0» n'est ni "
            "une année ni une date de naissance\u00a0: écrivez 1956, 14/03/1956 ou 1956-03-14.",
            "Ligne 2, colonne «\u00a0Quartier\u00a0»\u00a0: le quartier «\u00a0Atlantide\u00a0» "
            "n'existe pas.",
        ]
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
