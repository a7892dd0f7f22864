"""Rules of the directory "Qui fait quoi ?": who is competent for what, and how to reach them.

Pure: the columns of a directory file and their French and English titles, competences read
from the words people write in a spreadsheet, the checks of one entry (returning codes, never
sentences), and the search a receptionist types into while the citizen is talking, which must
find "État civil" from "etat civ" and rank the service's own name before a keyword.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from citizenspace.domain.catalog import Competence
from citizenspace.domain.people import normalise_phone

# Lengths of the columns of `directory_entries`.
NAME_MAX = 200
BODY_MAX = 200
KEYWORDS_MAX = 600
PHONE_MAX = 40
EMAIL_MAX = 254
ADDRESS_MAX = 300
HOURS_MAX = 300
WEBSITE_MAX = 300

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEBSITE = re.compile(r"^(?:https?://)?[^\s/@]+\.[^\s/@]{2,}(?:[/?#]\S*)?$", re.IGNORECASE)


class EntryError(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_EMAIL = "invalid_email"
    INVALID_WEBSITE = "invalid_website"
    UNKNOWN_COMPETENCE = "unknown_competence"
    #: The theme chosen no longer exists, or a file names a theme nobody created.
    UNKNOWN_THEME = "unknown_theme"
    #: Another entry has the same name and body: the receptionist would not know which.
    DUPLICATE = "duplicate"
    #: A yes/no column ("Actif") holds something else.
    NOT_YES_NO = "not_yes_no"


@dataclass(frozen=True, slots=True)
class EntryFieldError:
    field: str
    code: EntryError


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """What is typed in the entry form, or read from one line of a directory file."""

    name: str
    competence: Competence | None
    body_name: str = ""
    keywords: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    hours: str = ""
    website: str = ""
    theme_id: str | None = None


#: The text fields of a draft with their maximum length, in form order.
TEXT_LIMITS: tuple[tuple[str, int], ...] = (
    ("name", NAME_MAX),
    ("body_name", BODY_MAX),
    ("keywords", KEYWORDS_MAX),
    ("phone", PHONE_MAX),
    ("email", EMAIL_MAX),
    ("address", ADDRESS_MAX),
    ("hours", HOURS_MAX),
    ("website", WEBSITE_MAX),
)


# --------------------------------------------------------------------------- folding


def fold(text: str) -> str:
    """Accents, case and punctuation folded away: "Communauté d'agglo." and "communaute
    d agglo" are the same words. Words are separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    bare = bare.replace("œ", "oe").replace("æ", "ae")
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


def identity(name: str, body_name: str) -> tuple[str, str]:
    """Same folded name and body: the same service, typed again (re-import, twin entry)."""
    return fold(name), fold(body_name)


# --------------------------------------------------------------------------- competences

#: The French label written in exported files (and shown in French).
COMPETENCE_LABELS_FR: dict[Competence, str] = {
    Competence.CITY: "Ville",
    Competence.URBAN_COMMUNITY: "Communauté d'agglomération",
    Competence.DEPARTMENT: "Département",
    Competence.REGION: "Région",
    Competence.STATE: "État",
    Competence.OTHER: "Autre",
}

_COMPETENCE_WORDS: dict[Competence, tuple[str, ...]] = {
    Competence.CITY: (
        "ville",
        "commune",
        "mairie",
        "municipalite",
        "city",
        "town",
        "municipality",
        "city hall",
        "town hall",
    ),
    Competence.URBAN_COMMUNITY: (
        "communaute d agglomeration",
        "agglomeration",
        "agglo",
        "communaute urbaine",
        "communaute de communes",
        "intercommunalite",
        "interco",
        "epci",
        "metropole",
        "urban community",
        "urban_community",
        "conurbation",
    ),
    Competence.DEPARTMENT: (
        "departement",
        "conseil departemental",
        "conseil general",
        "department",
        "county",
    ),
    Competence.REGION: ("region", "conseil regional", "regional council"),
    Competence.STATE: (
        "etat",
        "prefecture",
        "sous prefecture",
        "services de l etat",
        "service de l etat",
        "state",
        "government",
        "state service",
    ),
    Competence.OTHER: ("autre", "autres", "other", "divers"),
}
_COMPETENCE_BY_WORD: dict[str, Competence] = {
    w: comp for comp, words in _COMPETENCE_WORDS.items() for w in words
}


def parse_competence(text: str) -> Competence | None:
    """The competence a spreadsheet cell names, in French or English ("Agglo", "Préfecture",
    "Urban Community", "city"); None when the words name none of them."""
    key = fold(text)
    if not key:
        return None
    if key in _COMPETENCE_BY_WORD:
        return _COMPETENCE_BY_WORD[key]
    # "Ville de Saint-Quentin", "Département de l'Aisne", "Préfecture de l'Aisne".
    for word, comp in sorted(_COMPETENCE_BY_WORD.items(), key=lambda wc: -len(wc[0])):
        if key.startswith(word + " "):
            return comp
    return None


# --------------------------------------------------------------------------- file columns

#: The columns of a directory file, in the order they are exported.
FIELDS: tuple[str, ...] = (
    "name",
    "competence",
    "body_name",
    "keywords",
    "phone",
    "email",
    "address",
    "hours",
    "website",
    "theme",
    "active",
)
#: A file without these columns cannot say who is competent for what.
REQUIRED_COLUMNS: tuple[str, ...] = ("name", "competence")

#: The title each column gets in an exported file (French Excel users read them).
EXPORT_TITLES: dict[str, str] = {
    "name": "Service",
    "competence": "Compétence",
    "body_name": "Organisme",
    "keywords": "Mots-clés",
    "phone": "Téléphone",
    "email": "Courriel",
    "address": "Adresse",
    "hours": "Horaires",
    "website": "Site web",
    "theme": "Thème",
    "active": "Actif",
}

#: Accepted titles (folded) for each column, French and English.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "service",
        "services",
        "nom",
        "nom du service",
        "intitule",
        "intitule du service",
        "name",
        "service name",
    ),
    "competence": (
        "competence",
        "competences",
        "competent",
        "niveau",
        "niveau de competence",
        "echelon",
        "collectivite competente",
        "qui est competent",
        "competence level",
        "level",
    ),
    "body_name": (
        "organisme",
        "structure",
        "collectivite",
        "administration",
        "body",
        "body name",
        "organisation",
        "organization",
    ),
    "keywords": (
        "mots cles",
        "mot cles",
        "mots cle",
        "mot cle",
        "missions",
        "attributions",
        "domaines",
        "domaine",
        "domaines d intervention",
        "domaine d intervention",
        "sujets traites",
        "demarches",
        "prestations",
        "keywords",
        "key words",
        "tags",
        "remit",
    ),
    "phone": ("telephone", "tel", "phone", "telephone number"),
    "email": ("courriel", "e mail", "email", "mail", "adresse mail", "adresse e mail"),
    "address": ("adresse", "adresse postale", "address", "lieu"),
    "hours": ("horaires", "horaires d ouverture", "heures d ouverture", "hours", "opening hours"),
    "website": ("site web", "site internet", "site", "web", "url", "website", "web site"),
    "theme": ("theme", "themes", "thematique", "topic", "theme name"),
    "active": ("actif", "active", "en service"),
}
_FIELD_BY_TITLE: dict[str, str] = {
    title: field for field, titles in COLUMN_ALIASES.items() for title in titles
}
#: Columns several of which may feed one field, joined: an office's "Compétences" (what a
#: service handles) and "Mots-clés" both say what to search it by.
REPEATABLE_COLUMNS: tuple[str, ...] = ("keywords",)
#: Titles that say "compétence(s)": in our files and many others, the level of government
#: competent (Ville, Agglo...); in an office's own list, what the service handles ("État
#: civil, passeports"). Their values tell which (`holds_levels`).
LEVEL_OR_REMIT_TITLES: frozenset[str] = frozenset({"competence", "competences", "competent"})


def holds_levels(values: Iterable[str]) -> bool:
    """Whether a column's values name levels of government ("Ville", "Agglo", "Préfecture de
    l'Aisne") rather than what a service handles ("État civil, passeports"): at least half of
    its non-empty values do. A column without values is taken as the level."""
    filled = [v for v in values if v.strip()]
    named = sum(parse_competence(v) is not None for v in filled)
    return 2 * named >= len(filled)


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Where each known column is in a file's header; titles nobody knows are listed so
    the preview can say they were left aside."""

    where: dict[str, int]
    missing: tuple[str, ...]
    ignored: tuple[str, ...]


def map_columns(titles: Sequence[str]) -> ColumnMap:
    """Read a header line. The first column with a known title wins; a repeated one is
    left aside like an unknown one."""
    where: dict[str, int] = {}
    ignored: list[str] = []
    for i, title in enumerate(titles):
        key = fold(title.strip().rstrip("*:").strip())
        field = _FIELD_BY_TITLE.get(key)
        if field is not None and field not in where:
            where[field] = i
        elif title.strip():
            ignored.append(title.strip())
    missing = tuple(f for f in REQUIRED_COLUMNS if f not in where)
    return ColumnMap(where, missing, tuple(ignored))


_YES = {"oui", "o", "yes", "y", "x", "1", "vrai", "true", "actif", "active"}
_NO = {"non", "n", "no", "0", "faux", "false", "inactif", "inactive"}


def parse_yes_no(text: str) -> bool | None:
    """ "oui"/"non" and their usual spellings; None for anything else (empty included)."""
    key = fold(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def excel_phone(value: str) -> str:
    """Excel turns 0323060000 into 323060000: nine digits get their leading zero back."""
    digits = re.sub(r"[\s.]", "", value)
    return "0" + digits if len(digits) == 9 and digits.isdigit() and digits[0] != "0" else value


# --------------------------------------------------------------------------- checks


def normalise(draft: EntryDraft) -> EntryDraft:
    """Spaces trimmed and collapsed, e-mail in lower case, French phone numbers as
    `03 23 06 93 93`: the same entry typed twice looks the same. Phones that are not a
    plain number ("3939", "03 23 06 93 93 (standard)") are kept as typed."""
    phone = " ".join(draft.phone.split())
    keywords = " ".join(draft.keywords.replace("\n", " ").split())
    return replace(
        draft,
        name=" ".join(draft.name.split()),
        body_name=" ".join(draft.body_name.split()),
        keywords=keywords,
        phone=(normalise_phone(phone) or phone) if phone else "",
        email=draft.email.strip().lower(),
        address=" ".join(draft.address.split()),
        hours=" ".join(draft.hours.split()),
        website=draft.website.strip(),
    )


def check(draft: EntryDraft) -> list[EntryFieldError]:
    """Every problem of one entry, in form order. Empty means it can be saved."""
    d = normalise(draft)
    errors: list[EntryFieldError] = []
    if not d.name:
        errors.append(EntryFieldError("name", EntryError.REQUIRED))
    if d.competence is None:
        errors.append(EntryFieldError("competence", EntryError.REQUIRED))
    for field, limit in TEXT_LIMITS:
        if len(getattr(d, field)) > limit:
            errors.append(EntryFieldError(field, EntryError.TOO_LONG))
    if d.email and len(d.email) <= EMAIL_MAX and not _EMAIL.match(d.email):
        errors.append(EntryFieldError("email", EntryError.INVALID_EMAIL))
    if d.website and len(d.website) <= WEBSITE_MAX and not _WEBSITE.match(d.website):
        errors.append(EntryFieldError("website", EntryError.INVALID_WEBSITE))
    order = {name: i for i, name in enumerate(FIELDS)}
    errors.sort(key=lambda e: order.get(e.field, len(order)))
    return errors


# --------------------------------------------------------------------------- search


@dataclass(frozen=True, slots=True)
class Searchable:
    """One entry as the search sees it: folded texts, made once when the index is built."""

    id: str
    name: str
    keywords: str
    others: str
    #: The folded name, to sort entries of the same rank alphabetically.
    sort_key: str


def searchable(
    entry_id: str,
    name: str,
    keywords: str = "",
    body_name: str = "",
    theme: str = "",
    competence: Competence | None = None,
) -> Searchable:
    """Fold an entry once for many searches. Typing the body ("agglo", "Département") or the
    competence finds every service of that body too."""
    others = [body_name, theme]
    if competence is not None:
        others += [COMPETENCE_LABELS_FR[competence], competence.value.replace("_", " ")]
    folded_name = fold(name)
    return Searchable(
        id=entry_id,
        name=f" {folded_name} ",
        keywords=f" {fold(keywords)} ",
        others=f" {fold(' '.join(others))} ",
        sort_key=folded_name,
    )


def _rank(entry: Searchable, words: list[str], phrase: str) -> int | None:
    """Smaller is better; None when one of the words matches nowhere. A word typed matches
    the start of a word of the texts: "etat civ" finds "État civil", "poubelle" finds
    "poubelles", but "ville" does not find every "Service" that holds "...ville..."."""
    in_name = 0
    in_keywords = 0
    for word in words:
        start = " " + word
        if start in entry.name:
            in_name += 1
        elif start in entry.keywords:
            in_keywords += 1
        elif start not in entry.others:
            return None
    if entry.name.startswith(" " + phrase):
        return 0
    if in_name == len(words):
        return 1
    if in_name:
        return 2
    if in_keywords:
        return 3
    return 4


def search(entries: Iterable[Searchable], text: str) -> list[Searchable]:
    """The entries where every word typed matches somewhere (name, keywords, body, theme,
    competence), best first: the name starting with what was typed, then all words in the
    name, then some, then keyword matches, then the rest; alphabetical within a rank.
    Empty text lists every entry alphabetically."""
    phrase = fold(text)
    words = phrase.split()
    if not words:
        return sorted(entries, key=lambda e: e.sort_key)
    ranked: list[tuple[int, str, Searchable]] = []
    for entry in entries:
        rank = _rank(entry, words, phrase)
        if rank is not None:
            ranked.append((rank, entry.sort_key, entry))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in ranked]
