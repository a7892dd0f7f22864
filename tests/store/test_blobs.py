"""Pictures kept beside the database by content hash: written whole or not at all, read back
only when their bytes match their name, and only real pictures accepted."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from citizenspace.domain.pictures import (
    MAX_PICTURE_BYTES,
    PictureKind,
    PictureProblem,
    picture_kind,
    picture_problem,
)
from citizenspace.store.media.blobs import BlobStore, PictureRefused
from citizenspace.store.media.pictures import clean_picture
from tests.pictures import jpeg_bytes, png_bytes, svg_bytes


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_the_store_sits_beside_the_database(tmp_path):
    store = BlobStore.for_database(tmp_path / "citizenspace.db")
    assert store.root == tmp_path / "citizenspace.blobs"


def test_put_then_get_by_content_hash_and_again_writes_nothing(tmp_path):
    store = BlobStore.for_database(tmp_path / "t.db")
    data = png_bytes()
    h = store.put(data)
    assert h == hashlib.sha256(data).hexdigest()
    assert store.has(h) and store.get(h) == data
    assert store.path(h) == store.root / h[:2] / h
    before = store.path(h).stat().st_mtime_ns
    assert store.put(data) == h
    assert store.path(h).stat().st_mtime_ns == before
    assert files_under(store.root) == [store.path(h)]  # no temporary file left behind


def test_a_missing_blob_is_none_and_a_damaged_one_is_removed(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    h = store.put(svg_bytes())
    assert store.get("0" * 64) is None and not store.has("0" * 64)
    assert store.get("not a hash") is None and not store.has("../../etc/passwd")
    store.path(h).write_bytes(svg_bytes()[:-5])  # a truncated copy
    assert store.get(h) is None
    assert not store.has(h)  # gone, so that sync fetches a good copy
    assert store.put(svg_bytes()) == h and store.get(h) == svg_bytes()


def test_a_damaged_file_is_replaced_when_the_good_bytes_come_again(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    h = store.put(png_bytes())
    store.path(h).write_bytes(b"garbage")
    assert store.put(png_bytes()) == h
    assert store.path(h).read_bytes() == png_bytes()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (png_bytes(), PictureKind.PNG),
        (jpeg_bytes(), PictureKind.JPEG),
        (svg_bytes(), PictureKind.SVG),
        (b'<svg xmlns="http://www.w3.org/2000/svg"/>', PictureKind.SVG),
        (
            b"\xef\xbb\xbf<!-- drawn by hand -->\n<svg xmlns='http://www.w3.org/2000/svg'></svg>",
            PictureKind.SVG,
        ),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
            b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
            PictureKind.SVG,
        ),
    ],
)
def test_pictures_accepted(tmp_path, data, kind):
    assert picture_problem(data) is None
    assert picture_kind(data) == kind
    store = BlobStore(tmp_path / "blobs")
    # Kept without metadata (a comment here): see tests/store/test_pictures.py.
    assert store.get(store.put_picture(data)) == clean_picture(data).data


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", PictureProblem.EMPTY),
        (b"GIF89a" + bytes(20), PictureProblem.UNSUPPORTED),
        (b"%PDF-1.7\n", PictureProblem.UNSUPPORTED),
        (b"Nous voulons une aire de jeux.", PictureProblem.UNSUPPORTED),
        (b"<html><body><svg/></body></html>", PictureProblem.UNSUPPORTED),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="4">', PictureProblem.BAD_SVG),
        (
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
            b'<!ENTITY lol "lol"></svg>',
            PictureProblem.BAD_SVG,
        ),
        (b"\x89PNG\r\n\x1a\n" + bytes(MAX_PICTURE_BYTES), PictureProblem.TOO_BIG),
    ],
)
def test_anything_else_is_refused_and_nothing_written(tmp_path, data, problem):
    assert picture_problem(data) == problem
    store = BlobStore(tmp_path / "blobs")
    with pytest.raises(PictureRefused) as refused:
        store.put_picture(data)
    assert refused.value.problem == problem
    assert files_under(tmp_path) == []


def test_an_svg_with_an_entity_bomb_in_its_doctype_is_not_even_parsed():
    bomb = (
        b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>'
    )
    assert picture_problem(bomb) is not None
    assert picture_kind(bomb) is None


def test_every_column_that_names_a_picture_is_marked_so_its_pictures_are_kept():
    """The daily run deletes every picture no marked column names: a picture column
    without the mark would lose its pictures."""
    from citizenspace.store.models import Base, blob_columns

    looks_like_a_picture = {
        (t.name, c.name)
        for t in Base.metadata.sorted_tables
        for c in t.columns
        if c.name.endswith("_hash") and ("photo" in c.name or "picture" in c.name)
    }
    assert set(blob_columns()) == looks_like_a_picture
    assert set(blob_columns()) == {("follow_ups", "photo_hash"), ("projects", "picture_hash")}
