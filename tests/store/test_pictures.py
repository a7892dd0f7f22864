"""Pictures enter without their metadata (issue 12, finding 3): a phone's photo keeps no
owner's name, no GPS position, no serial, comment or XMP; it stands the right way up; its
pixels are not touched when it need not turn; and what only looks like a picture is refused.

The proof is the bytes kept (searched for every marker the test wrote) and Pillow reading
them back, never the cleaner's own view."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import ExifTags, Image, ImageChops, PngImagePlugin

from citizenspace.domain.pictures import PictureKind, PictureProblem, picture_problem
from citizenspace.store.media.blobs import BlobStore, PictureRefused
from citizenspace.store.media.pictures import MAX_PIXELS, CleanPicture, clean_picture
from tests.pictures import ALL_TRACES, jpeg_bytes, phone_photo, png_bytes, svg_bytes, traces


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def same_pixels(a: bytes, b: bytes) -> bool:
    one, two = opened(a).convert("RGB"), opened(b).convert("RGB")
    return one.size == two.size and ImageChops.difference(one, two).getbbox() is None


def near(pixel: tuple[int, ...], rgb: tuple[int, int, int]) -> bool:
    return all(abs(p - q) < 40 for p, q in zip(pixel, rgb, strict=False))


def test_a_phone_photo_loses_its_owner_and_position_and_stands_upright(tmp_path):
    photo = phone_photo(orientation=6)
    assert len(traces(photo)) == ALL_TRACES  # the search can see them
    store = BlobStore.for_database(tmp_path / "t.db")
    checksum = store.put_picture(photo)
    kept = store.path(checksum).read_bytes()

    assert traces(kept) == []
    image = opened(kept)
    assert image.format == "JPEG"
    assert dict(image.getexif()) == {}
    assert "xmp" not in image.info and "comment" not in image.info
    # Upright: a quarter turn clockwise, as the phone asked; red on top, blue below.
    assert image.size == (20, 40)
    rgb = image.convert("RGB")
    assert near(rgb.getpixel((10, 5)), (220, 30, 30))
    assert near(rgb.getpixel((10, 35)), (30, 30, 220))
    # The colour profile draws the picture: it stays.
    assert image.info.get("icc_profile") == opened(photo).info.get("icc_profile")


def test_a_photo_already_upright_keeps_every_pixel_and_loses_every_trace():
    for photo in (phone_photo(orientation=1), phone_photo(orientation=1, progressive=True)):
        clean = clean_picture(photo)
        assert clean.kind is PictureKind.JPEG
        assert traces(clean.data) == []
        assert same_pixels(clean.data, photo)  # not encoded again: not a bit lost
        assert len(clean.data) < len(photo)


def test_restart_markers_and_bytes_after_the_end_are_handled():
    photo = phone_photo(orientation=1, restart_marker_blocks=1)
    hidden = b"PK\x03\x04 jeanne-appended-archive"
    clean = clean_picture(photo + hidden)
    assert same_pixels(clean.data, photo)
    assert hidden not in clean.data and traces(clean.data) == []
    assert clean.data.endswith(b"\xff\xd9")


def test_every_orientation_is_turned_upright():
    upright = opened(clean_picture(phone_photo(orientation=1)).data).convert("RGB")
    expected = {
        1: upright,
        2: upright.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
        3: upright.transpose(Image.Transpose.ROTATE_180),
        4: upright.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
        5: upright.transpose(Image.Transpose.TRANSPOSE),
        6: upright.transpose(Image.Transpose.ROTATE_270),
        7: upright.transpose(Image.Transpose.TRANSVERSE),
        8: upright.transpose(Image.Transpose.ROTATE_90),
    }
    for orientation, want in expected.items():
        got = opened(clean_picture(phone_photo(orientation=orientation)).data).convert("RGB")
        assert got.size == want.size, orientation
        # Corners are where a wrong turn shows; JPEG blurs only the seam between colours.
        for x, y in ((1, 1), (got.width - 2, 1), (1, got.height - 2)):
            assert near(got.getpixel((x, y)), want.getpixel((x, y))), (orientation, x, y)
        assert traces(clean_picture(phone_photo(orientation=orientation)).data) == []


def test_a_png_loses_its_text_exif_and_time_chunks_but_not_its_transparency():
    image = Image.new("RGBA", (6, 4), (10, 200, 30, 128))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jeanne Exifowner")
    info.add_itxt("Comment", "Jeanne commentmarker", zip=True)
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "Jeanne Exifowner"
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info, exif=exif)
    data = out.getvalue()
    assert b"Exifowner" in data and b"eXIf" in data
    clean = clean_picture(data).data
    assert b"Exifowner" not in clean and b"eXIf" not in clean and b"iTXt" not in clean
    assert zlib.compress(b"Jeanne commentmarker") not in clean
    assert same_pixels(clean, data)
    assert opened(clean).mode == "RGBA"


def test_clean_pictures_come_out_byte_for_byte_the_same():
    """Nothing to drop, nothing changes: the same picture keeps its name (content hash),
    so machines and rows that already name it still find it."""
    for data in (png_bytes(), jpeg_bytes(), svg_bytes()):
        assert clean_picture(data).data == data
    once = clean_picture(phone_photo()).data  # one photo: its colour profile bears a time
    assert clean_picture(once).data == once


def test_an_svg_loses_its_metadata_comments_and_editor_parts_and_still_draws():
    drawing = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Drawn by Jeanne Commentauthor -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
     xmlns:dc="http://purl.org/dc/elements/1.1/"
     viewBox="0 0 100 100" width="100" height="100"
     sodipodi:docname="/home/jeanne.docpath/aire-de-jeux.svg"
     inkscape:export-filename="/home/jeanne.docpath/export.png">
  <metadata><rdf:RDF><dc:creator>Jeanne Rdfcreator</dc:creator></rdf:RDF></metadata>
  <sodipodi:namedview inkscape:window-width="1920"/>
  <title>Une aire de jeux</title>
  <defs><circle id="dot" r="4" fill="#ffb703"/></defs>
  <use xlink:href="#dot" x="50" y="50"/>
  <text x="10" y="90" xml:space="preserve">Aire<!-- Jeanne Inlinecomment --> de jeux</text>
</svg>"""
    clean = clean_picture(drawing)
    assert clean.kind is PictureKind.SVG
    for marker in (b"Commentauthor", b"docpath", b"Rdfcreator", b"Inlinecomment", b"namedview"):
        assert marker not in clean.data, marker
    assert picture_problem(clean.data) is None
    assert b'xlink:href="#dot"' in clean.data  # renderers look for this very name
    assert b"Aire de jeux</text>" in clean.data  # the text around a comment stays whole
    assert b"<title>Une aire de jeux</title>" in clean.data
    assert b'xml:space="preserve"' in clean.data


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    return chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"Nous voulons une aire de jeux.", PictureProblem.UNSUPPORTED),
        (b"%PDF-1.7\n", PictureProblem.UNSUPPORTED),
        (b"\xff\xd8\xff\xe0" + bytes(64), PictureProblem.UNREADABLE),
        (b"\xff\xd8\xff" + b"a renamed text file" * 10, PictureProblem.UNREADABLE),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), PictureProblem.UNREADABLE),
        (png_bytes()[:-20], PictureProblem.UNREADABLE),
        # A few hundred bytes that would open as 100 million pixels.
        (
            b"\x89PNG\r\n\x1a\n"
            + _png_header(10_000, 10_000)
            + png_bytes()[png_bytes().index(b"IDAT") - 4 :],
            PictureProblem.UNREADABLE,
        ),
    ],
)
def test_what_only_looks_like_a_picture_is_refused_and_nothing_is_written(tmp_path, data, problem):
    store = BlobStore(tmp_path / "blobs")
    with pytest.raises(PictureRefused) as refused:
        store.put_picture(data)
    assert refused.value.problem is problem
    assert not store.root.exists()


def test_a_cut_jpeg_is_refused():
    photo = clean_picture(phone_photo(orientation=1)).data
    with pytest.raises(PictureRefused) as refused:
        clean_picture(photo[: len(photo) * 2 // 3])
    assert refused.value.problem is PictureProblem.UNREADABLE


def test_a_picture_cleaned_before_a_transaction_is_stored_as_is(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    clean = clean_picture(phone_photo())
    assert isinstance(clean, CleanPicture)
    assert store.get(store.put_picture(clean)) == clean.data
    assert MAX_PIXELS >= 48_000_000  # a 48-megapixel phone's full-size photo is taken


def test_a_jfif_thumbnail_goes_and_a_cmyk_photo_keeps_what_draws_it():
    # A JFIF header carrying a 2 x 1 thumbnail (a copy of the photo, in little).
    plain = jpeg_bytes()
    assert plain[2:4] == b"\xff\xe0"
    length = int.from_bytes(plain[4:6], "big")
    header = plain[6 : 6 + 12] + b"\x02\x01" + b"THUMBx"
    with_thumbnail = plain[:4] + (len(header) + 2).to_bytes(2, "big") + header + plain[4 + length :]
    assert same_pixels(with_thumbnail, plain)
    clean = clean_picture(with_thumbnail).data
    assert b"THUMBx" not in clean and same_pixels(clean, plain)
    assert clean == plain  # the header as Pillow itself writes it, no thumbnail

    # CMYK, as print shops send them: Adobe's segment says how to read the colours.
    out = io.BytesIO()
    image = Image.new("CMYK", (8, 8), (10, 200, 30, 5))
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "Jeanne Exifowner"
    image.save(out, "JPEG", exif=exif)
    cmyk = out.getvalue()
    clean = clean_picture(cmyk).data
    assert b"Adobe" in clean and b"Exifowner" not in clean
    assert opened(clean).mode == "CMYK" and same_pixels(clean, cmyk)
