"""Read printed PDFs back as a scanner and a reader would: render pages with PDFium, decode
every QR code with ZXing, extract the text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Decoded:
    text: str
    ec_level: str
    page: int
    module_mm: float
    quiet_zone_clear: bool


def rendered_pages(path: Path, dpi: int) -> Iterator[Image.Image]:
    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            yield page.render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


def _quiet_zone_clear(image: Image.Image, barcode: zxingcpp.Barcode, module_px: float) -> bool:
    """No ink within 4 modules of the symbol (a pixel of slack for anti-aliasing)."""
    p = barcode.position
    xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
    ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
    left, right, top, bottom = min(xs) - 1, max(xs) + 2, min(ys) - 1, max(ys) + 2
    quiet = int(4 * module_px) - 1
    bands = [
        (left - quiet, top - quiet, right + quiet, top),  # above
        (left - quiet, bottom, right + quiet, bottom + quiet),  # below
        (left - quiet, top, left, bottom),  # left
        (right, top, right + quiet, bottom),  # right
    ]
    for box in bands:
        darkest, _ = image.crop(box).getextrema()
        if darkest < 160:
            return False
    return True


def decode_pdf(path: Path, dpi: int) -> list[Decoded]:
    """Every QR code on every page, with its error-correction level and module size."""
    found = []
    for number, image in enumerate(rendered_pages(path, dpi), start=1):
        for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            version = int(barcode.extra["Version"])
            modules = 4 * version + 17
            p = barcode.position
            module_px = (p.top_right.x - p.top_left.x) / modules
            found.append(
                Decoded(
                    text=barcode.text,
                    ec_level=barcode.ec_level,
                    page=number,
                    module_mm=module_px / dpi * MM_PER_INCH,
                    quiet_zone_clear=_quiet_zone_clear(image, barcode, module_px),
                )
            )
    return found


def pdf_pages_text(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def flat(text: str) -> str:
    """Text with line breaks and runs of plain spaces made single spaces (wrapped lines
    join up). Narrow no-break spaces are kept, they are part of what we check; PDFium
    may give a no-break space back as a plain one, so those become plain spaces."""
    text = text.replace("\r\n", " ").replace("\u00a0", " ")
    return " ".join(part for part in text.split(" ") if part)


@pytest.fixture
def read_pdf():
    """The helpers above, for the printing tests."""

    class Reader:
        decode = staticmethod(decode_pdf)
        text = staticmethod(pdf_pages_text)
        flat = staticmethod(flat)

    return Reader
