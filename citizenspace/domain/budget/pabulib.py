"""Reading and writing participatory-budgeting elections in the pabulib `.pb` format.

Why: pabulib (pabulib.org) is where real elections are published, and its format is what the
other counting tools (pabutools, equalshares.net) read; importing and exporting it lets a
coordinator check our count against them, and lets the tests run on real votes.

The format (pabulib.org/format; Faliszewski et al., "Participatory Budgeting: Data, Tools and
Analysis", IJCAI 2023): a text file in UTF-8, three sections in this order, each a line
naming it and then `;`-separated lines whose first line is a header:

    META               key;value lines: budget, vote_type, num_projects, num_votes, ...
    PROJECTS           project_id;cost;... (name, votes, score, category, ...)
    VOTES              voter_id;vote;... (points for cumulative and scoring ballots)

`vote` lists project ids separated by commas; `points` the points given to each, in the
same order. Fields may be quoted as in CSV (the pabulib tools read them with Python's csv
module, `;` as delimiter); blank lines are ignored.

Vote types read: `approval` (ticks; a "basket" when META has `max_sum_cost`, the cost
limit of a ballot), `choose-1` (one tick at most), `cumulative` and `scoring` (points).
`ordinal` (ranked) ballots are refused: nothing here counts them. The Stanford "knapsack"
files of pabulib are written as plain `approval` (their baskets are told apart only by the
file name and `subunit`), so they are read as approval ballots.

Amounts must be whole numbers (digits only). Everything read is kept, so that writing a
file back gives the same file: META in its order, the extra project and voter columns,
the voter ids, the order of the ids on each ballot. Writing always uses `\\n` line ends and
sets `budget`, `vote_type`, `num_projects` and `num_votes` from the election itself.

Errors: any problem raises `PabulibError` with a code and the line (1 = first line of the
text); nothing is returned from a file that has one.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum

from citizenspace.domain.budget.tally import (
    POINT_METHODS,
    Election,
    Project,
    VotingMethod,
    counts,
)

_DIGITS = re.compile(r"[0-9]+")
_SECTIONS = ("meta", "projects", "votes")

#: META keys our own extension adds: the published seed of the tie-breaking draw.
DRAW_SEED_KEY = "draw_seed"


class PabulibErrorCode(StrEnum):
    ENCODING = "encoding"
    EMPTY = "empty"
    MALFORMED = "malformed"
    OUTSIDE_SECTION = "outside_section"
    MISSING_SECTION = "missing_section"
    SECTION_ORDER = "section_order"
    BAD_HEADER = "bad_header"
    WRONG_COLUMN_COUNT = "wrong_column_count"
    DUPLICATE_KEY = "duplicate_key"
    MISSING_META = "missing_meta"
    BAD_NUMBER = "bad_number"
    UNSUPPORTED_VOTE_TYPE = "unsupported_vote_type"
    DUPLICATE_PROJECT = "duplicate_project"
    BAD_PROJECT_ID = "bad_project_id"
    DUPLICATE_VOTER = "duplicate_voter"
    UNKNOWN_PROJECT = "unknown_project"
    DUPLICATE_CHOICE = "duplicate_choice"
    POINTS_MISMATCH = "points_mismatch"
    TOO_MANY_CHOICES = "too_many_choices"
    COUNT_MISMATCH = "count_mismatch"
    #: Writing: an id that the format cannot hold (empty, or with `,` `;` or a line end).
    UNWRITABLE = "unwritable"


class PabulibError(ValueError):
    """The text is not a pabulib file we can count; `line` is 1-based (0: the whole file)."""

    def __init__(self, code: PabulibErrorCode, line: int, detail: str = "") -> None:
        where = f"line {line}: " if line else ""
        super().__init__(f"{where}{code.value}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.line = line
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PabulibFile:
    """An election and everything else its file said, to write it back unchanged."""

    election: Election
    #: META lines in order, as (key, value).
    meta: tuple[tuple[str, str], ...] = ()
    #: PROJECTS header; must hold project_id and cost.
    project_columns: tuple[str, ...] = ("project_id", "cost", "name")
    #: Per project (same order as election.projects): the other columns, as (column, value).
    project_extra: tuple[tuple[tuple[str, str], ...], ...] = ()
    #: VOTES header; must hold voter_id and vote (and points for point ballots).
    vote_columns: tuple[str, ...] = ("voter_id", "vote")
    #: Per ballot (same order as election.ballots).
    voter_ids: tuple[str, ...] = ()
    voter_extra: tuple[tuple[tuple[str, str], ...], ...] = ()

    def meta_value(self, key: str, default: str = "") -> str:
        for k, v in self.meta:
            if k == key:
                return v
        return default


# -- reading ------------------------------------------------------------------------------------


def parse_bytes(raw: bytes) -> PabulibFile:
    """Decode (UTF-8, with or without a byte-order mark) and parse. pabulib files are UTF-8;
    anything else is refused with the line of the first byte that is not."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PabulibError(
            PabulibErrorCode.ENCODING, line, "not UTF-8; save the file as UTF-8"
        ) from exc
    return parse(text)


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    try:
        for row in reader:
            if all(not f.strip() for f in row):
                continue
            yield reader.line_num, row
    except csv.Error as exc:
        raise PabulibError(PabulibErrorCode.MALFORMED, reader.line_num + 1, str(exc)) from exc


def _number(value: str, line: int, what: str) -> int:
    value = value.strip()
    if not _DIGITS.fullmatch(value):
        raise PabulibError(PabulibErrorCode.BAD_NUMBER, line, f"{what}: {value!r}")
    return int(value)


def _header(row: list[str], line: int, required: tuple[str, ...]) -> tuple[str, ...]:
    columns = tuple(c.strip() for c in row)
    if len(set(columns)) != len(columns) or any(not c for c in columns):
        raise PabulibError(PabulibErrorCode.BAD_HEADER, line, "empty or repeated column")
    missing = [c for c in required if c not in columns]
    if missing:
        raise PabulibError(PabulibErrorCode.BAD_HEADER, line, "missing " + ", ".join(missing))
    return columns


def _method(vote_type: str, meta: Mapping[str, str], line: int) -> VotingMethod:
    kind = vote_type.strip().lower()
    if kind == "approval":
        return VotingMethod.KNAPSACK if "max_sum_cost" in meta else VotingMethod.APPROVAL
    if kind in ("choose-1", "choose-one", "choose_1"):
        return VotingMethod.CHOOSE_ONE
    if kind == "cumulative":
        return VotingMethod.CUMULATIVE
    if kind == "scoring":
        return VotingMethod.SCORING
    raise PabulibError(PabulibErrorCode.UNSUPPORTED_VOTE_TYPE, line, vote_type)


def parse(text: str) -> PabulibFile:
    """Parse a whole `.pb` text. Raises `PabulibError` on the first problem."""
    text = text.removeprefix("\ufeff")
    section = ""
    seen: list[str] = []
    header: tuple[str, ...] | None = None
    meta: list[tuple[str, str]] = []
    meta_keys: dict[str, int] = {}
    method: VotingMethod | None = None
    projects: list[Project] = []
    project_extra: list[tuple[tuple[str, str], ...]] = []
    project_columns: tuple[str, ...] = ()
    project_ids: set[str] = set()
    vote_columns: tuple[str, ...] = ()
    voter_ids: list[str] = []
    voter_seen: set[str] = set()
    voter_extra: list[tuple[tuple[str, str], ...]] = []
    ballots: list[tuple[tuple[str, int], ...]] = []
    last_line = 0

    def enter(name: str, line: int) -> None:
        nonlocal section, header, method
        if name in seen:
            raise PabulibError(PabulibErrorCode.SECTION_ORDER, line, f"{name.upper()} again")
        expected = _SECTIONS[len(seen)]
        if name != expected:
            raise PabulibError(
                PabulibErrorCode.MISSING_SECTION, line, f"{expected.upper()} expected first"
            )
        if section and header is None:
            raise PabulibError(
                PabulibErrorCode.BAD_HEADER, line, f"{section.upper()} has no header line"
            )
        if name == "projects":
            method = _checked_meta(meta, meta_keys, line)
        seen.append(name)
        section = name
        header = None

    for line, row in _rows(text):
        last_line = line
        first = row[0].strip().lower()
        if first in _SECTIONS and all(not f.strip() for f in row[1:]):
            enter(first, line)
            continue
        if not section:
            raise PabulibError(PabulibErrorCode.OUTSIDE_SECTION, line, "META expected first")
        if header is None:
            required = {
                "meta": ("key", "value"),
                "projects": ("project_id", "cost"),
                "votes": ("voter_id", "vote") + (("points",) if method in POINT_METHODS else ()),
            }[section]
            header = _header(row, line, required)
            if section == "meta" and header != ("key", "value"):
                raise PabulibError(PabulibErrorCode.BAD_HEADER, line, "expected key;value")
            if section == "projects":
                project_columns = header
            elif section == "votes":
                vote_columns = header
            continue
        if len(row) != len(header):
            raise PabulibError(
                PabulibErrorCode.WRONG_COLUMN_COUNT,
                line,
                f"{len(row)} fields, the header has {len(header)}",
            )
        fields = dict(zip(header, row, strict=True))
        if section == "meta":
            key = fields["key"].strip()
            if key in meta_keys:
                raise PabulibError(PabulibErrorCode.DUPLICATE_KEY, line, key)
            meta_keys[key] = line
            meta.append((key, fields["value"].strip()))
        elif section == "projects":
            pid = fields["project_id"].strip()
            if not pid or "," in pid:
                raise PabulibError(PabulibErrorCode.BAD_PROJECT_ID, line, repr(pid))
            if pid in project_ids:
                raise PabulibError(PabulibErrorCode.DUPLICATE_PROJECT, line, pid)
            project_ids.add(pid)
            cost = _number(fields["cost"], line, "cost")
            projects.append(Project(pid, cost, fields.get("name", "")))
            project_extra.append(
                tuple((c, v) for c, v in fields.items() if c not in ("project_id", "cost", "name"))
            )
        else:
            assert method is not None
            voter = fields["voter_id"].strip()
            if not voter:
                raise PabulibError(PabulibErrorCode.BAD_NUMBER, line, "empty voter_id")
            if voter in voter_seen:
                raise PabulibError(PabulibErrorCode.DUPLICATE_VOTER, line, voter)
            voter_seen.add(voter)
            ballots.append(_ballot(fields, method, project_ids, line))
            voter_ids.append(voter)
            skip = (
                ("voter_id", "vote", "points") if method in POINT_METHODS else ("voter_id", "vote")
            )
            voter_extra.append(tuple((c, v) for c, v in fields.items() if c not in skip))

    if not seen:
        raise PabulibError(PabulibErrorCode.EMPTY, 0, "no META, PROJECTS and VOTES sections")
    if len(seen) < len(_SECTIONS):
        missing = _SECTIONS[len(seen)].upper()
        raise PabulibError(PabulibErrorCode.MISSING_SECTION, last_line + 1, f"no {missing}")
    if header is None:
        raise PabulibError(PabulibErrorCode.BAD_HEADER, last_line + 1, "VOTES has no header")
    assert method is not None
    _check_count(meta, meta_keys, "num_projects", len(projects))
    _check_count(meta, meta_keys, "num_votes", len(ballots))
    values = dict(meta)
    election = Election(
        budget=int(values["budget"]),
        projects=tuple(projects),
        ballots=tuple(ballots),
        method=method,
        draw_seed=values.get(DRAW_SEED_KEY, ""),
    )
    return PabulibFile(
        election=election,
        meta=tuple(meta),
        project_columns=project_columns,
        project_extra=tuple(project_extra),
        vote_columns=vote_columns,
        voter_ids=tuple(voter_ids),
        voter_extra=tuple(voter_extra),
    )


def _checked_meta(meta: list[tuple[str, str]], lines: dict[str, int], end: int) -> VotingMethod:
    """The META keys counting needs; `end` is the line where META ends."""
    values = dict(meta)
    for key in ("budget", "vote_type"):
        if key not in values:
            raise PabulibError(PabulibErrorCode.MISSING_META, end, key)
    _number(values["budget"], lines["budget"], "budget")
    for key in ("num_projects", "num_votes"):
        if key in values:
            _number(values[key], lines[key], key)
    return _method(values["vote_type"], values, lines["vote_type"])


def _check_count(meta: list[tuple[str, str]], lines: dict[str, int], key: str, actual: int) -> None:
    values = dict(meta)
    if key in values and int(values[key]) != actual:
        raise PabulibError(
            PabulibErrorCode.COUNT_MISMATCH, lines[key], f"{key} says {values[key]}, found {actual}"
        )


def _ballot(
    fields: dict[str, str], method: VotingMethod, known: set[str], line: int
) -> tuple[tuple[str, int], ...]:
    raw = fields["vote"].strip()
    ids = [v.strip() for v in raw.split(",")] if raw else []
    if method in POINT_METHODS:
        raw_points = fields["points"].strip()
        points = [_number(p, line, "points") for p in raw_points.split(",")] if raw_points else []
        if len(points) != len(ids):
            raise PabulibError(
                PabulibErrorCode.POINTS_MISMATCH, line, f"{len(ids)} projects, {len(points)} points"
            )
    else:
        points = [1] * len(ids)
    chosen: set[str] = set()
    for pid in ids:
        if pid not in known:
            raise PabulibError(PabulibErrorCode.UNKNOWN_PROJECT, line, repr(pid))
        if pid in chosen:
            raise PabulibError(PabulibErrorCode.DUPLICATE_CHOICE, line, pid)
        chosen.add(pid)
    if method is VotingMethod.CHOOSE_ONE and len(ids) > 1:
        raise PabulibError(PabulibErrorCode.TOO_MANY_CHOICES, line, f"{len(ids)} projects")
    return tuple(zip(ids, points, strict=True))


# -- writing ------------------------------------------------------------------------------------

_VOTE_TYPE = {
    VotingMethod.APPROVAL: "approval",
    VotingMethod.KNAPSACK: "approval",
    VotingMethod.CHOOSE_ONE: "choose-1",
    VotingMethod.CUMULATIVE: "cumulative",
    VotingMethod.SCORING: "scoring",
}

#: The usual META order of pabulib files, for a file written from scratch.
_META_ORDER = (
    "description",
    "country",
    "unit",
    "instance",
    "num_projects",
    "num_votes",
    "budget",
    "vote_type",
    "rule",
)


def from_election(election: Election, meta: Mapping[str, str] | None = None) -> PabulibFile:
    """A file for an election of our own: pabulib's usual META keys first (empty unless
    given), voters numbered from 1, a `votes` column (and `score` for point ballots) in
    PROJECTS as pabulib files have."""
    given = dict(meta or {})
    given.update(
        num_projects=str(len(election.projects)),
        num_votes=str(len(election.ballots)),
        budget=str(election.budget),
        vote_type=_VOTE_TYPE[election.method],
    )
    given.setdefault("rule", "greedy")
    if election.draw_seed:
        given.setdefault(DRAW_SEED_KEY, election.draw_seed)
    if election.method is VotingMethod.KNAPSACK:
        given.setdefault("max_sum_cost", str(election.budget))
    if election.method is VotingMethod.CHOOSE_ONE:
        given.setdefault("max_length", "1")
    pairs = [(k, given.pop(k, "")) for k in _META_ORDER]
    pairs += sorted(given.items())
    votes, score = counts(election)
    point_ballots = election.method in POINT_METHODS
    columns = ("project_id", "cost", "votes") + (("score",) if point_ballots else ()) + ("name",)
    extra = tuple(
        (("votes", str(votes[p.id])),) + ((("score", str(score[p.id])),) if point_ballots else ())
        for p in election.projects
    )
    return PabulibFile(
        election=election,
        meta=tuple(pairs),
        project_columns=columns,
        project_extra=extra,
        vote_columns=("voter_id", "vote") + (("points",) if point_ballots else ()),
        voter_ids=tuple(str(i) for i in range(1, len(election.ballots) + 1)),
        voter_extra=tuple(() for _ in election.ballots),
    )


def _writable(value: str, what: str) -> str:
    """Ids are read stripped, and project ids are listed with commas on the ballots."""
    bad = ",\r\n" if what == "project id" else "\r\n"
    if not value or value != value.strip() or any(c in value for c in bad):
        raise PabulibError(PabulibErrorCode.UNWRITABLE, 0, f"{what} {value!r}")
    return value


def write(data: PabulibFile) -> str:
    """The `.pb` text of `data` (see `parse` for the round trip)."""
    election = data.election
    if len(data.voter_ids) != len(election.ballots):
        raise ValueError("one voter id per ballot is needed")
    truth = {
        "num_projects": str(len(election.projects)),
        "num_votes": str(len(election.ballots)),
        "budget": str(election.budget),
        "vote_type": _VOTE_TYPE[election.method],
    }
    meta = [(k, truth.pop(k, v)) for k, v in data.meta]
    meta += list(truth.items())
    if election.method is VotingMethod.KNAPSACK and "max_sum_cost" not in dict(meta):
        meta.append(("max_sum_cost", str(election.budget)))

    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    out.write("META\n")
    w.writerow(("key", "value"))
    w.writerows(meta)

    out.write("PROJECTS\n")
    columns = data.project_columns
    if "name" not in columns and any(p.name for p in election.projects):
        columns += ("name",)
    w.writerow(columns)
    for i, p in enumerate(election.projects):
        fields = dict(data.project_extra[i]) if i < len(data.project_extra) else {}
        fields.update(project_id=_writable(p.id, "project id"), cost=str(p.cost), name=p.name)
        w.writerow(tuple(fields.get(c, "") for c in columns))

    out.write("VOTES\n")
    w.writerow(data.vote_columns)
    for i, ballot in enumerate(election.ballots):
        fields = dict(data.voter_extra[i]) if i < len(data.voter_extra) else {}
        fields["voter_id"] = _writable(data.voter_ids[i], "voter id")
        fields["vote"] = ",".join(pid for pid, _points in ballot)
        if election.method in POINT_METHODS:
            fields["points"] = ",".join(str(points) for _pid, points in ballot)
        w.writerow(tuple(fields.get(c, "") for c in data.vote_columns))
    return out.getvalue()
