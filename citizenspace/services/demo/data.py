"""The demo city's data files, `resources/demo/*.toml`, read into frozen dataclasses.

Why files: the names, streets, services and projects of the demo are what a city employee
changes to make the demo look like their own city; they edit a text file, not Python.

What this module checks is the *shape* of the files: each file reads as TOML, each entry has
its keys with the right types (a text, a whole number, a list of texts), no key is misspelt,
the closed lists hold known values, and the entries that name one another (a device and its
site) agree. A broken file raises `DemoDataError` naming the file and the entry. Whether an
entry is acceptable to the application (an e-mail address, a project's cost) is left to the
domain's own rules, applied as the demo's rows are made (see `city.refuse_unless`): the demo
then refuses exactly what the application's forms refuse.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Formatter
from typing import Any, TypeVar

from citizenspace.domain import catalog as c
from citizenspace.services.common.errors import ServiceError

E = TypeVar("E", bound=StrEnum)

#: The sites and the kiosk the generator names (council meetings, the bus, code batches).
SITE_KEYS = ("town_hall", "citizen_space", "cs_europe", "cs_isle", "cs_neuville", "bus")
KIOSK_KEY = "kiosk_cs"
#: The code of the ticket category that takes the follow-ups no other category is named for.
OTHER_CATEGORY = "autre"
#: What a street report's text may hold: a house number and a street of the city.
REPORT_FIELDS = frozenset({"n", "street"})


@dataclass(frozen=True)
class Where:
    """An entry of a data file, as a person editing the file finds it."""

    file: str
    entry: str = ""

    def __str__(self) -> str:
        return f"{self.file}, {self.entry}" if self.entry else self.file


class DemoDataError(ServiceError):
    """A data file of the demo cannot be used: unreadable, or an entry is malformed."""

    def __init__(self, where: Where, problem: str) -> None:
        super().__init__(f"demo data {where}: {problem}")
        self.where = where
        self.problem = problem


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class Generation:
    """The first names of people born before `born_before` (None: the youngest)."""

    born_before: int | None
    women: tuple[str, ...]
    men: tuple[str, ...]


@dataclass(frozen=True)
class CityData:
    name: str
    town: str
    postcode: str


@dataclass(frozen=True)
class DistrictData:
    where: Where
    name: str
    code: str
    weight: float
    #: The key of the site where its council meets, if it meets at one.
    council_site: str | None
    streets: tuple[str, ...]


@dataclass(frozen=True)
class SiteData:
    where: Where
    key: str
    name: str
    kind: c.SiteKind
    address: str


@dataclass(frozen=True)
class DeviceData:
    where: Where
    key: str
    name: str
    kind: c.DeviceKind
    site: str


@dataclass(frozen=True)
class ThemeData:
    where: Where
    name: str
    keywords: str
    #: How often people come about it, relative to the other themes.
    visits: float
    #: (name, keywords) of each sub-theme.
    sub_themes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ServiceData:
    where: Where
    name: str
    #: The words a directory file would hold ("Ville", "État"): read by the domain's rule.
    competence: str
    body: str
    keywords: str
    theme: str
    address: str
    hours: str
    email: str


@dataclass(frozen=True)
class CategoryData:
    where: Where
    code: str
    name: str
    due_days: int
    #: The directory service it goes to by default ("": none).
    service: str
    description: str
    keywords: str


@dataclass(frozen=True)
class SeatData:
    where: Where
    affiliation: str
    role: c.MembershipRole


@dataclass(frozen=True)
class CouncilsData:
    associations: tuple[str, ...]
    elected_officials: tuple[str, ...]
    city_topics: tuple[str, ...]
    citizen_topics: tuple[str, ...]
    local_group: tuple[SeatData, ...]


@dataclass(frozen=True)
class ReportData:
    """The street reports about one parent theme."""

    where: Where
    #: How often an "Allô mairie" report is about this theme, relative to the others.
    share: float
    #: What people report ("{street}" and "{n}" filled in).
    texts: tuple[str, ...]


@dataclass(frozen=True)
class ReceptionData:
    visit_notes: tuple[str, ...]
    questions: tuple[str, ...]
    reject_reasons: tuple[str, ...]
    contact_names: tuple[str, ...]
    surveyor: str
    survey_comments: tuple[str, ...]
    #: Parent theme name -> its street reports.
    reports: Mapping[str, ReportData]


@dataclass(frozen=True)
class EditionData:
    where: Where
    title: str
    budget_cents: int
    max_choices: int


@dataclass(frozen=True)
class ProjectData:
    where: Where
    title: str
    #: A file name in resources/images/projects.
    picture: str
    cost_cents: int
    proposer_group: str
    easy_read: str
    description: str


@dataclass(frozen=True)
class DemoData:
    """Everything the demo city is made of, besides the generator's own arithmetic."""

    last_names: tuple[str, ...]
    generations: tuple[Generation, ...]
    city: CityData
    districts: tuple[DistrictData, ...]
    sites: tuple[SiteData, ...]
    devices: tuple[DeviceData, ...]
    themes: tuple[ThemeData, ...]
    services: tuple[ServiceData, ...]
    categories: tuple[CategoryData, ...]
    councils: CouncilsData
    reception: ReceptionData
    edition: EditionData
    projects: tuple[ProjectData, ...]

    def first_names(self, birth_year: int, female: bool) -> tuple[str, ...]:
        """The first names of a person's generation."""
        for g in self.generations:
            if g.born_before is None or birth_year < g.born_before:
                return g.women if female else g.men
        raise AssertionError("the last generation has no upper bound")  # checked on load


# --------------------------------------------------------------------------- reading


class _Table:
    """One table of a data file, read key by key. A missing key, a wrong type or a key
    nobody reads (a typo) raises `DemoDataError` naming the file and the entry."""

    def __init__(self, where: Where, raw: object) -> None:
        if not isinstance(raw, dict):
            raise DemoDataError(where, "should be a table of keys and values")
        self.where = where
        self._raw: dict[str, Any] = raw
        self._read: set[str] = set()

    def error(self, problem: str) -> DemoDataError:
        return DemoDataError(self.where, problem)

    def _value(self, key: str, kind: type | tuple[type, ...], what: str, required: bool) -> Any:
        self._read.add(key)
        if key not in self._raw:
            if required:
                raise self.error(f"the key `{key}` is missing")
            return None
        value = self._raw[key]
        if isinstance(value, bool) or not isinstance(value, kind):
            raise self.error(f"`{key}` should be {what}, not {value!r}")
        return value

    def text(self, key: str) -> str:
        value: str = self._value(key, str, "a text between quotes", True)
        return value

    def optional_text(self, key: str) -> str:
        return self._value(key, str, "a text between quotes", False) or ""

    def whole(self, key: str) -> int:
        value: int = self._value(key, int, "a whole number", True)
        return value

    def optional_whole(self, key: str) -> int | None:
        value: int | None = self._value(key, int, "a whole number", False)
        return value

    def weight(self, key: str) -> float:
        """A share compared with the others'; never below zero."""
        value = self._value(key, (int, float), "a number", True)
        if value < 0:
            raise self.error(f"`{key}` cannot be below zero")
        return float(value)

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of texts, never empty: the demo picks from it."""
        values = self._value(key, list, "a list of texts between quotes", True)
        if not all(isinstance(v, str) for v in values):
            raise self.error(f"`{key}` should hold texts between quotes only")
        if not values:
            raise self.error(f"`{key}` is empty")
        return tuple(values)

    def choice(self, key: str, kind: type[E]) -> E:
        value = self.text(key)
        try:
            return kind(value)
        except ValueError:
            known = ", ".join(k.value for k in kind)
            raise self.error(f"`{key}` = {value!r} is none of: {known}") from None

    def table(self, key: str) -> _Table:
        self._read.add(key)
        if key not in self._raw:
            raise self.error(f"the table [{key}] is missing")
        entry = f"[{self.where.entry.strip('[]')}.{key}]" if self.where.entry else f"[{key}]"
        return _Table(Where(self.where.file, entry), self._raw[key])

    def tables(self, key: str) -> list[_Table]:
        """The entries of an array of tables `[[key]]`, each named by its number and its
        name or title, as the person editing the file sees it."""
        values = self._value(key, list, f"a list of [[{key}]] entries", True)
        if not values:
            raise self.error(f"there is no [[{key}]] entry")
        out = []
        for i, raw in enumerate(values, start=1):
            label = ""
            if isinstance(raw, dict):
                named = (raw.get(k) for k in ("name", "title", "affiliation"))
                label = next((f" «{n}»" for n in named if isinstance(n, str)), "")
            entry = f"[[{key}]] #{i}{label}"
            if self.where.entry:  # a table within an entry: say which
                entry = f"{self.where.entry}, {key} #{i}{label}"
            out.append(_Table(Where(self.where.file, entry), raw))
        return out

    def names(self) -> list[str]:
        return list(self._raw)

    def done(self) -> None:
        unknown = sorted(set(self._raw) - self._read)
        if unknown:
            raise self.error(f"unknown key `{unknown[0]}` (misspelt?)")


def _read_file(folder: Traversable, name: str) -> _Table:
    where = Where(name)
    try:
        text = (folder / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DemoDataError(where, "the file is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DemoDataError(where, f"the file cannot be read ({exc})") from None
    try:
        return _Table(where, tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        raise DemoDataError(where, f"not valid TOML: {exc}") from None


def default_folder() -> Traversable:
    """The data files shipped with the application."""
    return resources.files("citizenspace.resources") / "demo"


def load(folder: Path | Traversable | None = None) -> DemoData:
    """Read the demo's data files from `folder` (by default: those of the application)."""
    root = default_folder() if folder is None else folder
    people = _read_file(root, "people.toml")
    places = _read_file(root, "places.toml")
    directory = _read_file(root, "directory.toml")
    councils = _read_file(root, "councils.toml")
    reception = _read_file(root, "reception.toml")
    budget = _read_file(root, "budget.toml")
    last_names = people.texts("last_names")
    generations = tuple(_generation(t) for t in people.tables("first_names"))
    if generations[-1].born_before is not None or any(
        g.born_before is None for g in generations[:-1]
    ):
        raise people.error("every [[first_names]] but the last needs `born_before`")
    people.done()
    city_table = places.table("city")
    city = CityData(city_table.text("name"), city_table.text("town"), city_table.text("postcode"))
    city_table.done()
    sites = tuple(_site(t) for t in places.tables("sites"))
    site_keys = {s.key for s in sites}
    for key in SITE_KEYS:
        if key not in site_keys:
            raise places.error(f"no [[sites]] entry has the key {key!r}: the demo uses it")
    devices = tuple(_device(t, site_keys) for t in places.tables("devices"))
    if not any(d.key == KIOSK_KEY and d.kind is c.DeviceKind.KIOSK for d in devices):
        raise places.error(f"no kiosk has the key {KIOSK_KEY!r}: its codes are in the demo")
    districts = tuple(_district(t, site_keys) for t in places.tables("districts"))
    if not any(d.weight > 0 for d in districts):
        raise places.error("every district has a `weight` of zero")
    places.done()
    themes = tuple(_theme(t) for t in directory.tables("themes"))
    if not any(t.visits > 0 for t in themes):
        raise directory.error("no [[themes]] entry has `visits` above zero")
    services = tuple(_service(t) for t in directory.tables("services"))
    categories = tuple(_category(t) for t in directory.tables("ticket_categories"))
    if not any(cat.code == OTHER_CATEGORY for cat in categories):
        raise directory.error(
            f"no [[ticket_categories]] entry has the code {OTHER_CATEGORY!r}: the follow-ups "
            "of every other theme go there"
        )
    directory.done()
    data = DemoData(
        last_names=last_names,
        generations=generations,
        city=city,
        districts=districts,
        sites=sites,
        devices=devices,
        themes=themes,
        services=services,
        categories=categories,
        councils=_councils(councils),
        reception=_reception(reception, {t.name for t in themes}),
        edition=_edition(budget.table("edition")),
        projects=tuple(_project(t) for t in budget.tables("projects")),
    )
    budget.done()
    return data


def _generation(t: _Table) -> Generation:
    g = Generation(t.optional_whole("born_before"), t.texts("women"), t.texts("men"))
    t.done()
    return g


def _district(t: _Table, site_keys: set[str]) -> DistrictData:
    council_site = t.optional_text("council_meets_at") or None
    if council_site is not None and council_site not in site_keys:
        raise t.error(f"`council_meets_at` = {council_site!r} is the key of no site")
    d = DistrictData(
        t.where,
        t.text("name"),
        t.text("code"),
        t.weight("weight"),
        council_site,
        t.texts("streets"),
    )
    t.done()
    return d


def _site(t: _Table) -> SiteData:
    s = SiteData(
        t.where, t.text("key"), t.text("name"), t.choice("kind", c.SiteKind), t.text("address")
    )
    t.done()
    return s


def _device(t: _Table, site_keys: set[str]) -> DeviceData:
    d = DeviceData(
        t.where, t.text("key"), t.text("name"), t.choice("kind", c.DeviceKind), t.text("site")
    )
    if d.site not in site_keys:
        raise t.error(f"`site` = {d.site!r} is the key of no site")
    t.done()
    return d


def _theme(t: _Table) -> ThemeData:
    subs = []
    for sub in t.tables("sub_themes"):
        subs.append((sub.text("name"), sub.text("keywords")))
        sub.done()
    theme = ThemeData(
        t.where,
        t.text("name"),
        t.text("keywords"),
        t.weight("visits"),
        tuple(subs),
    )
    t.done()
    return theme


def _service(t: _Table) -> ServiceData:
    s = ServiceData(
        t.where,
        name=t.text("name"),
        competence=t.text("competence"),
        body=t.text("body"),
        keywords=t.text("keywords"),
        theme=t.text("theme"),
        address=t.text("address"),
        hours=t.text("hours"),
        email=t.optional_text("email"),
    )
    t.done()
    return s


def _category(t: _Table) -> CategoryData:
    cat = CategoryData(
        t.where,
        code=t.text("code"),
        name=t.text("name"),
        due_days=t.whole("due_days"),
        service=t.optional_text("service"),
        description=t.text("description"),
        keywords=t.text("keywords"),
    )
    t.done()
    return cat


def _councils(t: _Table) -> CouncilsData:
    topics = t.table("topics")
    seats = []
    for seat in t.tables("local_group"):
        seats.append(
            SeatData(seat.where, seat.text("affiliation"), seat.choice("role", c.MembershipRole))
        )
        seat.done()
    data = CouncilsData(
        associations=t.texts("associations"),
        elected_officials=t.texts("elected_officials"),
        city_topics=topics.texts("city"),
        citizen_topics=topics.texts("citizens"),
        local_group=tuple(seats),
    )
    # At least 4 city topics and 3 of the inhabitants': a meeting draws up to that many.
    if len(data.city_topics) < 4 or len(data.citizen_topics) < 3:
        raise topics.error("`city` needs at least 4 topics and `citizens` at least 3")
    topics.done()
    t.done()
    return data


def _reception(t: _Table, theme_names: set[str]) -> ReceptionData:
    reports_table = t.table("reports")
    reports = {}
    for theme in reports_table.names():
        report = reports_table.table(theme)
        if theme not in theme_names:
            raise report.error(f"{theme!r} is the name of no theme of directory.toml")
        reports[theme] = ReportData(report.where, report.weight("share"), report.texts("texts"))
        for text in reports[theme].texts:
            _check_report(report, text)
        report.done()
    if not any(r.share > 0 for r in reports.values()):
        raise reports_table.error("no report has a `share` above zero")
    reports_table.done()
    data = ReceptionData(
        visit_notes=t.texts("visit_notes"),
        questions=t.texts("questions"),
        reject_reasons=t.texts("reject_reasons"),
        contact_names=t.texts("contact_names"),
        surveyor=t.text("surveyor"),
        survey_comments=t.texts("survey_comments"),
        reports=reports,
    )
    t.done()
    return data


def _check_report(report: _Table, text: str) -> None:
    """A street report's text fills in a house number and a street, nothing else."""
    try:
        fields = {f for _, f, _, _ in Formatter().parse(text) if f is not None}
    except ValueError as exc:
        raise report.error(f"{text!r}: {exc}") from None
    if fields - REPORT_FIELDS:
        unknown = sorted(fields - REPORT_FIELDS)[0]
        raise report.error(f"{text!r}: only {{n}} and {{street}} are filled in, not {{{unknown}}}")


def _edition(t: _Table) -> EditionData:
    e = EditionData(t.where, t.text("title"), t.whole("budget_euros") * 100, t.whole("max_choices"))
    t.done()
    return e


def _project(t: _Table) -> ProjectData:
    p = ProjectData(
        t.where,
        title=t.text("title"),
        picture=t.text("picture"),
        cost_cents=t.whole("cost_euros") * 100,
        proposer_group=t.text("proposer_group"),
        # One short sentence a line in the file: one text on the kiosk.
        easy_read=" ".join(t.texts("easy_read")),
        description=t.text("description"),
    )
    t.done()
    return p
