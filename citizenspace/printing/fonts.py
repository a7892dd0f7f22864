"""The fonts our PDFs embed, shipped in ``citizenspace.resources/fonts``.

Why embedded TTF and not ReportLab's built-in Helvetica: the base-14 fonts have no narrow
no-break space (U+202F, French thousands) and depend on the reader's substitutes; DejaVu has
every French character, and an embedded subset prints the same on every machine.
DejaVu Sans Mono Bold prints voting codes: fixed width keeps the groups aligned, and its
zero is dotted, so 0 and O, 1 and I can never be mistaken (our alphabet has neither O nor I,
but a child does not know that).
"""

from __future__ import annotations

import threading
from importlib import resources
from importlib.resources.abc import Traversable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO_BOLD = "DejaVuSansMono-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def font_file(name: str) -> Traversable:
    """The packaged TTF file of one of our font names (works from a wheel or a zip too)."""
    return resources.files("citizenspace.resources") / "fonts" / _FILES[name]


def register_fonts() -> None:
    """Make our fonts known to ReportLab, once per process; cheap to call before every PDF.

    Thread-safe, since PDFs are made off the GUI thread. The font bytes are read from the
    package, not from a path, so this also works when the package is zipped.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name in _FILES:
            with font_file(name).open("rb") as data:
                pdfmetrics.registerFont(TTFont(name, data))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD)
        _registered = True
