"""Printing the vote's paper: voting slips of a code batch, and paper ballots.

The words come from the caller, already translated (the printing layer knows no Qt). A PDF
is written to a temporary file next to the target and moved into place only when complete:
a full disk, a locked file or a cancelled job never leaves half a document under the name
the user chose, and never marks a batch as printed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from citizenspace.domain.budget import codes
from citizenspace.services.budget.budget import BudgetService
from citizenspace.services.common.errors import ServiceError, found
from citizenspace.store.database import Database
from citizenspace.store.models import BudgetEdition, CodeBatch, Site

#: The most paper ballots printed in one go.
MAX_BALLOTS = 5_000


class PrintFailed(ServiceError):
    """The document could not be written; nothing was left under the target's name."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason  # "too_long" | "cannot_write"
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SlipWords:
    heading: str
    instructions: Sequence[str]
    document_title: str
    language: str


@dataclass(frozen=True, slots=True)
class BallotWords:
    heading: str
    rule: str
    instructions: Sequence[str]
    serial_label: str
    document_title: str
    language: str


def _atomic_pdf(target: Path, write: Callable[[str], int]) -> int:
    from citizenspace.printing.ballots import BallotTooLong

    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".citizenspace-", suffix=".pdf", dir=target.parent)
    except OSError as exc:
        raise PrintFailed("cannot_write", str(exc)) from exc
    os.close(fd)
    try:
        pages = write(tmp)
        os.replace(tmp, target)
    except BallotTooLong as exc:
        raise PrintFailed("too_long", str(exc)) from exc
    except OSError as exc:
        raise PrintFailed("cannot_write", str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return pages


def _first_sentence(text: str) -> str:
    """The easy-read text's first sentence: one idea, which is all a ballot has room for."""
    first = text.strip().split(". ")[0].strip()
    return first if not first or first.endswith((".", "!", "?")) else first + "."


class BudgetPrinting:
    def __init__(self, db: Database, budget: BudgetService | None = None) -> None:
        self._db = db
        self._budget = budget or BudgetService(db)

    def slips(
        self,
        batch_id: str,
        target: Path,
        words: SlipWords,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """The slips of one batch as a PDF; the batch is then marked printed. Returns pages."""
        # ReportLab and qrcode load when something is printed, not with the window.
        from citizenspace.printing.slips import SlipSheet, write_slips

        batch_codes = self._budget.batch_codes(batch_id)
        with self._db.read() as s:
            batch = found(s.get(CodeBatch, batch_id), "batch", batch_id)
            edition = found(s.get(BudgetEdition, batch.edition_id), "edition", batch.edition_id)
            site = s.get(Site, batch.site_id) if batch.site_id else None
            sheet = SlipSheet(
                edition_title=edition.title,
                site_name=site.name if site else batch.label,
                codes=[codes.format_code(c) for c in batch_codes],
                instructions=tuple(words.instructions),
                heading=words.heading,
                language=words.language,
                document_title=words.document_title,
            )
        pages = _atomic_pdf(target, lambda path: write_slips(sheet, path, progress))
        self._budget.mark_printed(batch_id)
        return pages

    def ballots(
        self,
        edition_id: str,
        count: int,
        target: Path,
        words: BallotWords,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """`count` paper ballots, each with its own serial. Returns pages."""
        from citizenspace.printing.ballots import BallotProject, BallotSheet, write_ballots

        if not 1 <= count <= MAX_BALLOTS:
            raise ValueError(f"1 to {MAX_BALLOTS} ballots at a time")
        ballot = self._budget.ballot(edition_id)
        key = self._budget.paper_key(edition_id)
        serials = codes.new_serials(key, count)
        sheet = BallotSheet(
            edition_title=ballot.title,
            projects=[
                BallotProject(p.title, _first_sentence(p.easy_read), Decimal(p.cost_cents) / 100)
                for p in ballot.projects
            ],
            serials=serials,
            rule=words.rule,
            site_name=ballot.site_name,
            heading=words.heading,
            instructions=tuple(words.instructions),
            serial_label=words.serial_label,
            language=words.language,
            document_title=words.document_title,
        )
        return _atomic_pdf(target, lambda path: write_ballots(sheet, path, progress))
