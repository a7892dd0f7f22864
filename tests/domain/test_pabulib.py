"""The pabulib `.pb` format: every shared real file reads and writes back unchanged, our own
elections survive the round trip, and bad files are refused with the line at fault."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citizenspace.domain.budget import pabulib
from citizenspace.domain.budget.pabulib import PabulibError, PabulibErrorCode
from citizenspace.domain.budget.tally import (
    POINT_METHODS,
    Election,
    Project,
    VotingMethod,
    counts,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "pabulib"
FILES = sorted(p.name for p in DATA.glob("*.pb"))

GOOD = """META
key;value
description;A test
num_projects;2
num_votes;3
budget;100
vote_type;approval
PROJECTS
project_id;cost;name
1;60;Jardin
2;50;Piste
VOTES
voter_id;vote
a;1,2
b;2
c;1
"""


def test_all_six_shared_files_are_here():
    assert len(FILES) == 6


@pytest.mark.parametrize("name", FILES)
def test_every_shared_file_reads_and_writes_back_unchanged(name):
    raw = (DATA / name).read_bytes()
    data = pabulib.parse_bytes(raw)
    meta = dict(data.meta)
    election = data.election
    assert len(election.projects) == int(meta["num_projects"])
    assert len(election.ballots) == int(meta["num_votes"]) == len(data.voter_ids)
    assert election.budget == int(meta["budget"])
    text = pabulib.write(data)
    assert text == raw.decode("utf-8").replace("\r\n", "\n")
    assert pabulib.parse(text) == data


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("France_Toulouse_2019.pb", VotingMethod.CUMULATIVE),
        ("Netherlands_Amsterdam_643.pb", VotingMethod.CHOOSE_ONE),
        # The Stanford "knapsack" files say approval and give no basket limit.
        (
            "US_Stanford_Dataset_2021-22_Cal_High_Library_PB_vote_knapsacks.pb",
            VotingMethod.APPROVAL,
        ),
        (
            "US_Stanford_Dataset_PB_Chicago_47th_Ward_2022_Youth_vote_knapsacks.pb",
            VotingMethod.APPROVAL,
        ),
    ],
)
def test_vote_types(name, method):
    assert pabulib.parse_bytes((DATA / name).read_bytes()).election.method is method


def test_the_projects_votes_columns_agree_with_the_ballots():
    for name in FILES:
        data = pabulib.parse_bytes((DATA / name).read_bytes())
        votes, score = counts(data.election)
        for project, extra in zip(data.election.projects, data.project_extra, strict=True):
            columns = dict(extra)
            if "votes" in columns:
                assert int(columns["votes"]) == votes[project.id], (name, project.id)
            if "score" in columns:
                assert int(columns["score"]) == score[project.id], (name, project.id)


def test_toulouse_keeps_its_french_names_and_points():
    data = pabulib.parse_bytes((DATA / "France_Toulouse_2019.pb").read_bytes())
    assert data.election.project("20").name == "Nichoirs pour mésanges"
    assert data.election.ballots[0] == (("15", 2), ("22", 2), ("25", 2), ("10", 1))


def test_a_byte_order_mark_is_fine():
    assert pabulib.parse_bytes(b"\xef\xbb\xbf" + GOOD.encode()).election.budget == 100


def test_a_file_not_in_utf8_is_refused_with_its_line():
    raw = GOOD.replace("Jardin", "Jardin d'été").encode("cp1252")
    with pytest.raises(PabulibError) as e:
        pabulib.parse_bytes(raw)
    assert (e.value.code, e.value.line) == (PabulibErrorCode.ENCODING, 10)


def test_a_basket_limit_makes_knapsack_ballots_and_comes_back():
    text = GOOD.replace("vote_type;approval\n", "vote_type;approval\nmax_sum_cost;100\n")
    data = pabulib.parse(text)
    assert data.election.method is VotingMethod.KNAPSACK
    assert pabulib.write(data) == text


def test_quoted_fields_as_the_csv_module_writes_them():
    text = GOOD.replace("1;60;Jardin", '1;60;"Jardin; potager ""bio"""')
    data = pabulib.parse(text)
    assert data.election.project("1").name == 'Jardin; potager "bio"'
    assert pabulib.write(data) == text


def test_blank_lines_and_crlf_are_accepted():
    text = GOOD.replace("\n", "\r\n").replace("PROJECTS", "\r\nPROJECTS")
    assert pabulib.parse(text).election == pabulib.parse(GOOD).election


def bad(text: str) -> PabulibError:
    with pytest.raises(PabulibError) as e:
        pabulib.parse(text)
    return e.value


@pytest.mark.parametrize(
    ("change", "code", "line"),
    [
        (lambda t: t.split("VOTES")[0], PabulibErrorCode.MISSING_SECTION, 12),
        (
            lambda t: t.replace("PROJECTS\nproject_id;cost;name\n1;60;Jardin\n2;50;Piste\n", ""),
            PabulibErrorCode.MISSING_SECTION,
            8,
        ),
        (lambda t: t[t.index("PROJECTS") :], PabulibErrorCode.MISSING_SECTION, 1),
        (lambda t: "hello\n" + t, PabulibErrorCode.OUTSIDE_SECTION, 1),
        (
            lambda t: t.replace("2;50;Piste", "2;50;Piste;extra"),
            PabulibErrorCode.WRONG_COLUMN_COUNT,
            11,
        ),
        (lambda t: t.replace("b;2\n", "b\n"), PabulibErrorCode.WRONG_COLUMN_COUNT, 15),
        (lambda t: t.replace("1;60;", "1;soixante;"), PabulibErrorCode.BAD_NUMBER, 10),
        (lambda t: t.replace("1;60;", "1;60.5;"), PabulibErrorCode.BAD_NUMBER, 10),
        (lambda t: t.replace("1;60;", "1;-60;"), PabulibErrorCode.BAD_NUMBER, 10),
        (lambda t: t.replace("budget;100", "budget;1e6"), PabulibErrorCode.BAD_NUMBER, 6),
        (lambda t: t.replace("budget;100\n", ""), PabulibErrorCode.MISSING_META, 7),
        (
            lambda t: t.replace("vote_type;approval", "vote_type;ordinal"),
            PabulibErrorCode.UNSUPPORTED_VOTE_TYPE,
            7,
        ),
        (lambda t: t.replace("key;value", "name;value"), PabulibErrorCode.BAD_HEADER, 2),
        (
            lambda t: t.replace("project_id;cost;name", "project_id;price;name"),
            PabulibErrorCode.BAD_HEADER,
            9,
        ),
        (lambda t: t.replace("2;50;Piste", "1;50;Piste"), PabulibErrorCode.DUPLICATE_PROJECT, 11),
        (lambda t: t.replace("c;1", "a;1"), PabulibErrorCode.DUPLICATE_VOTER, 16),
        (lambda t: t.replace("b;2", "b;3"), PabulibErrorCode.UNKNOWN_PROJECT, 15),
        (lambda t: t.replace("a;1,2", "a;1,1"), PabulibErrorCode.DUPLICATE_CHOICE, 14),
        (lambda t: t.replace("num_votes;3", "num_votes;4"), PabulibErrorCode.COUNT_MISMATCH, 5),
        (
            lambda t: t.replace("description;A test\n", "description;A test\nbudget;5\n"),
            PabulibErrorCode.DUPLICATE_KEY,
            7,
        ),
        (lambda t: t + "VOTES\n", PabulibErrorCode.SECTION_ORDER, 17),
        (lambda t: "", PabulibErrorCode.EMPTY, 0),
    ],
)
def test_bad_files_are_refused_with_the_line(change, code, line):
    error = bad(change(GOOD))
    assert (error.code, error.line) == (code, line), error


def test_points_must_match_the_projects():
    text = (
        GOOD.replace("vote_type;approval", "vote_type;cumulative")
        .replace("voter_id;vote", "voter_id;vote;points")
        .replace("a;1,2", "a;1,2;2")
        .replace("b;2\n", "b;2;1\n")
        .replace("c;1\n", "c;1;3\n")
    )
    error = bad(text)
    assert (error.code, error.line) == (PabulibErrorCode.POINTS_MISMATCH, 14)
    assert bad(text.replace("voter_id;vote;points", "voter_id;vote")).code is (
        PabulibErrorCode.BAD_HEADER
    )


def test_choose_one_ballots_name_one_project():
    text = GOOD.replace("vote_type;approval", "vote_type;choose-1")
    error = bad(text)
    assert (error.code, error.line) == (PabulibErrorCode.TOO_MANY_CHOICES, 14)


def test_nothing_is_returned_from_a_file_with_one_bad_line_at_the_end():
    with pytest.raises(PabulibError):
        pabulib.parse(GOOD + "d;9\n")


# -- our own elections, written and read back --------------------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(';,"\n'))


@st.composite
def elections(draw) -> Election:
    method = draw(st.sampled_from(VotingMethod))
    ids = draw(
        st.lists(
            st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs")), min_size=1).filter(
                lambda s: "," not in s and s == s.strip()
            ),
            min_size=1,
            max_size=5,
            unique=True,
        )
    )
    projects = tuple(
        Project(pid, draw(st.integers(0, 10**9)), draw(_TEXT).replace("\n", " ")) for pid in ids
    )
    points = st.integers(0, 9) if method in POINT_METHODS else st.just(1)
    most = 1 if method is VotingMethod.CHOOSE_ONE else len(ids)
    ballots = draw(
        st.lists(st.dictionaries(st.sampled_from(ids), points, max_size=most), max_size=8)
    )
    seed = draw(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=6))
    return Election(draw(st.integers(0, 10**12)), projects, tuple(ballots), method, seed.strip())


@settings(max_examples=200, deadline=None)
@given(
    election=elections(),
    meta=st.dictionaries(
        st.sampled_from(["country", "unit", "currency"]),
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=8).map(str.strip),
    ),
)
def test_our_elections_come_back_from_a_file_unchanged(election, meta):
    data = pabulib.from_election(election, meta)
    text = pabulib.write(data)
    again = pabulib.parse(text)
    assert again.election == election
    assert again == data
    assert pabulib.write(again) == text


def test_a_written_file_looks_like_pabulib():
    election = Election(
        100,
        (Project("1", 60, "Jardin"), Project("2", 50, "Piste")),
        ({"1": 2, "2": 1}, {"2": 3}),
        VotingMethod.CUMULATIVE,
    )
    text = pabulib.write(pabulib.from_election(election, {"description": "Budget des enfants"}))
    assert text.splitlines()[:12] == [
        "META",
        "key;value",
        "description;Budget des enfants",
        "country;",
        "unit;",
        "instance;",
        "num_projects;2",
        "num_votes;2",
        "budget;100",
        "vote_type;cumulative",
        "rule;greedy",
        "PROJECTS",
    ]
    assert text.splitlines()[12:] == [
        "project_id;cost;votes;score;name",
        "1;60;1;2;Jardin",
        "2;50;2;4;Piste",
        "VOTES",
        "voter_id;vote;points",
        "1;1,2;2,1",
        "2;2;3",
    ]


def test_ids_the_format_cannot_hold_are_refused_when_writing():
    election = Election(10, (Project("a,b", 1),), ())
    with pytest.raises(PabulibError) as e:
        pabulib.write(pabulib.from_election(election))
    assert e.value.code is PabulibErrorCode.UNWRITABLE
