"""Small real pictures for tests, made without Qt: a PNG written byte by byte, an SVG, JPEGs
made with Pillow (one as a phone writes it, with its owner's name and GPS position)."""

from __future__ import annotations

import io
import struct
import zlib


def png_bytes(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (42, 157, 143)) -> bytes:
    """A valid PNG of one colour (any viewer opens it)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes(rgb) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def svg_bytes(colour: str = "#ffb703") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">'
        f'<circle cx="50" cy="50" r="40" fill="{colour}"/></svg>'
    ).encode()


def jpeg_bytes(
    width: int = 8, height: int = 6, rgb: tuple[int, int, int] = (42, 157, 143)
) -> bytes:
    """A valid JPEG of one colour, with no metadata (as Pillow writes it: a JFIF header)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), rgb).save(out, "JPEG", quality=90)
    return out.getvalue()


#: What a phone writes into a photo about its owner and where it was taken: each must be
#: gone from what the application keeps.
OWNER = "Jeanne Exifowner"
CAMERA_OWNER = "Jeanne Cameraowner"
SERIAL = "SN99887766"
XMP_CREATOR = "Jeanne Xmpcreator"
COMMENT = "Jeanne commentmarker"
#: 49°50'48.123" N, 3°17'12.457" E: Saint-Quentin, written as the phone writes it.
LATITUDE = (49, 50, (48123, 1000))
LONGITUDE = (3, 17, (12457, 1000))


def gps_rational_bytes() -> list[bytes]:
    """The seconds of the position, as they sit in the EXIF's bytes (either byte order)."""
    out = []
    for _d, _m, (num, den) in (LATITUDE, LONGITUDE):
        out += [struct.pack(">II", num, den), struct.pack("<II", num, den)]
    return out


def phone_photo(orientation: int = 6, progressive: bool = False, **save: object) -> bytes:
    """A JPEG as a phone gives it: EXIF with the owner's name, the camera's owner and serial,
    the GPS position and an orientation; XMP naming its creator; a comment; a colour profile.

    The picture is 40 x 20 pixels stored sideways: red on the left half, blue on the right.
    With orientation 6 a viewer turns it a quarter clockwise, so upright it is 20 x 40, red
    on top and blue below."""
    from PIL import ExifTags, Image, ImageCms, TiffImagePlugin

    image = Image.new("RGB", (40, 20), (220, 30, 30))
    image.paste((30, 30, 220), (20, 0, 40, 20))
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = OWNER
    exif[ExifTags.Base.Make] = "Phonemakerco"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.Exif] = {
        ExifTags.Base.CameraOwnerName: CAMERA_OWNER,
        ExifTags.Base.BodySerialNumber: SERIAL,
    }

    def rationals(dms):
        d, m, (num, den) = dms
        R = TiffImagePlugin.IFDRational
        return (R(d), R(m), R(num, den))

    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: rationals(LATITUDE),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: rationals(LONGITUDE),
    }
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    image.save(
        out,
        "JPEG",
        quality=95,
        exif=exif,
        comment=COMMENT.encode(),
        xmp=f"<x:xmpmeta><dc:creator>{XMP_CREATOR}</dc:creator></x:xmpmeta>".encode(),
        icc_profile=icc,
        progressive=progressive,
        **save,
    )
    return out.getvalue()


def personal_markers() -> list[bytes]:
    """The names `phone_photo` writes (the phone's owner, its maker, serial, comment...)."""
    names = [OWNER, CAMERA_OWNER, SERIAL, XMP_CREATOR, COMMENT, "Phonemakerco"]
    return [n.encode() for n in names] + [b"Exif\x00\x00"]


def traces(data: bytes) -> list[bytes]:
    """What of the owner and of the position is in `data`: the names, and the GPS seconds
    in whichever byte order the EXIF used."""
    found = [m for m in personal_markers() if m in data]
    return found + [b"GPS" for g in gps_rational_bytes() if g in data][:1]


#: What `traces` finds in a phone's photo as it comes: every name, and the position.
ALL_TRACES = len(personal_markers()) + 1
