"""What counts as a picture we accept: PNG, JPEG or SVG, at most 5 MB.

Why so strict: a project's picture is shown on every kiosk, to children, and travels through
the share to every machine of the city. Only formats that every machine can draw are taken,
recognised by their first bytes (never by the file's name), and an SVG only when it really
is an SVG document (its root element) with no entity declarations (the "billion laughs"
trick that makes a tiny file expand without end). Anything else is refused before a byte is
written, with a code the screens put into words. Whether a PNG or JPEG really reads, and
what metadata it loses on the way in, is `store.pictures`' part (it needs an image library).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from enum import StrEnum

#: The largest picture accepted: a good photo from a phone, reduced, fits well below it.
MAX_PICTURE_BYTES = 5 * 1024 * 1024

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_SVG_NS = "http://www.w3.org/2000/svg"
_UTF8_BOM = b"\xef\xbb\xbf"
#: Anything before the root element that may legally come first in an XML document.
_PROLOG = re.compile(rb"\s*(<\?xml[^>]*\?>\s*)?((<!--.*?-->|<!DOCTYPE[^>\[]*>)\s*)*", re.S)


class PictureKind(StrEnum):
    PNG = "png"
    JPEG = "jpeg"
    SVG = "svg"


class PictureProblem(StrEnum):
    EMPTY = "empty"
    TOO_BIG = "too_big"
    #: Neither PNG, JPEG nor SVG (a GIF, a PDF, a Word file, a renamed text file...).
    UNSUPPORTED = "unsupported"
    #: Starts like an SVG but is not a well-formed one, or declares entities.
    BAD_SVG = "bad_svg"
    #: Starts like a PNG or JPEG but cannot be read as one (damaged, cut short, another
    #: file under a picture's first bytes), or has more pixels than a photo could hold.
    UNREADABLE = "unreadable"


def picture_kind(data: bytes) -> PictureKind | None:
    """The picture's format from its first bytes (SVG: from its root element), else None."""
    if data.startswith(_PNG):
        return PictureKind.PNG
    if data.startswith(_JPEG):
        return PictureKind.JPEG
    if _looks_like_svg(data) and _svg_problem(data) is None:
        return PictureKind.SVG
    return None


def picture_problem(data: bytes) -> PictureProblem | None:
    """Why `data` is not a picture we accept, or None when it is one."""
    if not data:
        return PictureProblem.EMPTY
    if len(data) > MAX_PICTURE_BYTES:
        return PictureProblem.TOO_BIG
    if data.startswith(_PNG) or data.startswith(_JPEG):
        return None
    if _looks_like_svg(data):
        return _svg_problem(data)
    return PictureProblem.UNSUPPORTED


def _looks_like_svg(data: bytes) -> bool:
    """Does the first element of this (UTF-8) XML document open an <svg>?"""
    head = data[:4096].removeprefix(_UTF8_BOM)
    prolog = _PROLOG.match(head)
    rest = head[prolog.end() if prolog else 0 :]
    return re.match(rb"<([A-Za-z_][\w.-]*:)?svg[\s/>]", rest) is not None


def _svg_problem(data: bytes) -> PictureProblem | None:
    if b"<!ENTITY" in data.upper():
        return PictureProblem.BAD_SVG
    try:
        root = ET.fromstring(data.removeprefix(_UTF8_BOM))
    except (ET.ParseError, ValueError):
        return PictureProblem.BAD_SVG
    if root.tag not in (f"{{{_SVG_NS}}}svg", "svg"):
        return PictureProblem.BAD_SVG
    return None
