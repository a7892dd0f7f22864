"""The children's participatory budget: what the kiosk shows, and casting a ballot.

Secrecy (DESIGN.md, "Ballots and voting codes"; the threat model is docs/ballot-secrecy.md):
a vote never touches the database. The used code and the ballot go, in one transaction, to
the kiosk's ballot box (store.ballot_box): a file that records no order, where the ballot
takes a random slot. They reach the database, and from there the share, only in shuffled
batches of at least ten votes (store.ballot_settle). Both carry the day only and random ids.
A kiosk checks codes against their verifiers (domain.budget.codes): it holds nothing that
could make a valid code. Nothing about a code or a choice is ever logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from citizenspace.domain.budget import ballot as rules
from citizenspace.domain.budget import codes
from citizenspace.domain.budget.ballot import ChoiceProblem
from citizenspace.domain.catalog import (
    BallotChannel,
    EditionPhase,
    OutcomeRule,
    ProjectStatus,
    VotingMethod,
)
from citizenspace.domain.ids import id_for_key
from citizenspace.services.common.errors import ServiceError, found
from citizenspace.store.ballot import ballot_settle
from citizenspace.store.ballot.ballot_box import BallotBox, CodeAlreadyUsed
from citizenspace.store.ballot.ballot_settle import Settled
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import (
    Ballot,
    BudgetEdition,
    BudgetResult,
    CodeBatch,
    Device,
    LocalSetting,
    LocalState,
    PaperEntry,
    Project,
    Setting,
    Site,
    UsedCode,
)

#: The key under which the supervisors' PIN (salted hash) is kept, shared by every kiosk.
PIN_SETTING = "kiosk_pin"
#: Local setting (never synced) holding the key to print a batch again, on the machine that
#: made it: ``reprint_key:<batch id>``.
REPRINT_PREFIX = "reprint_key:"
DEMO_FLAG = "is_demo"
PAPER_KEY_LABEL = "paper-ballots"
#: The most codes one batch holds (a kiosk's share of a big city's children, and then some).
MAX_BATCH = 5_000


class CodeProblem(StrEnum):
    """Why a kiosk refuses a code, each with its own friendly message on screen."""

    MALFORMED = "malformed"  # not a code: a letter missing, wrong or swapped (a typo)
    NOT_GENUINE = "not_genuine"  # a well-typed code we never printed (a forgery)
    OTHER_KIOSK = "other_kiosk"  # a genuine code, printed for another kiosk or site
    USED = "used"  # already used to vote


class VoteRefused(ServiceError):
    """Nothing was written. `code` or `choices` says why."""

    def __init__(
        self, code: CodeProblem | None = None, choices: list[ChoiceProblem] | None = None
    ) -> None:
        self.code = code
        self.choices = choices or []
        super().__init__(f"refused: {code or ''} {[c.value for c in self.choices]}")


class NoVoteOpen(ServiceError):
    """No edition is in its voting phase today."""


class NotPrintableHere(ServiceError):
    """Only the machine that made a batch holds the key to print its codes again."""

    def __init__(self, batch_id: str) -> None:
        self.batch_id = batch_id
        super().__init__(f"batch {batch_id} can only be printed where it was made")


@dataclass(frozen=True, slots=True)
class HeldBallots:
    """A kiosk that keeps ballots in its box (fewer than ten cannot leave it)."""

    kiosk: str
    ballots: int


@dataclass(frozen=True, slots=True)
class DoubleUse:
    """A batch with codes used more than once: how many codes, and the ballots they may
    have added (every use beyond the first)."""

    batch_id: str
    batch_label: str
    codes: int
    extra_ballots: int


@dataclass(frozen=True, slots=True)
class BallotProject:
    id: str
    title: str
    easy_read: str
    description: str
    cost_cents: int
    picture_hash: str | None
    proposer_group: str


@dataclass(frozen=True, slots=True)
class KioskEdition:
    """Everything the kiosk needs to show a ballot, read once when it starts."""

    id: str
    title: str
    method: VotingMethod
    max_choices: int | None
    budget_cents: int
    projects: tuple[BallotProject, ...]
    #: How many projects a child may choose (for the counter on screen).
    limit: int
    site_name: str
    #: Code batches this kiosk accepts; none means staff unlock each vote with a PIN.
    batches: int

    def problems(self, choices: Iterable[str]) -> list[ChoiceProblem]:
        costs = {p.id: p.cost_cents for p in self.projects}
        return rules.problems(
            self.method, self.max_choices, self.budget_cents, costs, list(choices)
        )


class PaperOutcome(StrEnum):
    COUNTED = "counted"
    WAITING = "waiting"  # double entry: the first typing, a second person types it again
    MISMATCH = "mismatch"  # double entry: the typings differ, set aside for review


@dataclass(frozen=True, slots=True)
class PaperDisagreement:
    serial: str
    #: Each distinct typing's choices (project ids), in a fixed order.
    typings: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class EditionRow:
    id: str
    year: int
    title: str
    phase: EditionPhase
    budget_cents: int
    outcome_rule: OutcomeRule


@dataclass(frozen=True, slots=True)
class BatchRow:
    id: str
    edition_id: str
    edition_title: str
    label: str
    site_name: str
    device_name: str
    size: int
    prefix: str
    created_on: date
    printed_on: date | None
    used: int
    #: Whether this machine holds the key to print the batch (the machine that made it).
    printable: bool = False


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """The counts that must agree: codes issued, codes used, ballots per channel and site."""

    codes_issued: int
    codes_used: int
    ballots_by_channel: dict[str, int]
    ballots_by_site: dict[str, int]
    #: Uses of a code beyond its first (the same code on two offline kiosks): each may have
    #: added a ballot.
    extra_uses: int = 0
    #: Ballots in this machine's ballot box, not in its database yet.
    held_here: int = 0

    @property
    def ballots(self) -> int:
        return sum(self.ballots_by_channel.values())


def _local(s: Session, key: str) -> str:
    row = s.get(LocalSetting, key)
    return row.value if row else ""


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A salted, slow hash of the supervisors' PIN (scrypt), as `salt$hash` in hex."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"{salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        salt, _ = stored.split("$", 1)
        expected = hash_pin(pin, bytes.fromhex(salt))
    except ValueError:
        return False
    return hmac.compare_digest(expected, stored)


class BudgetService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today
        self._box = BallotBox.for_database(db.path)
        #: (edition, code, verifier) of the code the child just typed, for its one vote.
        self._checked: tuple[str, str, str] | None = None
        #: (edition, code, verifier, batch) of the code found genuine, for its one vote.
        self._genuine_code: tuple[str, str, str, str] | None = None

    # ---------------------------------------------------------------- the kiosk

    def open_edition(self) -> KioskEdition:
        """The edition whose vote is open today, as this kiosk shows it. Raises NoVoteOpen."""
        today = self._today()
        with self._db.read() as s:
            edition = s.scalars(
                select(BudgetEdition)
                .where(BudgetEdition.phase == EditionPhase.VOTE)
                .where(or_(BudgetEdition.vote_from.is_(None), BudgetEdition.vote_from <= today))
                .where(or_(BudgetEdition.vote_until.is_(None), BudgetEdition.vote_until >= today))
                .order_by(BudgetEdition.year.desc(), BudgetEdition.id)
            ).first()
            if edition is None:
                raise NoVoteOpen("no vote open today")
            return self._ballot_view(s, edition)

    def ballot(self, edition_id: str) -> KioskEdition:
        """An edition's ballot (projects and rules), whatever its phase: for paper entry."""
        with self._db.read() as s:
            return self._ballot_view(s, self._edition(s, edition_id))

    def editions(self) -> list[EditionRow]:
        """Every edition, the latest first."""
        with self._db.read() as s:
            return [
                EditionRow(e.id, e.year, e.title, e.phase, e.budget_cents, e.outcome_rule)
                for e in s.scalars(
                    select(BudgetEdition).order_by(BudgetEdition.year.desc(), BudgetEdition.id)
                )
            ]

    def _ballot_view(self, s: Session, edition: BudgetEdition) -> KioskEdition:
        projects = tuple(
            BallotProject(
                p.id,
                p.title,
                p.easy_read,
                p.description,
                p.cost_cents,
                p.picture_hash,
                p.proposer_group,
            )
            for p in s.scalars(
                select(Project)
                .where(Project.edition_id == edition.id)
                .where(Project.status == ProjectStatus.ON_BALLOT)
                .order_by(Project.ballot_order, Project.title, Project.id)
            )
        )
        site_id = _local(s, "site_id") or None
        site = s.get(Site, site_id) if site_id else None
        return KioskEdition(
            id=edition.id,
            title=edition.title,
            method=edition.voting_method,
            max_choices=edition.max_choices,
            budget_cents=edition.budget_cents,
            projects=projects,
            limit=rules.choice_limit(edition.voting_method, edition.max_choices, len(projects)),
            site_name=site.name if site else "",
            batches=len(self._accepted_batches(s, edition.id)),
        )

    def local_site(self) -> str | None:
        """The site this machine stands at (its settings), where new batches are bound."""
        with self._db.read() as s:
            return _local(s, "site_id") or None

    def _accepted_batches(self, s: Session, edition_id: str) -> list[CodeBatch]:
        """The batches this machine accepts: bound to it, or to its site with no kiosk named,
        or to nothing at all (a city-wide batch)."""
        state = s.get(LocalState, 1)
        device = state.device_id if state else ""
        site = _local(s, "site_id") or None
        found = []
        for batch in s.scalars(
            select(CodeBatch)
            .where(CodeBatch.edition_id == edition_id)
            .order_by(CodeBatch.created_on, CodeBatch.label, CodeBatch.id)
        ):
            if batch.device_id is not None:
                if batch.device_id == device:
                    found.append(batch)
            elif batch.site_id is None or batch.site_id == site:
                found.append(batch)
        return found

    def _verifier(self, edition: BudgetEdition, code: str) -> str:
        """scrypt is slow on purpose: the code checked when the child typed it is not
        hashed again when they confirm (kept in memory only, for that one vote)."""
        if self._checked is not None and self._checked[:2] == (edition.id, code):
            return self._checked[2]
        value = codes.verifier(code, edition.code_salt)
        self._checked = (edition.id, code, value)
        return value

    def _genuine(self, s: Session, edition: BudgetEdition, typed: str) -> tuple[str, CodeBatch]:
        """The code's verifier and batch if it is one of ours for this kiosk, else
        VoteRefused. Remembered (in memory, for this one vote) so that "Yes, I vote!" does
        not check it all again: whether it was used is checked again when the vote is
        written, under the ballot box's lock."""
        code = codes.normalise(typed)
        if codes.check_shape(code) is not codes.CodeCheck.VALID:
            raise VoteRefused(CodeProblem.MALFORMED)
        if not edition.code_salt:
            raise VoteRefused(CodeProblem.NOT_GENUINE)
        value = self._verifier(edition, code)
        batch = None
        for candidate in s.scalars(
            select(CodeBatch)
            .where(CodeBatch.edition_id == edition.id)
            .where(func.instr(CodeBatch.verifiers, value) > 0)
        ):
            found = candidate.verifiers.find(value)
            while found >= 0 and found % (2 * codes.VERIFIER_BYTES):  # aligned entries only
                found = candidate.verifiers.find(value, found + 1)
            if found >= 0:
                batch = candidate
                break
        if batch is None:
            raise VoteRefused(CodeProblem.NOT_GENUINE)
        if batch.id not in {b.id for b in self._accepted_batches(s, edition.id)}:
            raise VoteRefused(CodeProblem.OTHER_KIOSK)
        if _used_in(s, edition.id, value) or self._box.code_used(edition.id, value):
            raise VoteRefused(CodeProblem.USED)
        self._genuine_code = (edition.id, code, value, batch.id)
        return value, batch

    def check_code(self, edition_id: str, typed: str) -> None:
        """Tell the child at once if the code cannot be used (VoteRefused), before choosing."""
        with self._db.read() as s:
            self._genuine(s, self._edition(s, edition_id), typed)

    def cast_with_code(self, edition_id: str, typed: str, choices: Iterable[str]) -> None:
        """Record the vote a code unlocked: the used code and the ballot, one transaction of
        the ballot box (durable when this returns)."""
        chosen = list(choices)
        with self._db.read() as s:
            edition = self._edition(s, edition_id)
            known = self._genuine_code
            if known is not None and known[:2] == (edition.id, codes.normalise(typed)):
                value, batch_id = known[2], known[3]
            else:
                value, batch = self._genuine(s, edition, typed)
                batch_id = batch.id
            self._check_choices(s, edition, chosen)
            ballot = self._ballot_row(s, edition, BallotChannel.KIOSK, chosen)
            state = s.get(LocalState, 1)
            used = {
                "id": str(uuid.uuid4()),
                "edition_id": edition.id,
                "code_hash": value,
                "used_on": self._today().isoformat(),
                "batch_id": batch_id,
                "device_id": state.device_id if state else None,
            }

        def still_unused() -> bool:
            with self._db.engine.connect() as conn:
                return (
                    conn.exec_driver_sql(
                        "SELECT 1 FROM used_codes WHERE edition_id = ? AND code_hash = ? LIMIT 1",
                        (edition_id, value),
                    ).first()
                    is None
                )

        try:
            self._box.cast(ballot, used, still_unused)
        except CodeAlreadyUsed:
            raise VoteRefused(CodeProblem.USED) from None
        finally:
            self._checked = None
            self._genuine_code = None

    def cast_supervised(self, edition_id: str, choices: Iterable[str]) -> None:
        """A vote a supervisor unlocked with the PIN (sites that print no codes): into the
        ballot box too, so that nothing dates it or places it among the others."""
        chosen = list(choices)
        with self._db.read() as s:
            edition = self._edition(s, edition_id)
            self._check_choices(s, edition, chosen)
            ballot = self._ballot_row(s, edition, BallotChannel.SUPERVISED, chosen)
        self._box.cast(ballot, None)

    # ---------------------------------------------------------------- the ballot box

    def settle_box(self) -> Settled:
        """Move the votes that may leave the ballot box into the database (in batches of at
        least ten; everything once the vote is over)."""
        return ballot_settle.settle(self._db, today=self._today())

    def held_in_box(self) -> int:
        """Ballots this machine's box holds (not yet in its database)."""
        return self._box.count()

    def held_elsewhere(self, edition_id: str) -> list[HeldBallots]:
        """Kiosks that keep ballots of this edition in their box, as they last said: fewer
        than ten cannot leave a kiosk without giving away how those children voted."""
        prefix = ballot_settle.HELD_PREFIX + edition_id + ":"
        found = []
        with self._db.read() as s:
            for key, value in s.execute(
                select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))
            ):
                count = int(value) if value.isdigit() else 0
                if count:
                    device_id = key[len(prefix) :]
                    device = s.get(Device, device_id)
                    found.append(HeldBallots(device.name if device else "", count))
        return sorted(found, key=lambda h: (h.kiosk, h.ballots))

    def double_uses(self, edition_id: str) -> list[DoubleUse]:
        """Batches with a code used more than once (on two offline kiosks): every use was
        kept, each added a ballot. Names batches, never a code."""
        with self._db.read() as s:
            rows = s.execute(
                select(UsedCode.code_hash, func.count(), func.min(UsedCode.batch_id))
                .where(UsedCode.edition_id == edition_id)
                .group_by(UsedCode.code_hash)
                .having(func.count() > 1)
            ).all()
            per_batch: dict[str, list[int]] = {}
            for _hash, uses, batch_id in rows:
                entry = per_batch.setdefault(batch_id or "", [0, 0])
                entry[0] += 1
                entry[1] += uses - 1
            found = []
            for batch_id, (codes_twice, extra) in per_batch.items():
                batch = s.get(CodeBatch, batch_id) if batch_id else None
                found.append(DoubleUse(batch_id, batch.label if batch else "", codes_twice, extra))
        return sorted(found, key=lambda d: (d.batch_label, d.batch_id))

    def forget_reprint_keys(self) -> int:
        """A kiosk keeps nothing that makes codes: the keys to print batches again are
        removed from this machine (and overwritten in the file). Returns how many. A demo city
        keeps them: it is the printing machine and the kiosk at once, for a newcomer."""
        with self._db.write() as s:
            conn = s.connection()
            if _local(s, DEMO_FLAG) == "1":
                return 0
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            n = conn.exec_driver_sql(
                "DELETE FROM local_settings WHERE key LIKE ?", (REPRINT_PREFIX + "%",)
            ).rowcount
        if n:
            with self._db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return n

    # ---------------------------------------------------------------- supervisors' PIN

    def pin_is_set(self) -> bool:
        with self._db.read() as s:
            return bool(s.scalar(select(Setting.value).where(Setting.key == PIN_SETTING)))

    def set_pin(self, pin: str) -> None:
        if len(pin) < 4 or not pin.isdigit():
            raise ValueError("a PIN is at least 4 digits")
        with self._db.write() as s:
            row = s.get(Setting, id_for_key("setting", PIN_SETTING))
            if row is None:
                s.add(Setting(key=PIN_SETTING, value=hash_pin(pin)))
            else:
                row.value = hash_pin(pin)

    def pin_matches(self, pin: str) -> bool:
        with self._db.read() as s:
            stored = s.scalar(select(Setting.value).where(Setting.key == PIN_SETTING)) or ""
        return bool(stored) and pin_matches(pin, stored)

    # ---------------------------------------------------------------- paper ballots

    def paper_key(self, edition_id: str) -> bytes:
        with self._db.read() as s:
            return codes.paper_key(self._edition(s, edition_id).paper_key)

    def record_paper_ballot(
        self, edition_id: str, serial: str, choices: Iterable[str]
    ) -> PaperOutcome:
        """A paper ballot typed in by staff. Its serial counts once, here and across machines
        (the ballot's id comes from the serial). Where the edition asks for double entry,
        the typing is kept and the ballot counted once two typings of the serial agree."""
        chosen = list(choices)
        with self._db.write() as s:
            edition = self._edition(s, edition_id)
            key = codes.paper_key(edition.paper_key)
            canonical = codes.normalise(serial)
            verdict = codes.check_serial(canonical, key)
            if verdict is not codes.CodeCheck.VALID:
                raise VoteRefused(
                    CodeProblem.MALFORMED
                    if verdict is codes.CodeCheck.MALFORMED
                    else CodeProblem.NOT_GENUINE
                )
            if s.get(Ballot, _paper_ballot_id(edition, canonical)) is not None:
                raise VoteRefused(CodeProblem.USED)
            self._check_choices(s, edition, chosen)
            if not self._double_entry(s, edition.id):
                self._count_paper(s, edition, canonical, rules.canonical(chosen))
                return PaperOutcome.COUNTED
            state = s.get(LocalState, 1)
            s.add(
                PaperEntry(
                    id=str(uuid.uuid4()),
                    edition_id=edition.id,
                    serial=canonical,
                    choices=json.dumps(rules.canonical(chosen)),
                    entered_on=self._today(),
                    device_id=state.device_id if state else None,
                )
            )
            s.flush()
            return self._settle_serial(s, edition, canonical)

    def double_entry(self, edition_id: str) -> bool:
        with self._db.read() as s:
            return self._double_entry(s, edition_id)

    def set_double_entry(self, edition_id: str, on: bool) -> None:
        """Ask (or stop asking) two people to type each paper ballot of this edition; the
        choice travels to every machine."""
        key = f"double_entry:{edition_id}"
        with self._db.write() as s:
            self._edition(s, edition_id)
            row = s.get(Setting, id_for_key("setting", key))
            if row is None:
                s.add(Setting(key=key, value="1" if on else ""))
            else:
                row.value = "1" if on else ""

    def settle_paper_entries(self, edition_id: str) -> int:
        """Count the ballots whose two typings agree but were made on two machines (each saw
        only its own until sync). Returns how many were counted now."""
        counted = 0
        with self._db.write() as s:
            edition = self._edition(s, edition_id)
            serials = set(
                s.scalars(select(PaperEntry.serial).where(PaperEntry.edition_id == edition.id))
            )
            for serial in sorted(serials):
                if s.get(Ballot, _paper_ballot_id(edition, serial)) is None:
                    counted += self._settle_serial(s, edition, serial) is PaperOutcome.COUNTED
        return counted

    def paper_to_review(self, edition_id: str) -> list[PaperDisagreement]:
        """Paper ballots whose typings differ, with each typing's choices, for a third look."""
        found = []
        with self._db.read() as s:
            edition = self._edition(s, edition_id)
            typings: dict[str, list[str]] = {}
            for serial, choices in s.execute(
                select(PaperEntry.serial, PaperEntry.choices)
                .where(PaperEntry.edition_id == edition.id)
                .order_by(PaperEntry.serial, PaperEntry.entered_on, PaperEntry.id)
            ):
                typings.setdefault(serial, []).append(choices)
            for serial, seen in typings.items():
                counted = s.get(Ballot, _paper_ballot_id(edition, serial)) is not None
                if not counted and len(set(seen)) > 1:
                    found.append(
                        PaperDisagreement(
                            serial=codes.format_code(serial),
                            typings=tuple(tuple(json.loads(c)) for c in sorted(set(seen))),
                        )
                    )
        return found

    def _double_entry(self, s: Session, edition_id: str) -> bool:
        key = f"double_entry:{edition_id}"
        return s.scalar(select(Setting.value).where(Setting.key == key)) == "1"

    def _settle_serial(self, s: Session, edition: BudgetEdition, serial: str) -> PaperOutcome:
        seen = list(
            s.scalars(
                select(PaperEntry.choices)
                .where(PaperEntry.edition_id == edition.id)
                .where(PaperEntry.serial == serial)
            )
        )
        agreed = sorted({c for c in seen if seen.count(c) >= 2})
        if agreed:
            # Two typings agree. (Two pairs agreeing on different choices cannot both be
            # right: the first in a fixed order is taken, alike on every machine.)
            self._count_paper(s, edition, serial, json.loads(agreed[0]))
            return PaperOutcome.COUNTED
        return PaperOutcome.MISMATCH if len(set(seen)) > 1 else PaperOutcome.WAITING

    def _count_paper(
        self, s: Session, edition: BudgetEdition, serial: str, chosen: list[str]
    ) -> None:
        ballot = self._ballot(s, edition, BallotChannel.PAPER, chosen)
        ballot.id = _paper_ballot_id(edition, serial)
        ballot.paper_serial = serial
        s.add(ballot)

    # ---------------------------------------------------------------- code batches

    def create_batch(
        self,
        edition_id: str,
        size: int,
        *,
        label: str = "",
        site_id: str | None = None,
        device_id: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> str:
        """A new batch of `size` codes for one kiosk (or one site); returns its id.

        Its codes follow from a new batch key kept on this machine only (so that it can print
        them again, identically); every other machine, the kiosks first, receives only their
        verifiers. Making the verifiers is slow on purpose (a few milliseconds a code):
        `progress(done, size)` is told along the way."""
        if not 1 <= size <= MAX_BATCH:
            raise ValueError(f"a batch holds 1 to {MAX_BATCH} codes")
        with self._db.read() as s:
            salt = self._edition(s, edition_id).code_salt
        if not salt:
            raise ValueError("this edition has no verifier salt")
        key = codes.new_batch_key()
        made = codes.batch_codes(key, size)
        verifiers = []
        for i, code in enumerate(made, start=1):
            verifiers.append(codes.verifier(code, salt))
            if progress is not None and (i % 50 == 0 or i == size):
                progress(i, size)
        with self._db.write() as s:
            self._edition(s, edition_id)
            batch = CodeBatch(
                id=str(uuid.uuid4()),
                edition_id=edition_id,
                site_id=site_id,
                device_id=device_id,
                label=label,
                size=size,
                prefix="",
                verifiers="".join(sorted(verifiers)),
                created_on=self._today(),
            )
            s.add(batch)
            s.add(LocalSetting(key=REPRINT_PREFIX + batch.id, value=key.hex()))
            return batch.id

    def can_print(self, batch_id: str) -> bool:
        """Whether this machine holds the key to print this batch (the machine that made it)."""
        with self._db.read() as s:
            return s.get(LocalSetting, REPRINT_PREFIX + batch_id) is not None

    def batch_codes(self, batch_id: str) -> list[str]:
        """The codes of a batch, in print order. Only the machine that made the batch can:
        elsewhere NotPrintableHere."""
        with self._db.read() as s:
            batch = found(s.get(CodeBatch, batch_id), "batch", batch_id)
            return _codes_of(s, batch)

    def mark_printed(self, batch_id: str) -> None:
        with self._db.write() as s:
            batch = found(s.get(CodeBatch, batch_id), "batch", batch_id)
            if batch.printed_on is None:
                batch.printed_on = self._today()

    def batches(self, edition_id: str | None = None) -> list[BatchRow]:
        """Every code batch (of one edition), with how many of its codes were used."""
        with self._db.read() as s:
            q = select(CodeBatch).order_by(CodeBatch.created_on, CodeBatch.label, CodeBatch.id)
            if edition_id is not None:
                q = q.where(CodeBatch.edition_id == edition_id)
            rows = []
            for batch in s.scalars(q):
                edition = found(s.get(BudgetEdition, batch.edition_id), "edition", batch.edition_id)
                used = s.scalar(
                    select(func.count(func.distinct(UsedCode.code_hash)))
                    .where(UsedCode.edition_id == edition.id)
                    .where(UsedCode.batch_id == batch.id)
                )
                site = s.get(Site, batch.site_id) if batch.site_id else None
                device = s.get(Device, batch.device_id) if batch.device_id else None
                rows.append(
                    BatchRow(
                        id=batch.id,
                        edition_id=batch.edition_id,
                        edition_title=edition.title,
                        label=batch.label,
                        site_name=site.name if site else "",
                        device_name=device.name if device else "",
                        size=batch.size,
                        prefix=batch.prefix,
                        created_on=batch.created_on,
                        printed_on=batch.printed_on,
                        used=int(used or 0),
                        printable=s.get(LocalSetting, REPRINT_PREFIX + batch.id) is not None,
                    )
                )
            return rows

    def demo_codes(self, edition_id: str, count: int) -> list[str]:
        """A few unused codes this machine accepts, formatted for typing (for the demo: only
        where the batch was made, since a kiosk cannot make codes)."""
        found: list[str] = []
        with self._db.read() as s:
            edition = self._edition(s, edition_id)
            for batch in self._accepted_batches(s, edition.id):
                try:
                    made = _codes_of(s, batch)
                except NotPrintableHere:
                    continue
                used = set(
                    s.scalars(select(UsedCode.code_hash).where(UsedCode.batch_id == batch.id))
                )
                for code in made:
                    if len(found) == count:
                        return found
                    value = codes.verifier(code, edition.code_salt)
                    if value not in used and not self._box.code_used(edition.id, value):
                        found.append(codes.format_code(code))
        return found

    # ---------------------------------------------------------------- counts

    def reconciliation(self, edition_id: str) -> Reconciliation:
        with self._db.read() as s:
            edition = self._edition(s, edition_id)
            issued = s.scalar(
                select(func.coalesce(func.sum(CodeBatch.size), 0))
                .where(CodeBatch.edition_id == edition.id)
                .where(CodeBatch.printed_on.is_not(None))
            )
            used = s.scalar(
                select(func.count(func.distinct(UsedCode.code_hash))).where(
                    UsedCode.edition_id == edition.id
                )
            )
            uses = s.scalar(
                select(func.count()).select_from(UsedCode).where(UsedCode.edition_id == edition.id)
            )
            by_channel = {
                str(channel): n
                for channel, n in s.execute(
                    select(Ballot.channel, func.count())
                    .where(Ballot.edition_id == edition.id)
                    .group_by(Ballot.channel)
                )
            }
            by_site = {
                name or "": n
                for name, n in s.execute(
                    select(Site.name, func.count())
                    .select_from(Ballot)
                    .outerjoin(Site, Site.id == Ballot.site_id)
                    .where(Ballot.edition_id == edition.id)
                    .group_by(Site.name)
                )
            }
        return Reconciliation(
            int(issued or 0),
            int(used or 0),
            by_channel,
            by_site,
            extra_uses=int(uses or 0) - int(used or 0),
            held_here=self._box.count(),
        )

    # ---------------------------------------------------------------- helpers

    def _edition(self, s: Session, edition_id: str) -> BudgetEdition:
        return found(s.get(BudgetEdition, edition_id), "edition", edition_id)

    def _check_choices(self, s: Session, edition: BudgetEdition, chosen: list[str]) -> None:
        costs = dict(
            s.execute(
                select(Project.id, Project.cost_cents)
                .where(Project.edition_id == edition.id)
                .where(Project.status == ProjectStatus.ON_BALLOT)
            ).all()
        )
        found = rules.problems(
            edition.voting_method, edition.max_choices, edition.budget_cents, costs, chosen
        )
        if found:
            raise VoteRefused(choices=found)

    def _ballot(
        self, s: Session, edition: BudgetEdition, channel: BallotChannel, chosen: list[str]
    ) -> Ballot:
        return Ballot(
            id=str(uuid.uuid4()),
            edition_id=edition.id,
            channel=channel,
            site_id=_local(s, "site_id") or None,
            cast_on=self._today(),
            choices=json.dumps(rules.canonical(chosen)),
        )

    def _ballot_row(
        self, s: Session, edition: BudgetEdition, channel: BallotChannel, chosen: list[str]
    ) -> dict[str, object]:
        """A kiosk ballot as the ballot box keeps it: a random id, the day, the choices in a
        fixed order."""
        return {
            "id": str(uuid.uuid4()),
            "edition_id": edition.id,
            "channel": channel.value,
            "site_id": _local(s, "site_id") or None,
            "cast_on": self._today().isoformat(),
            "choices": json.dumps(rules.canonical(chosen)),
        }

    # ---------------------------------------------------------------- pictures

    def picture(self, picture_hash: str | None) -> bytes | None:
        """A project's picture (verified bytes), or None while it is not on this machine
        (it comes with the next sync): the kiosk then draws a coloured tile."""
        if not picture_hash:
            return None
        return BlobStore.for_database(self._db.path).get(picture_hash)


def _paper_ballot_id(edition: BudgetEdition, serial: str) -> str:
    """Derived from the serial: the same ballot typed on two machines is one row."""
    return id_for_key("paper_ballot", f"{edition.id}:{serial}")


def _used_in(s: Session, edition_id: str, value: str) -> bool:
    return (
        s.scalar(
            select(UsedCode.id)
            .where(UsedCode.edition_id == edition_id)
            .where(UsedCode.code_hash == value)
            .limit(1)
        )
        is not None
    )


def _codes_of(s: Session, batch: CodeBatch) -> list[str]:
    """A batch's codes, from the key this machine keeps to print it (NotPrintableHere)."""
    key = s.get(LocalSetting, REPRINT_PREFIX + batch.id)
    if key is None or not key.value:
        raise NotPrintableHere(batch.id)
    raw = bytes.fromhex(key.value)
    if batch.prefix:  # a batch made before version 0.3: 20-character codes
        return codes.legacy_batch_codes(raw, batch.prefix, batch.size)
    return codes.batch_codes(raw, batch.size)


# --------------------------------------------------------------------------- counting


def tally_method(method: VotingMethod):  # noqa: ANN201 - the tally's own enum
    """The tally's name for an edition's voting method (the tally also knows point ballots,
    which an edition does not store)."""
    from citizenspace.domain.budget import tally

    return tally.VotingMethod(method.value.replace("_", "-"))


class RecordProblem(StrEnum):
    """Why an outcome was not recorded."""

    #: The edition is not past its vote: ballots may still come. Recording needs the
    #: coordinator's explicit override, which is written to the audit log.
    VOTE_NOT_CLOSED = "vote_not_closed"
    #: A "what if" count, under another rule than the one the edition declared.
    NOT_DECLARED_RULE = "not_declared_rule"
    #: The ballots changed since this count (a sync brought some): count again.
    STALE = "stale"


class RecordRefused(ServiceError):
    """Nothing was recorded; `problem` says why."""

    def __init__(self, problem: RecordProblem) -> None:
        self.problem = problem
        super().__init__(f"results not recorded: {problem.value}")


#: Audit actions of the results: recorded once the vote was closed, or while it was open
#: (the coordinator's override).
ACTION_RESULTS_RECORDED = "budget.results_recorded"
ACTION_RESULTS_RECORDED_VOTE_OPEN = "budget.results_recorded_vote_open"
#: The steps at which an edition's vote is over.
VOTE_CLOSED_PHASES = frozenset({EditionPhase.RESULTS, EditionPhase.CLOSED})


@dataclass(frozen=True, slots=True)
class CountingTerms:
    """What the results page must know before it offers to record a count: the rule the
    edition declared before its vote (Equal Shares comes with its add-one completion, as
    published), and whether the vote is over."""

    rule: OutcomeRule
    completion: bool
    phase: EditionPhase

    @property
    def vote_closed(self) -> bool:
        return self.phase in VOTE_CLOSED_PHASES

    def declares(self, rule: OutcomeRule, completion: bool) -> bool:
        """Whether a count under `rule` (and `completion`) is the edition's declared one;
        any other is a "what if", for comparison only."""
        if rule is not self.rule:
            return False
        return rule is not OutcomeRule.EQUAL_SHARES or completion == self.completion


@dataclass(frozen=True, slots=True)
class CountCautions:
    """What the results page must say beside a count: codes used twice (and the ballots they
    may have added), kiosks keeping ballots that cannot leave, ballots waiting here."""

    double_uses: tuple[DoubleUse, ...]
    held_elsewhere: tuple[HeldBallots, ...]
    held_here: int


class BudgetCounting:
    """Counting an edition's ballots under its budget, and recording the outcome.

    Money is counted in cents, exactly. Equal Shares' completion raises every share one
    euro at a time (100 cents), as the published rule says "add one" in the budget's unit.

    Any rule can be counted, to compare ("what if"); only the edition's declared rule is
    recorded, and only once its vote is closed, unless the coordinator overrides that, which
    the audit log keeps. The rules hold here, whatever screen or script calls.
    """

    def __init__(self, db: Database, now: Callable[[], datetime] | None = None) -> None:
        self._db = db
        self._now = now or (lambda: datetime.now().replace(microsecond=0))

    def cautions(self, edition_id: str) -> CountCautions:
        budget = BudgetService(self._db)
        return CountCautions(
            tuple(budget.double_uses(edition_id)),
            tuple(budget.held_elsewhere(edition_id)),
            budget.held_in_box(),
        )

    def terms(self, edition_id: str) -> CountingTerms:
        with self._db.read() as s:
            return _terms(_counted_edition(s, edition_id))

    def election(self, edition_id: str):  # noqa: ANN201 - tally.Election
        with self._db.read() as s:
            return _election(s, _counted_edition(s, edition_id))

    def count(self, edition_id: str, rule: OutcomeRule, completion: bool = True):  # noqa: ANN201
        """The outcome under `rule` (a `tally.TallyResult`), computed afresh from the ballots."""
        return _tally(self.election(edition_id), rule, completion)

    def record(
        self,
        edition_id: str,
        result,  # noqa: ANN001 - tally.TallyResult
        *,
        vote_open_confirmed: bool = False,
        actor: str = "",
    ) -> str:
        """Keep an outcome for the record (insert-only, it syncs), mark the funded projects,
        and write who did it to the audit log. Returns the record's id.

        Refused (`RecordRefused`, nothing written) when `result` was counted under another
        rule than the edition's, when the ballots no longer give `result`, or when the
        vote is not closed and `vote_open_confirmed` is not set."""
        rule = OutcomeRule.EQUAL_SHARES if str(result.rule) == "mes" else OutcomeRule.GREEDY
        with self._db.write() as s:
            edition = _counted_edition(s, edition_id)
            terms = _terms(edition)
            if not terms.declares(rule, bool(result.completion)):
                raise RecordRefused(RecordProblem.NOT_DECLARED_RULE)
            if not terms.vote_closed and not vote_open_confirmed:
                raise RecordRefused(RecordProblem.VOTE_NOT_CLOSED)
            # Recounted inside the transaction: what is recorded is what the ballots say
            # now, and the coordinator saw exactly that.
            fresh = _tally(_election(s, edition), rule, bool(result.completion))
            if _outcome_key(fresh) != _outcome_key(result):
                raise RecordRefused(RecordProblem.STALE)
            ident = str(uuid.uuid4())
            at = self._now()
            s.add(
                BudgetResult(
                    id=ident,
                    edition_id=edition.id,
                    rule=rule,
                    computed_at=at,
                    funded=json.dumps(list(fresh.funded)),
                    explanation=json.dumps(
                        {
                            o.project_id: {"reason": str(o.reason), "votes": o.votes}
                            for o in fresh.projects
                        },
                        sort_keys=True,
                    ),
                )
            )
            funded = set(fresh.funded)
            for project in s.scalars(select(Project).where(Project.edition_id == edition.id)):
                if project.id in funded and project.status is ProjectStatus.ON_BALLOT:
                    project.status = ProjectStatus.FUNDED
            _audit_record(s, at, actor, edition, terms, fresh, ident)
            return ident


def _counted_edition(s: Session, edition_id: str) -> BudgetEdition:
    return found(s.get(BudgetEdition, edition_id), "edition", edition_id)


def _terms(edition: BudgetEdition) -> CountingTerms:
    return CountingTerms(rule=edition.outcome_rule, completion=True, phase=edition.phase)


def _election(s: Session, edition: BudgetEdition):  # noqa: ANN202 - tally.Election
    from citizenspace.domain.budget import tally

    projects = tuple(
        tally.Project(p.id, p.cost_cents, p.title)
        for p in s.scalars(
            select(Project)
            .where(Project.edition_id == edition.id)
            .where(
                Project.status.in_(
                    (ProjectStatus.ON_BALLOT, ProjectStatus.FUNDED, ProjectStatus.DONE)
                )
            )
            .order_by(Project.ballot_order, Project.id)
        )
    )
    # Each ballot as the count reads it: its projects once each, in order, one point each.
    ballots = tuple(
        tuple((str(pid), 1) for pid in sorted(set(json.loads(choices))))
        for choices in s.scalars(
            select(Ballot.choices).where(Ballot.edition_id == edition.id).order_by(Ballot.id)
        )
    )
    return tally.Election(
        budget=edition.budget_cents,
        projects=projects,
        ballots=ballots,
        method=tally_method(edition.voting_method),
        draw_seed=edition.tie_break_seed or edition.id,
    )


def _tally(election, rule: OutcomeRule, completion: bool):  # noqa: ANN001, ANN202 - tally types
    from citizenspace.domain.budget import tally

    if rule is OutcomeRule.EQUAL_SHARES:
        return tally.equal_shares(election, completion=completion, increment=100)
    return tally.greedy(election)


def _outcome_key(result) -> tuple:  # noqa: ANN001 - tally.TallyResult
    """What a recorded outcome says: the ballots counted, the funded projects in order,
    and every project's votes and reason."""
    return (
        result.voters,
        tuple(result.funded),
        tuple((o.project_id, o.votes, str(o.reason)) for o in result.projects),
    )


def _audit_record(
    s: Session,
    at: datetime,
    actor: str,
    edition: BudgetEdition,
    terms: CountingTerms,
    result,  # noqa: ANN001 - tally.TallyResult
    record_id: str,
) -> None:
    """The audit entry of a recording: who, which edition, at which step, under which rule,
    and what was funded. Ballots are counted, never described."""
    from citizenspace.services.common.audit import who_acts
    from citizenspace.store.models import AuditEntry

    s.add(
        AuditEntry(
            at=at,
            actor=(actor or who_acts(s))[:120],
            action=ACTION_RESULTS_RECORDED
            if terms.vote_closed
            else ACTION_RESULTS_RECORDED_VOTE_OPEN,
            subject=edition.id,
            details=json.dumps(
                {
                    "record": record_id,
                    "phase": edition.phase.value,
                    "vote_closed": terms.vote_closed,
                    "rule": terms.rule.value,
                    "completion": bool(result.completion),
                    "ballots": result.voters,
                    "funded": list(result.funded),
                },
                sort_keys=True,
            ),
        )
    )
