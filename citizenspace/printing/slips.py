"""Voting slips: the cards a child takes to the kiosk, eight to an A4 page, with cut marks.

Each slip carries its code twice, as a QR code for the kiosk's camera or a hand scanner and
as text for typing, four short numbered steps a ten-year-old can follow, and the site and the
edition, so a coordinator can tell batches apart on the table.

The caller passes every word already translated (this layer knows no Qt); the English
defaults below are the source strings. French example::

    SlipSheet(
        edition_title="Budget participatif des enfants 2025",
        site_name="Centre social Europe",
        codes=batch_codes,
        heading="Ta carte pour voter",
        instructions=(
            "Va à la borne de vote.",
            "Montre cette carte à la caméra, ou tape le code.",
            "Choisis tes projets.",
            "Appuie sur Valider.",
        ),
        language="fr",
    )
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from citizenspace.domain.budget.codes import format_code, normalise
from citizenspace.printing import text as tx
from citizenspace.printing.fonts import MONO_BOLD, SANS, SANS_BOLD, register_fonts
from citizenspace.printing.qr import QUIET_ZONE, draw_qr, qr_matrix

DEFAULT_INSTRUCTIONS = (
    "Go to the voting kiosk.",
    "Show this card to the camera, or type the code.",
    "Choose your projects.",
    "Press Confirm.",
)

COLUMNS = 2
ROWS = 4
SLIPS_PER_PAGE = COLUMNS * ROWS
#: White paper around the grid: most office printers cannot print the last 4-5 mm.
PAGE_MARGIN = 10 * mm
#: Inside each slip, so that a cut a little off the line never touches the text.
PADDING = 5 * mm
#: QR module size: as large as the slip allows, for webcams at arm's length, never under
#: the 0.5 mm DESIGN.md asks for.
MAX_QR_MODULE = 1.0 * mm
MIN_QR_MODULE = 0.6 * mm
LINE = 1.25
STEP_GAP = 0.35

INK = (0, 0, 0)
SOFT_INK = (0.25, 0.25, 0.25)
CUT_GREY = (0.6, 0.6, 0.6)


@dataclass(frozen=True)
class SlipSheet:
    """Everything printed on a batch of slips, as plain strings (already translated).

    ``codes`` are canonical or formatted voting codes, each printed on one slip in the given
    order; ``language`` is a code such as ``fr`` (PDF metadata, for screen readers).
    """

    edition_title: str
    site_name: str
    codes: Sequence[str]
    instructions: Sequence[str] = DEFAULT_INSTRUCTIONS
    heading: str = "Your voting card"
    language: str = "en"
    document_title: str = "Voting slips"
    _canonical: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        canonical = tuple(normalise(c) for c in self.codes)
        if len(set(canonical)) != len(canonical):
            raise ValueError("a batch of slips holds each code once")
        object.__setattr__(self, "codes", tuple(self.codes))
        object.__setattr__(self, "instructions", tuple(self.instructions))
        object.__setattr__(self, "_canonical", canonical)

    @property
    def canonical_codes(self) -> tuple[str, ...]:
        return self._canonical


def page_count(count: int) -> int:
    return max(1, -(-count // SLIPS_PER_PAGE))


def write_slips(
    sheet: SlipSheet,
    target: str | os.PathLike[str] | BinaryIO,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the slips PDF to a path or a binary file; return the number of pages.

    ``progress(done, total)`` is called after each page, so a view can show a bar; raising
    from it cancels, and nothing is written to ``target`` then.
    """
    register_fonts()
    width, height = A4
    canvas = Canvas(
        os.fspath(target) if isinstance(target, str | os.PathLike) else target,
        pagesize=A4,
        pageCompression=1,
        lang=sheet.language,
    )
    canvas.setTitle(f"{sheet.document_title} — {sheet.edition_title} — {sheet.site_name}")
    canvas.setSubject(sheet.edition_title)
    canvas.setCreator("Citizen Space")
    slip_w = (width - 2 * PAGE_MARGIN) / COLUMNS
    slip_h = (height - 2 * PAGE_MARGIN) / ROWS
    layout = _SlipLayout(sheet, slip_w, slip_h)
    codes = sheet.canonical_codes
    total = len(codes)
    pages = page_count(total)
    for page in range(pages):
        chunk = codes[page * SLIPS_PER_PAGE : (page + 1) * SLIPS_PER_PAGE]
        _cut_marks(canvas, width, height, slip_w, slip_h, rows=-(-len(chunk) // COLUMNS))
        for i, code in enumerate(chunk):
            col, row = i % COLUMNS, i // COLUMNS
            x = PAGE_MARGIN + col * slip_w
            y = height - PAGE_MARGIN - (row + 1) * slip_h
            layout.draw(canvas, x, y, code)
        canvas.showPage()
        if progress is not None:
            progress(min(total, (page + 1) * SLIPS_PER_PAGE), total)
    canvas.save()
    return pages


class _SlipLayout:
    """Positions and sizes shared by every slip of a sheet, worked out once.

    From the top: heading, edition and site, then the QR code beside the numbered steps,
    centred in the room left, and the code in text along the bottom edge.
    """

    def __init__(self, sheet: SlipSheet, slip_w: float, slip_h: float) -> None:
        inner_w = slip_w - 2 * PADDING
        self.slip_w, self.slip_h = slip_w, slip_h
        self.heading, self.heading_size = tx.one_line(sheet.heading, SANS_BOLD, 15, 10, inner_w)
        # Edition and site on one line if they fit, else one line each: the site is what
        # tells two batches apart on the coordinator's table, it is never cut first.
        parts = [p for p in (sheet.edition_title, sheet.site_name) if p]
        self.place_size = 9.0
        self.place = [" · ".join(parts)]
        if tx.width(self.place[0], SANS, self.place_size) > inner_w:
            self.place_size = 8.5
            self.place = [tx.one_line(p, SANS, 8.5, 7, inner_w)[0] for p in parts]
        # Offsets from the slip's top-left corner (down is positive).
        self.heading_down = PADDING + 0.76 * self.heading_size  # DejaVu's cap height
        self.place_down = self.heading_down + 1.45 * self.place_size
        self.place_down += (len(self.place) - 1) * 1.2 * self.place_size
        longest = max((len(c) for c in sheet.canonical_codes), default=20)
        self.code_size = tx.fit_size(format_code("0" * longest), MONO_BOLD, 19, 9, inner_w)
        self.code_up = PADDING  # baseline above the slip's bottom edge

        # The QR block fills the room between the two text parts, quiet zone included.
        room_top = self.place_down + 0.25 * self.place_size
        room_bottom = slip_h - self.code_up - 0.76 * self.code_size
        room = room_bottom - room_top
        # Letters and digits: the QR's alphanumeric mode (all digits would make a smaller one).
        modules = qr_matrix("Z" * longest).size + 2 * QUIET_ZONE
        self.module = max(min(MAX_QR_MODULE, room / modules), MIN_QR_MODULE)
        self.qr_side = modules * self.module
        self.qr_down = room_top + (room - self.qr_side) / 2
        quiet = QUIET_ZONE * self.module
        # The quiet zone may lie in the padding: the dark modules line up with the text.
        self.qr_left = PADDING - quiet
        self.steps_left = self.qr_left + self.qr_side
        steps_w = slip_w - PADDING - self.steps_left
        dark = self.qr_side - 2 * quiet
        self.steps_size, self.steps = _fit_steps(sheet.instructions, steps_w, room)
        self.steps_h = _steps_height(self.steps, self.steps_size)
        middle = self.qr_down + quiet + dark / 2
        self.steps_down = max(room_top, middle - self.steps_h / 2)

    def draw(self, canvas: Canvas, x: float, y: float, code: str) -> None:
        top = y + self.slip_h
        canvas.setFillColorRGB(*INK)
        canvas.setFont(SANS_BOLD, self.heading_size)
        canvas.drawString(x + PADDING, top - self.heading_down, self.heading)
        canvas.setFillColorRGB(*SOFT_INK)
        canvas.setFont(SANS, self.place_size)
        baseline = top - self.place_down + (len(self.place) - 1) * 1.2 * self.place_size
        for line in self.place:
            canvas.drawString(x + PADDING, baseline, line)
            baseline -= 1.2 * self.place_size
        canvas.setFillColorRGB(*INK)

        matrix = qr_matrix(code)
        side = matrix.side(self.module)
        qr_bottom = top - self.qr_down - (self.qr_side + side) / 2
        draw_qr(canvas, matrix, x + self.qr_left, qr_bottom, self.module)

        size = self.steps_size
        indent = tx.width("8. ", SANS_BOLD, size)
        baseline = top - self.steps_down - 0.76 * size
        for number, lines in self.steps:
            canvas.setFont(SANS_BOLD, size)
            canvas.drawString(x + self.steps_left, baseline, number)
            canvas.setFont(SANS, size)
            for line in lines:
                canvas.drawString(x + self.steps_left + indent, baseline, line)
                baseline -= size * LINE
            baseline -= size * STEP_GAP

        canvas.setFont(MONO_BOLD, self.code_size)
        canvas.drawCentredString(x + self.slip_w / 2, y + self.code_up, format_code(code))


Steps = list[tuple[str, list[str]]]


def _steps_height(steps: Steps, size: float) -> float:
    lines = sum(len(lines) for _, lines in steps)
    return (lines - 1) * size * LINE + (len(steps) - 1) * size * STEP_GAP + size


def _fit_steps(
    instructions: Sequence[str], max_width: float, max_height: float
) -> tuple[float, Steps]:
    """Numbered steps wrapped at the largest size (12 pt down to 7 pt) that fits the room.

    Large first: easy-read guidance for children asks for big, plain type.
    """
    size = 12.0
    while True:
        indent = tx.width("8. ", SANS_BOLD, size)
        steps = [
            (f"{i}.", tx.wrap_balanced(step, SANS, size, max_width - indent))
            for i, step in enumerate(instructions, start=1)
        ]
        if _steps_height(steps, size) <= max_height or size <= 7:
            return size, steps
        size -= 0.5


def _cut_marks(
    canvas: Canvas, width: float, height: float, slip_w: float, slip_h: float, rows: int
) -> None:
    """Dashed grey lines between slips, for scissors, and solid marks beyond the grid on
    every cut line, for a guillotine (where the dashes are hidden under the blade). On a
    last page that is not full, only the rows in use are marked."""
    left, right = PAGE_MARGIN, width - PAGE_MARGIN
    top = height - PAGE_MARGIN
    bottom = top - rows * slip_h
    xs = [left + c * slip_w for c in range(COLUMNS + 1)]
    ys = [top - r * slip_h for r in range(rows + 1)]
    canvas.saveState()
    canvas.setStrokeColorRGB(*CUT_GREY)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 3)
    for x in xs:
        canvas.line(x, bottom, x, top)
    for y in ys:
        canvas.line(left, y, right, y)
    canvas.setDash()
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(0.5)
    gap, length = 2 * mm, 6 * mm
    for x in xs:
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, bottom - gap, x, bottom - gap - length)
    for y in ys:
        canvas.line(left - gap, y, left - gap - length, y)
        canvas.line(right + gap, y, right + gap + length, y)
    canvas.restoreState()
