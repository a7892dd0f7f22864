"""Our fast QR symbols are exactly the qrcode package's own: same version, same mask
choice, module for module; only the mask scoring is done with bit operations."""

from __future__ import annotations

import qrcode
import qrcode.constants
from hypothesis import given, settings
from hypothesis import strategies as st

from citizenspace.domain.budget import codes
from citizenspace.printing.qr import qr_matrix


def reference(text: str) -> tuple[tuple[bool, ...], ...]:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_H, border=0)
    qr.add_data(text)
    qr.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=codes.ALPHABET, min_size=1, max_size=40))
def test_code_like_text_gives_the_qrcode_symbol(text):
    assert qr_matrix(text).rows == reference(text)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=120))
def test_any_text_gives_the_qrcode_symbol(text):
    assert qr_matrix(text).rows == reference(text)


def test_a_voting_code_is_a_small_version_2_symbol():
    assert qr_matrix(codes.new_code()).size == 25
    assert qr_matrix(codes.new_serial(codes.paper_key(codes.new_secret()))).size == 25
