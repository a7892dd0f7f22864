"""Paper ballots: one A4 page per ballot, for sites that vote on paper.

A child reads the rule, ticks big boxes beside the projects and folds the page; staff later
scan or type the serial and enter the ticks. The serial (random, with a keyed check, see
``citizenspace.domain.budget.codes``) is printed as a QR code and as text, so each paper
ballot counts once and a photocopy is refused. The page asks the child not to write a name:
nothing on it may say who voted.

The caller passes every word already translated (this layer knows no Qt); the English
defaults below are the source strings. French example::

    BallotSheet(
        edition_title="Budget participatif des enfants 2025",
        site_name="Centre social Europe",
        projects=[BallotProject("Des nichoirs à oiseaux", "On installe des nichoirs.", 1200)],
        serials=serials,
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
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from citizenspace.domain.budget.codes import format_code, normalise
from citizenspace.domain.numbers import format_money
from citizenspace.printing import text as tx
from citizenspace.printing.fonts import MONO_BOLD, SANS, SANS_BOLD, register_fonts
from citizenspace.printing.qr import QUIET_ZONE, draw_qr, qr_matrix

DEFAULT_INSTRUCTIONS = (
    "Put a cross in the box of each project you choose.",
    "Do not write your name.",
    "Fold your ballot paper and put it in the ballot box.",
)

MARGIN = 15 * mm
QR_MODULE = 0.7 * mm
BOX = 11 * mm
BOX_LINE = 1.6
STEP_SIZE = 13.0
INK = (0, 0, 0)
SOFT_INK = (0.3, 0.3, 0.3)
RULE_TINT = (0.92, 0.92, 0.92)
SEPARATOR = (0.75, 0.75, 0.75)


@dataclass(frozen=True)
class BallotProject:
    """One project on the ballot: its title, one easy-read sentence, and its cost in euros."""

    title: str
    summary: str
    cost: int | Decimal


@dataclass(frozen=True)
class BallotSheet:
    """Everything printed on a run of paper ballots, as plain strings (already translated).

    One ballot per serial, projects in the given order (the order of the staff entry screen).
    ``rule`` says how many projects a child may tick, e.g. "Tick up to 3 projects.".
    """

    edition_title: str
    projects: Sequence[BallotProject]
    serials: Sequence[str]
    rule: str = "Tick up to 3 projects."
    site_name: str = ""
    heading: str = "Ballot paper"
    instructions: Sequence[str] = DEFAULT_INSTRUCTIONS
    serial_label: str = "Ballot number"
    language: str = "en"
    document_title: str = "Paper ballots"
    _canonical: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        canonical = tuple(normalise(s) for s in self.serials)
        if len(set(canonical)) != len(canonical):
            raise ValueError("each paper ballot has its own serial")
        if not self.projects:
            raise ValueError("a ballot lists at least one project")
        object.__setattr__(self, "projects", tuple(self.projects))
        object.__setattr__(self, "serials", tuple(self.serials))
        object.__setattr__(self, "instructions", tuple(self.instructions))
        object.__setattr__(self, "_canonical", canonical)

    @property
    def canonical_serials(self) -> tuple[str, ...]:
        return self._canonical


def _line_heights(rows: list[_Row], columns: int) -> list[float]:
    """Heights of the list's lines: in two columns, neighbours share a line, so the boxes
    and rules line up across the page (the eye and a ruler can follow them)."""
    per_column = -(-len(rows) // columns)
    return [
        max(
            rows[c * per_column + i].height
            for c in range(columns)
            if c * per_column + i < len(rows)
        )
        for i in range(per_column)
    ]


def _box(scale: float) -> float:
    """The tick box: at least 11 mm, a child's pen cross fits; larger when there is room."""
    return max(BOX, min(BOX * scale, 15 * mm))


class BallotTooLong(ValueError):
    """The projects do not fit one page, even in two columns of smaller type."""


def write_ballots(
    sheet: BallotSheet,
    target: str | os.PathLike[str] | BinaryIO,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the ballots PDF (one page per serial) to a path or a binary file.

    Returns the number of pages. ``progress(done, total)`` is called after each page;
    raising from it cancels, and nothing is written then. Raises :class:`BallotTooLong` when
    the project list cannot fit one page (about 24 projects with short texts).
    """
    register_fonts()
    width, height = A4
    layout = _BallotLayout(sheet, width, height)
    canvas = Canvas(
        os.fspath(target) if isinstance(target, str | os.PathLike) else target,
        pagesize=A4,
        pageCompression=1,
        lang=sheet.language,
    )
    canvas.setTitle(f"{sheet.document_title} — {sheet.edition_title}")
    canvas.setSubject(sheet.edition_title)
    canvas.setCreator("Citizen Space")
    total = len(sheet.canonical_serials)
    for i, serial in enumerate(sheet.canonical_serials, start=1):
        layout.draw(canvas, serial)
        canvas.showPage()
        if progress is not None:
            progress(i, total)
    canvas.save()
    return total


@dataclass
class _Row:
    title: list[str]
    summary: list[str]
    cost: str
    height: float


class _BallotLayout:
    """Where everything goes on the page, worked out once for the whole run."""

    def __init__(self, sheet: BallotSheet, width: float, height: float) -> None:
        self.sheet = sheet
        self.width, self.height = width, height
        inner = width - 2 * MARGIN
        self.inner = inner
        self.top_line, self.top_size = tx.one_line(
            " · ".join(p for p in (sheet.edition_title, sheet.site_name) if p),
            SANS,
            11,
            8,
            inner,
        )
        self.heading, self.heading_size = tx.one_line(sheet.heading, SANS_BOLD, 26, 16, inner)
        self.rule_size = 18.0
        self.rule_lines = tx.wrap_balanced(sheet.rule, SANS_BOLD, self.rule_size, inner - 8 * mm)
        self.steps = [tx.wrap(s, SANS, STEP_SIZE, inner - 8 * mm) for s in sheet.instructions]

        # Heights from the top margin down.
        y = MARGIN + self.top_size
        self.top_down = y
        y += 6 * mm + 0.76 * self.heading_size
        self.heading_down = y
        y += 5 * mm
        self.rule_box_down = y
        rule_h = len(self.rule_lines) * self.rule_size * 1.25 + 5 * mm
        self.rule_box_h = rule_h
        y += rule_h + 4 * mm
        self.steps_down = y
        y += sum(len(s) for s in self.steps) * STEP_SIZE * 1.3 + 3 * mm
        self.list_top = y

        self.qr_side = qr_matrix("0" * 12).side(QR_MODULE)
        footer_h = self.qr_side - 2 * QUIET_ZONE * QR_MODULE + 4 * mm
        self.list_bottom = height - MARGIN - footer_h
        self.columns, self.scale, self.rows = self._fit(sheet, self.list_bottom - self.list_top)

    def _fit(self, sheet: BallotSheet, room: float) -> tuple[int, float, list[_Row]]:
        # Largest type that fits: a short list gets bigger boxes and letters, easier for
        # young readers and for the staff who read the ticks back.
        for columns in (1, 2):
            for scale in (1.25, 1.15, 1.0, 0.92, 0.85, 0.78, 0.72):
                rows = self._rows(sheet, columns, scale)
                if sum(_line_heights(rows, columns)) <= room:
                    return columns, scale, rows
        raise BallotTooLong(
            f"{len(sheet.projects)} projects do not fit one ballot page; shorten their texts"
        )

    def column_width(self, columns: int) -> float:
        return (self.inner - (columns - 1) * 8 * mm) / columns

    def _rows(self, sheet: BallotSheet, columns: int, scale: float) -> list[_Row]:
        col_w = self.column_width(columns)
        text_w = col_w - _box(scale) - 5 * mm
        title_size, summary_size, cost_size = 14 * scale, 11.5 * scale, 14 * scale
        rows = []
        for project in sheet.projects:
            cost = format_money(project.cost, sheet.language)
            cost_w = tx.width(cost, SANS_BOLD, cost_size) + 4 * mm
            title = tx.wrap_balanced(project.title, SANS_BOLD, title_size, text_w - cost_w)
            summary = tx.wrap_balanced(project.summary, SANS, summary_size, text_w)
            text_h = len(title) * title_size * 1.2 + len(summary) * summary_size * 1.25
            height = max(_box(scale), text_h) + 6 * mm * scale
            rows.append(_Row(title, summary, cost, height))
        return rows

    def draw(self, canvas: Canvas, serial: str) -> None:
        top = self.height
        left = MARGIN
        canvas.setFillColorRGB(*SOFT_INK)
        canvas.setFont(SANS, self.top_size)
        canvas.drawString(left, top - self.top_down, self.top_line)
        canvas.setFillColorRGB(*INK)
        canvas.setFont(SANS_BOLD, self.heading_size)
        canvas.drawString(left, top - self.heading_down, self.heading)

        # The rule, on a grey band: the one thing every child must read.
        canvas.setFillColorRGB(*RULE_TINT)
        box_top = top - self.rule_box_down
        canvas.roundRect(left, box_top - self.rule_box_h, self.inner, self.rule_box_h, 3 * mm, 0, 1)
        canvas.setFillColorRGB(*INK)
        canvas.setFont(SANS_BOLD, self.rule_size)
        baseline = box_top - 2.5 * mm - 0.76 * self.rule_size
        for line in self.rule_lines:
            canvas.drawString(left + 4 * mm, baseline, line)
            baseline -= self.rule_size * 1.25

        canvas.setFont(SANS, STEP_SIZE)
        baseline = top - self.steps_down - 0.76 * STEP_SIZE
        for step in self.steps:
            for line in step:
                canvas.drawString(left + 4 * mm, baseline, line)
                baseline -= STEP_SIZE * 1.3

        self._draw_projects(canvas)
        self._draw_serial(canvas, serial)

    def _draw_projects(self, canvas: Canvas) -> None:
        col_w = self.column_width(self.columns)
        per_column = -(-len(self.rows) // self.columns)
        heights = _line_heights(self.rows, self.columns)
        s = self.scale
        title_size, summary_size, cost_size = 14 * s, 11.5 * s, 14 * s
        for c in range(self.columns):
            x = MARGIN + c * (col_w + 8 * mm)
            y = self.height - self.list_top
            canvas.setStrokeColorRGB(*SEPARATOR)
            canvas.setLineWidth(0.6)
            canvas.line(x, y, x + col_w, y)
            for row, line_height in zip(
                self.rows[c * per_column : (c + 1) * per_column], heights, strict=False
            ):
                pad = 3 * mm * s
                canvas.setStrokeColorRGB(*INK)
                canvas.setLineWidth(BOX_LINE)
                box = _box(s)
                canvas.rect(x + BOX_LINE, y - pad - box, box, box, stroke=1, fill=0)
                tx_x = x + box + 5 * mm
                baseline = y - pad - 0.76 * title_size
                canvas.setFont(SANS_BOLD, cost_size)
                canvas.drawRightString(x + col_w, baseline, row.cost)
                canvas.setFont(SANS_BOLD, title_size)
                for line in row.title:
                    canvas.drawString(tx_x, baseline, line)
                    baseline -= title_size * 1.2
                canvas.setFont(SANS, summary_size)
                baseline -= summary_size * 0.05
                for line in row.summary:
                    canvas.drawString(tx_x, baseline, line)
                    baseline -= summary_size * 1.25
                y -= line_height
                canvas.setStrokeColorRGB(*SEPARATOR)
                canvas.setLineWidth(0.6)
                canvas.line(x, y, x + col_w, y)

    def _draw_serial(self, canvas: Canvas, serial: str) -> None:
        matrix = qr_matrix(serial)
        side = matrix.side(QR_MODULE)
        quiet = QUIET_ZONE * QR_MODULE
        qr_x = self.width - MARGIN - side + quiet
        qr_y = MARGIN - quiet
        draw_qr(canvas, matrix, qr_x, qr_y, QR_MODULE)
        right = qr_x - 1 * mm
        canvas.setFillColorRGB(*SOFT_INK)
        canvas.setFont(SANS, 10)
        canvas.drawRightString(right, MARGIN + 9 * mm, self.sheet.serial_label)
        canvas.setFillColorRGB(*INK)
        canvas.setFont(MONO_BOLD, 15)
        canvas.drawRightString(right, MARGIN + 2 * mm, format_code(serial))
