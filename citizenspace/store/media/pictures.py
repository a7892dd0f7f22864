"""What a picture keeps when it enters the application: its pixels, the right way up, and how
to show its colours; never who took it, where, when, or with what.

Why: a phone's photo of a pothole carries in its EXIF the phone owner's name, the GPS position
of where it was taken (often the citizen's home), the time and the phone's serial number; a
drawing made with an editor carries the author's name and the paths of their files. The city
keeps and exports these pictures, shows them on kiosks and sends them to other machines: none
of that may travel (issue 12, finding 3). So every picture is cleaned once, here, before it is
stored, and a file that only looks like a picture is refused.

How, without losing quality: a JPEG or PNG is rewritten segment by segment (chunk by chunk),
keeping what draws the picture (pixels, tables, colour profile, transparency) and dropping
everything else (EXIF, XMP, IPTC, comments, text chunks, embedded previews, bytes after the
end). Its pixels are not touched, so a clean picture comes out byte for byte the same and
keeps its name (content hash). Only a photo that asks to be turned (EXIF orientation) is
decoded, turned upright and encoded again, since the orientation goes with the EXIF. An SVG
loses its `<metadata>`, comments and editors' private elements and attributes. Pillow reads
every JPEG and PNG in full before and after: a damaged file, or one too large to open, is
refused with a code the screens put into words.
"""

from __future__ import annotations

import io
import struct
import warnings
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass

from citizenspace.domain.pictures import (
    PictureKind,
    PictureProblem,
    picture_kind,
    picture_problem,
)

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
#: Namespaces that draw: anything else in an SVG is an editor's or a catalogue's metadata.
_SVG_DRAWING = (_SVG_NS, _XLINK_NS, _XML_NS)
# Written again, an SVG keeps its usual names: elements in the default namespace, links
# under their usual prefix (Qt reads the attribute "xlink:href" by that very name).
# ElementTree keeps these in a table of its own, for the whole process: no other code here
# writes SVG or XLink.
ET.register_namespace("", _SVG_NS)
ET.register_namespace("xlink", _XLINK_NS)

#: PNG chunks that draw the picture (and its animation); every other chunk is dropped.
_PNG_DRAWING = frozenset(
    {
        b"IHDR",
        b"PLTE",
        b"IDAT",
        b"IEND",
        b"tRNS",
        b"gAMA",
        b"cHRM",
        b"sRGB",
        b"iCCP",
        b"cICP",
        b"mDCv",
        b"cLLi",
        b"sBIT",
        b"bKGD",
        b"pHYs",
        b"acTL",
        b"fcTL",
        b"fdAT",
    }
)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: JPEG application segments that draw: the JFIF header, the colour profile, Adobe's colour
#: transform (needed to read CMYK files). Other APPn (EXIF, XMP, IPTC, MPF previews) and
#: comments are dropped.
_JPEG_APP_DRAWING = {0xE0: b"JFIF\x00", 0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}
_EXIF_ORIENTATION = 0x0112
#: More pixels than any photo of at most 5 MB honestly holds (a 48-megapixel phone's full
#: resolution is under it): a larger one is a trap that would take gigabytes to open.
MAX_PIXELS = 60_000_000


class PictureRefused(ValueError):
    """The bytes are not a picture we accept (see `domain.pictures`); nothing was written."""

    def __init__(self, problem: PictureProblem) -> None:
        super().__init__(f"picture refused: {problem.value}")
        self.problem = problem


@dataclass(frozen=True, slots=True)
class CleanPicture:
    """Bytes that went through `clean_picture`: what `BlobStore.put_picture` stores as is."""

    data: bytes
    kind: PictureKind


class _Unreadable(Exception):
    pass


def clean_picture(data: bytes) -> CleanPicture:
    """The picture in `data` without its metadata, upright; raises `PictureRefused` for
    anything that is not a PNG, JPEG or SVG we can read (at most 5 MB, before and after)."""
    problem = picture_problem(data)
    if problem is not None:
        raise PictureRefused(problem)
    kind = picture_kind(data)
    assert kind is not None  # picture_problem accepted it
    try:
        if kind is PictureKind.SVG:
            out = _clean_svg(data)
        else:
            orientation = _check_and_orientation(data, kind)
            if orientation != 1:
                out = _upright(data, kind)
            elif kind is PictureKind.JPEG:
                out = _strip_jpeg(data)
            else:
                out = _strip_png(data)
            if out != data:
                _check_and_orientation(out, kind)
    except _Unreadable:
        raise PictureRefused(PictureProblem.UNREADABLE) from None
    problem = picture_problem(out)
    if problem is not None:  # turned upright, a photo may come out a little larger
        raise PictureRefused(problem)
    return CleanPicture(out, kind)


# ----------------------------------------------------------------------------- reading


def _open(data: bytes, kind: PictureKind):  # noqa: ANN202 - a PIL image
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind.value.upper()])
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise _Unreadable from exc
    except Image.DecompressionBombWarning as exc:
        raise _Unreadable from exc
    if image.width * image.height > MAX_PIXELS:
        raise _Unreadable
    return image


def _check_and_orientation(data: bytes, kind: PictureKind) -> int:
    """Read the whole picture (a damaged or cut file fails here); returns its EXIF
    orientation (1: as stored)."""
    image = _open(data, kind)
    try:
        orientation = int(image.getexif().get(_EXIF_ORIENTATION, 1))
    except Exception:  # noqa: BLE001 - damaged EXIF: the metadata goes anyway
        orientation = 1
    try:
        if kind is PictureKind.JPEG:
            # Decoding at an eighth of the size still reads every coded block: a cut or
            # damaged file fails just the same, eight times faster.
            image.draft(None, (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()
    except (OSError, ValueError, SyntaxError, EOFError, struct.error, zlib.error) as exc:
        raise _Unreadable from exc
    return orientation if orientation in range(2, 9) else 1


# ----------------------------------------------------------------------------- turning


def _upright(data: bytes, kind: PictureKind) -> bytes:
    """Decode, turn as the EXIF orientation says, encode again with nothing but the
    colour profile (and a PNG's transparency)."""
    from PIL import ImageOps

    image = _open(data, kind)
    icc = image.info.get("icc_profile")
    transparency = image.info.get("transparency")
    try:
        turned = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise _Unreadable from exc
    turned.info = {}  # Pillow writes some of these back (a JPEG's comment, for one)
    out = io.BytesIO()
    params: dict[str, object] = {}
    if icc:
        params["icc_profile"] = icc
    if kind is PictureKind.JPEG:
        turned.save(out, "JPEG", quality=92, **params)
    else:
        if transparency is not None and turned.mode in ("P", "L", "RGB"):
            params["transparency"] = transparency
        turned.save(out, "PNG", **params)
    return out.getvalue()


# ----------------------------------------------------------------------------- JPEG


def _keep_jpeg_segment(marker: int, payload: bytes) -> bytes | None:
    """The segment's payload to write, or None to drop it."""
    if marker == 0xFE:  # COM: a comment
        return None
    if 0xE0 <= marker <= 0xEF:
        signature = _JPEG_APP_DRAWING.get(marker)
        if signature is None or not payload.startswith(signature):
            return None
        if marker == 0xE0 and len(payload) > 14:
            # JFIF: density kept, its embedded thumbnail (a copy of the photo) dropped.
            return payload[:12] + b"\x00\x00"
    return payload


def _strip_jpeg(data: bytes) -> bytes:
    """The JPEG with only its drawing segments, and nothing after its end."""
    n = len(data)
    out = bytearray(b"\xff\xd8")
    i = 2
    while i < n:
        if data[i] != 0xFF:
            raise _Unreadable
        while i < n and data[i] == 0xFF:  # fill bytes before a marker
            i += 1
        if i >= n:
            raise _Unreadable
        marker = data[i]
        i += 1
        if marker == 0xD9:  # EOI: whatever follows (previews, other files) is dropped
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers with no length
            out += bytes((0xFF, marker))
            continue
        if i + 2 > n:
            raise _Unreadable
        length = int.from_bytes(data[i : i + 2], "big")
        if length < 2 or i + length > n:
            raise _Unreadable
        payload = data[i + 2 : i + length]
        i += length
        kept = _keep_jpeg_segment(marker, payload)
        if kept is not None:
            out += bytes((0xFF, marker)) + (len(kept) + 2).to_bytes(2, "big") + kept
        if marker == 0xDA:  # SOS: coded data up to the next marker that is not a restart
            j = i
            while True:
                k = data.find(b"\xff", j)
                if k < 0 or k + 1 >= n:
                    raise _Unreadable  # no end of image
                following = data[k + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    j = k + 2
                    continue
                break
            out += data[i:k]
            i = k
    raise _Unreadable


# ----------------------------------------------------------------------------- PNG


def _strip_png(data: bytes) -> bytes:
    """The PNG with only its drawing chunks, and nothing after IEND."""
    if not data.startswith(_PNG_SIGNATURE):
        raise _Unreadable
    out = bytearray(_PNG_SIGNATURE)
    i, n = len(_PNG_SIGNATURE), len(data)
    while i + 12 <= n:
        length = int.from_bytes(data[i : i + 4], "big")
        kind = data[i + 4 : i + 8]
        end = i + 12 + length
        if end > n:
            raise _Unreadable
        if kind in _PNG_DRAWING:
            out += data[i:end]
        elif not kind[:1].islower():
            raise _Unreadable  # a critical chunk no decoder knows
        i = end
        if kind == b"IEND":
            return bytes(out)
    raise _Unreadable


# ----------------------------------------------------------------------------- SVG


def _foreign(name: str) -> bool:
    """Is this tag or attribute in a namespace that does not draw (an editor's own)?"""
    return name.startswith("{") and name[1:].split("}", 1)[0] not in _SVG_DRAWING


def _clean_svg(data: bytes) -> bytes:
    """The SVG without metadata, comments and editors' private parts; the same bytes when
    it had none."""
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
    try:
        parser.feed(data.removeprefix(b"\xef\xbb\xbf"))
        root = parser.close()
    except (ET.ParseError, ValueError) as exc:
        raise _Unreadable from exc
    # Outside the root element ElementTree keeps nothing: a comment there is dropped by
    # writing the document again.
    dirty = b"<!--" in data or data.count(b"<?") > data.count(b"<?xml ")
    for parent in list(root.iter()):
        previous = None
        for child in list(parent):
            tag = child.tag
            if (
                isinstance(tag, str)  # not a comment nor a processing instruction
                and not _foreign(tag)
                and tag not in (f"{{{_SVG_NS}}}metadata", "metadata")
            ):
                previous = child
                continue
            if child.tail:  # the text after it stays where it was (`<text>a<!-- -->b`)
                if previous is None:
                    parent.text = (parent.text or "") + child.tail
                else:
                    previous.tail = (previous.tail or "") + child.tail
            parent.remove(child)
            dirty = True
        for name in [a for a in parent.attrib if _foreign(a)]:
            del parent.attrib[name]
            dirty = True
    if not dirty:
        return data
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
