"""QR codes drawn as vectors on a ReportLab canvas.

Why these choices (DESIGN.md, "Printing"): error correction H, so a slip folded in a pocket,
creased or marked with a pen still scans; modules of at least 0.5 mm, so a kiosk's webcam and
a cheap printer both manage; a quiet zone of 4 modules, which the caller keeps free of ink.
A 20-character code in upper-case Crockford base32 fits QR's alphanumeric mode, so it is a
small version 2 symbol (25 x 25 modules) even at level H.

Why not simply ``qrcode.QRCode().make()``: it tries the 8 mask patterns by building the
symbol 8 times and scoring each with a pure-Python loop, about 3 ms a code, 3 of the 5
seconds that 1,000 slips may take. Here the symbol is built once (mask 0) and the other
masks are XOR-ed on as whole-symbol bit strings (a mask flips data modules and rewrites the
format bits, neither of which depends on the data, so the difference between two masks is
the same for every symbol of one version and level); the penalty rules of ISO/IEC 18004
(the same rules and the same tie-break as the qrcode package, which a test checks module
for module) are then counted with bit operations on Python integers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import qrcode
import qrcode.constants
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4
MIN_MODULE_MM = 0.5
MASKS = 8
_LEVEL = qrcode.constants.ERROR_CORRECT_H
# Finder-like runs (1:1:3:1:1 with 4 light modules on one side), first module first.
_FINDER_LIKE = ("10111010000", "00001011101")


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """The modules of one symbol, row by row from the top, True for dark (no quiet zone)."""

    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        return len(self.rows)

    def side(self, module: float) -> float:
        """Width of the symbol and its quiet zone, for a module of ``module`` points."""
        return (self.size + 2 * QUIET_ZONE) * module


def qr_matrix(text: str) -> QrMatrix:
    """The QR symbol of ``text`` at error correction H, smallest version that holds it,
    with the mask pattern of lowest penalty (ISO/IEC 18004, as the qrcode package picks)."""
    qr = qrcode.QRCode(error_correction=_LEVEL, border=0, mask_pattern=0)
    qr.add_data(text)
    qr.make(fit=True)
    n = len(qr.modules)
    shape = _Shape.of(n)
    rows0 = shape.pack(qr.modules)
    cols0 = shape.pack(list(zip(*qr.modules, strict=True)))
    best_score, best_rows = -1, 0
    for score_rows, score_cols, final_rows, _ in _mask_differences(qr.version):
        score = shape.penalty(rows0 ^ score_rows, cols0 ^ score_cols)
        if best_score < 0 or score < best_score:
            best_score, best_rows = score, rows0 ^ final_rows
    return QrMatrix(shape.unpack(best_rows))


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, module: float) -> float:
    """Draw ``matrix`` with its lower-left quiet-zone corner at (x, y); return the side.

    All dark modules go into one path, one rectangle per horizontal run, filled once: no
    hairline seams between neighbouring squares when a viewer anti-aliases. The path is
    written as PDF operators in module units (short integers), which keeps 1,000 slips fast.
    """
    if module < MIN_MODULE_MM * mm - 1e-9:
        raise ValueError(f"QR modules must be at least {MIN_MODULE_MM} mm")
    n = matrix.size
    ops = []
    for r, row in enumerate(matrix.rows):
        top = n - 1 - r
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start} {top} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.translate(x + QUIET_ZONE * module, y + QUIET_ZONE * module)
    canvas.scale(module, module)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()
    return matrix.side(module)


@dataclass(frozen=True, slots=True)
class _Shape:
    """Bit layout of an n x n symbol in one integer: line i, module j is bit i*W + j.

    Lines are separated by padding bits (W = n + 11 > n), and each rule masks its matches
    to positions that lie within one line, so nothing is counted across a line's end.
    """

    n: int
    stride: int
    run_valid: int  # positions i with i and i+1 on one line
    block_valid: int  # the same, on every line but the last
    finder_valid: int  # positions where 11 modules fit on the line

    @classmethod
    @cache
    def of(cls, n: int) -> _Shape:
        w = n + 11

        def lines(width: int, count: int) -> int:
            return sum(((1 << width) - 1) << (i * w) for i in range(count))

        return cls(n, w, lines(n - 1, n), lines(n - 1, n - 1), lines(n - 10, n))

    def pack(self, lines) -> int:
        value = 0
        for i, line in enumerate(lines):
            bits = 0
            for j, dark in enumerate(line):
                if dark:
                    bits |= 1 << j
            value |= bits << (i * self.stride)
        return value

    def unpack(self, value: int) -> tuple[tuple[bool, ...], ...]:
        n, w = self.n, self.stride
        return tuple(tuple(bool(value >> (i * w + j) & 1) for j in range(n)) for i in range(n))

    def penalty(self, rows: int, cols: int) -> int:
        """N1 + N2 + N3 + N4 of ISO/IEC 18004 (7.8.3), as qrcode.util.lost_point counts."""
        score = self._runs(rows) + self._runs(cols)
        score += self._finder_like(rows) + self._finder_like(cols)
        # N2: 2 x 2 blocks of one colour, 3 points each.
        below = rows >> self.stride
        same_down = ~(rows ^ below)
        same_right = ~(rows ^ (rows >> 1))
        score += 3 * (same_down & (same_down >> 1) & same_right & self.block_valid).bit_count()
        # N4: 10 points for every whole 5 % that dark modules depart from half.
        percent = rows.bit_count() / self.n**2
        score += int(abs(percent * 100 - 50) / 5) * 10
        return score

    def _runs(self, lines: int) -> int:
        """N1: a run of L >= 5 modules of one colour costs L - 2 points.

        ``same`` marks each module equal to the next; a run of L modules is L - 1 marks in a
        row, and ``four`` marks the starts of 4 marks in a row: L - 4 of them per long run.
        L - 2 = (L - 4) + 2 per run, and each run ends with one ``four`` mark unfollowed.
        """
        same = ~(lines ^ (lines >> 1)) & self.run_valid
        four = same & (same >> 1) & (same >> 2) & (same >> 3)
        return four.bit_count() + 2 * (four & ~(four >> 1)).bit_count()

    def _finder_like(self, lines: int) -> int:
        """N3: 40 points for each 1:1:3:1:1 pattern with 4 light modules on one side."""
        inverse = ~lines
        found = 0
        for pattern in _FINDER_LIKE:
            match = self.finder_valid
            for j, ch in enumerate(pattern):
                match &= (lines if ch == "1" else inverse) >> j
            found += match.bit_count()
        return 40 * found


@cache
def _mask_differences(version: int) -> tuple[tuple[int, int, int, int], ...]:
    """For each mask k, what to XOR onto a mask-0 symbol (rows, then columns): to score it,
    and to print it.

    qrcode scores each mask on the symbol with its format bits left light (``makeImpl`` in
    test mode), so the scoring difference also clears mask 0's dark format bits. Taken from
    symbols of this version and level made by qrcode itself; a mask's difference does not
    depend on the data.
    """
    final, scored = [], []
    for k in range(MASKS):
        qr = qrcode.QRCode(version=version, error_correction=_LEVEL, border=0, mask_pattern=k)
        qr.add_data("0")
        qr.make(fit=False)
        final.append([list(row) for row in qr.modules])
        qr.makeImpl(True, k)
        scored.append([list(row) for row in qr.modules])
    shape = _Shape.of(len(final[0]))

    def both(matrix: list[list[bool]]) -> tuple[int, int]:
        return shape.pack(matrix), shape.pack(list(zip(*matrix, strict=True)))

    rows0, cols0 = both(final[0])
    out = []
    for k in range(MASKS):
        fr, fc = both(final[k])
        sr, sc = both(scored[k])
        out.append((rows0 ^ sr, cols0 ^ sc, rows0 ^ fr, cols0 ^ fc))
    return tuple(out)
