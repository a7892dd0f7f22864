"""The rules of "Qui fait quoi ?": competences read from what people write, checks that
return codes, and a search that finds what a receptionist types half-spelt."""

from __future__ import annotations

import pytest

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.directory import (
    EntryDraft,
    EntryError,
    EntryFieldError,
    check,
    fold,
    map_columns,
    normalise,
    parse_competence,
    search,
    searchable,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ville", Competence.CITY),
        ("commune", Competence.CITY),
        ("City", Competence.CITY),
        ("Ville de Saint-Quentin", Competence.CITY),
        ("Communauté d'agglomération", Competence.URBAN_COMMUNITY),
        ("AGGLOMERATION", Competence.URBAN_COMMUNITY),
        ("Urban Community", Competence.URBAN_COMMUNITY),
        ("urban_community", Competence.URBAN_COMMUNITY),
        ("Département", Competence.DEPARTMENT),
        ("Department", Competence.DEPARTMENT),
        ("Région", Competence.REGION),
        ("État", Competence.STATE),
        ("Préfecture de l'Aisne", Competence.STATE),
        ("Sous-préfecture", Competence.STATE),
        ("Autre", Competence.OTHER),
        ("other", Competence.OTHER),
        ("Villeneuve", None),
        ("Mars", None),
        ("", None),
    ],
)
def test_a_competence_is_read_in_french_or_english(text: str, expected: Competence | None) -> None:
    assert parse_competence(text) is expected


def test_fold_ignores_accents_case_and_punctuation() -> None:
    assert fold("  Communauté d’Agglo. — Œuvres ") == "communaute d agglo oeuvres"


def test_a_good_entry_has_no_problem_and_is_tidied() -> None:
    draft = EntryDraft(
        name="  Service   État civil ",
        competence=Competence.CITY,
        email=" Etat-Civil@Ville.FR ",
        phone="0323069393",
        website="www.saint-quentin.fr",
    )
    assert check(draft) == []
    tidy = normalise(draft)
    assert tidy.name == "Service État civil"
    assert tidy.email == "etat-civil@ville.fr"
    assert tidy.phone == "03 23 06 93 93"


def test_a_short_number_is_kept_as_typed() -> None:
    assert normalise(EntryDraft("Urgences", Competence.STATE, phone="112")).phone == "112"


def test_each_problem_of_an_entry_is_a_code_on_its_field() -> None:
    draft = EntryDraft(
        name="",
        competence=None,
        email="pas une adresse",
        website="chez moi",
        hours="x" * 301,
    )
    assert check(draft) == [
        EntryFieldError("name", EntryError.REQUIRED),
        EntryFieldError("competence", EntryError.REQUIRED),
        EntryFieldError("email", EntryError.INVALID_EMAIL),
        EntryFieldError("hours", EntryError.TOO_LONG),
        EntryFieldError("website", EntryError.INVALID_WEBSITE),
    ]


def test_columns_are_found_by_their_french_or_english_titles() -> None:
    cols = map_columns(["Nom", "Compétence", "E-mail", "Site Web", "Remarque", "Mots-clés"])
    assert cols.where == {"name": 0, "competence": 1, "email": 2, "website": 3, "keywords": 5}
    assert cols.missing == ()
    assert cols.ignored == ("Remarque",)
    english = map_columns(["Service name", "Body", "Phone", "Opening hours"])
    assert english.missing == ("competence",)


ENTRIES = [
    searchable("1", "Service État civil", "naissance mariage décès", "Ville", "État civil"),
    searchable("2", "Cartes d'identité et passeports", "cni passeport", "Ville", "État civil"),
    searchable(
        "3",
        "Collecte des déchets",
        "poubelle encombrants",
        "Agglomération",
        "Déchets",
        Competence.URBAN_COMMUNITY,
    ),
    searchable(
        "4",
        "Sous-préfecture",
        "carte grise titre de séjour",
        "État",
        "État civil",
        Competence.STATE,
    ),
    searchable("5", "Déchetteries", "badge gravats", "Agglomération", "Déchets"),
]


def ids(text: str) -> list[str]:
    return [e.id for e in search(ENTRIES, text)]


def test_every_word_typed_must_match_somewhere() -> None:
    assert ids("etat civ") == ["1", "2", "4"]
    assert ids("poubelle agglo") == ["3"]
    assert ids("poubelle prefecture") == []


def test_the_name_ranks_before_keywords_and_body() -> None:
    # "dechet" starts the name of 5, is in the name of 3, and only the theme of nothing else.
    assert ids("dechet") == ["5", "3"]
    # "passeport": in the name of 2 and in its keywords; only there.
    assert ids("passeport") == ["2"]
    # "carte": the name of 2 ("Cartes") before the keywords of 4 ("carte grise").
    assert ids("carte") == ["2", "4"]


def test_an_empty_search_lists_every_entry_alphabetically() -> None:
    assert ids("") == ["2", "3", "5", "1", "4"]


def test_a_word_matches_the_start_of_a_word_only() -> None:
    assert ids("ville") == ["2", "1"]  # the body "Ville", alphabetically
    assert ids("ivil") == []
