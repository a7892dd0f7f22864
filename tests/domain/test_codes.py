"""Voting codes and paper serials: a child's typing is forgiven, a typo is caught, a forgery
or another batch's code is refused, and no two codes are the same."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citizenspace.domain.budget import codes
from citizenspace.domain.budget.codes import ALPHABET, CodeCheck

SECRET = codes.new_secret()
KEY = codes.batch_key(SECRET, "batch-centre-social-europe")
OTHER_KEY = codes.batch_key(SECRET, "batch-bus-france-services")

prefixes = st.text(alphabet=ALPHABET, min_size=2, max_size=2)


def _with_random_part(value: int, make):
    """Run the real generator with Hypothesis choosing its random bits, so that a failing
    example replays (and shrinks) exactly."""
    with patch.object(codes.secrets, "randbits", lambda bits: value % (1 << bits)):
        return make()


@st.composite
def voting_codes(draw: st.DrawFn) -> str:
    prefix = draw(prefixes)
    value = draw(st.integers(0, (1 << 60) - 1))
    return _with_random_part(value, lambda: codes.new_code(KEY, prefix))


@st.composite
def serials(draw: st.DrawFn) -> str:
    value = draw(st.integers(0, (1 << 40) - 1))
    return _with_random_part(value, lambda: codes.new_serial(KEY))


def test_a_code_has_the_documented_shape():
    code = codes.new_code(KEY, "K7")
    assert len(code) == codes.CODE_LENGTH == 20
    assert code.startswith("K7")
    assert set(code) <= set(ALPHABET)
    assert codes.format_code(code) == "-".join(code[i : i + 4] for i in range(0, 20, 4))
    assert codes.check(code, KEY) is CodeCheck.VALID
    assert codes.prefix_of(codes.format_code(code).lower()) == "K7"


def test_a_serial_has_the_documented_shape():
    serial = codes.new_serial(KEY)
    assert len(serial) == 14 and serial[4] == "-" and serial[9] == "-"
    assert len(codes.normalise(serial)) == codes.SERIAL_LENGTH == 12
    assert codes.check_serial(serial, KEY) is CodeCheck.VALID


@given(voting_codes())
def test_format_and_normalise_round_trip(code):
    assert codes.normalise(codes.format_code(code)) == code
    assert codes.format_code(codes.format_code(code)) == codes.format_code(code)
    assert codes.check(codes.format_code(code), KEY) is CodeCheck.VALID


@given(voting_codes(), st.data())
def test_what_a_child_types_reads_as_the_code(code, data):
    """Lower case, spaces anywhere, a hyphen or two, I or L for 1, O for 0."""
    typed = []
    for ch in code:
        if ch == "1":
            ch = data.draw(st.sampled_from("1IiLl"))
        elif ch == "0":
            ch = data.draw(st.sampled_from("0Oo"))
        elif data.draw(st.booleans()):
            ch = ch.lower()
        typed.append(ch + data.draw(st.sampled_from(["", "", " ", "-", "\u00a0", " - "])))
    text = data.draw(st.sampled_from(["", " ", "\t"])) + "".join(typed) + "\n"
    assert codes.normalise(text) == code
    assert codes.check(text, KEY) is CodeCheck.VALID


def test_a_scanner_typing_the_qr_text_and_enter_is_accepted():
    code = codes.new_code(KEY, "4X")
    assert codes.check(code + "\r\n", KEY) is CodeCheck.VALID


@given(voting_codes())
def test_every_single_character_substitution_is_caught_as_a_typo(code):
    """Guaranteed, not probable: the typing character catches all of them (MALFORMED)."""
    for i, original in enumerate(code):
        for ch in ALPHABET:
            if ch != original:
                typo = code[:i] + ch + code[i + 1 :]
                assert codes.check(typo, KEY) is CodeCheck.MALFORMED, (code, typo)


@given(voting_codes())
def test_every_swap_of_two_characters_is_caught_as_a_typo(code):
    for i in range(len(code)):
        for j in range(i + 1, len(code)):
            if code[i] != code[j]:
                swapped = list(code)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                assert codes.check("".join(swapped), KEY) is CodeCheck.MALFORMED


@given(voting_codes())
def test_a_missing_or_extra_or_foreign_character_is_malformed(code):
    assert codes.check(code[:-1], KEY) is CodeCheck.MALFORMED
    assert codes.check(code + "A", KEY) is CodeCheck.MALFORMED
    assert codes.check(code[:5] + "U" + code[6:], KEY) is CodeCheck.MALFORMED
    assert codes.check(code[:5] + "é" + code[6:], KEY) is CodeCheck.MALFORMED
    assert codes.check("", KEY) is CodeCheck.MALFORMED


@given(voting_codes())
def test_another_batch_key_rejects_the_code(code):
    assert codes.check(code, OTHER_KEY) is CodeCheck.WRONG_CHECK
    assert codes.check(code, None) is CodeCheck.WRONG_CHECK
    other_edition = codes.batch_key(codes.new_secret(), "batch-centre-social-europe")
    assert codes.check(code, other_edition) is CodeCheck.WRONG_CHECK


@given(voting_codes(), prefixes)
def test_changing_the_prefix_and_fixing_the_typing_character_is_a_wrong_check(code, prefix):
    """A forger who knows the format moves a code to another batch: the keyed check fails."""
    if prefix == code[:2]:
        return
    body = prefix + code[2:-1]
    forged = body + codes._typing_char(body)
    assert codes.check(forged, KEY) is CodeCheck.WRONG_CHECK


def test_made_up_codes_with_a_right_typing_character_are_refused():
    """2^-25 per attempt: 20,000 attempts all fail, except with odds of 1 in 1,700."""
    import secrets

    accepted = 0
    for _ in range(20_000):
        body = codes._encode(secrets.randbits(95), 19)
        forged = body + codes._typing_char(body)
        assert codes.check(forged, None) is CodeCheck.WRONG_CHECK
        accepted += codes.check(forged, KEY) is CodeCheck.VALID
    assert accepted == 0


def test_codes_are_unique_over_100000_draws():
    drawn = {codes.new_code(KEY, "AB") for _ in range(100_000)}
    assert len(drawn) == 100_000


def test_serials_are_unique_over_100000_draws():
    drawn = {codes.new_serial(KEY) for _ in range(100_000)}
    assert len(drawn) == 100_000


@given(serials())
def test_serials_round_trip_and_catch_every_single_typo(serial):
    canonical = codes.normalise(serial)
    assert codes.format_code(canonical) == serial
    assert codes.check_serial(serial.lower().replace("-", " "), KEY) is CodeCheck.VALID
    for i, original in enumerate(canonical):
        for ch in ALPHABET:
            if ch != original:
                typo = canonical[:i] + ch + canonical[i + 1 :]
                assert codes.check_serial(typo, KEY) is CodeCheck.MALFORMED


@given(serials())
def test_a_serial_is_not_a_voting_code_and_needs_its_own_key(serial):
    assert codes.check_serial(serial, OTHER_KEY) is CodeCheck.WRONG_CHECK
    assert codes.check(serial, KEY) is CodeCheck.MALFORMED
    assert codes.check_serial(codes.new_code(KEY, "AB"), KEY) is CodeCheck.MALFORMED


def test_batch_keys_differ_by_batch_and_by_edition():
    other_secret = codes.new_secret()
    keys = {
        codes.batch_key(SECRET, "a"),
        codes.batch_key(SECRET, "b"),
        codes.batch_key(other_secret, "a"),
    }
    assert len(keys) == 3
    assert codes.batch_key(SECRET, "a") == codes.batch_key(SECRET, "a")
    assert len(codes.batch_key(SECRET, "a")) == 32


def test_a_new_secret_is_32_random_bytes_in_hex():
    secret = codes.new_secret()
    assert len(bytes.fromhex(secret)) == 32
    assert secret != codes.new_secret()


@given(voting_codes())
def test_the_stored_hash_is_keyed_and_ignores_how_the_code_was_typed(code):
    digest = codes.code_hash(code, SECRET)
    assert len(digest) == 64 and code not in digest
    assert codes.code_hash(codes.format_code(code).lower(), SECRET) == digest
    assert codes.code_hash(code, codes.new_secret()) != digest


def test_bad_arguments_are_refused_loudly():
    with pytest.raises(ValueError):
        codes.new_code(KEY, "ABC")
    with pytest.raises(ValueError):
        codes.new_code(KEY, "ab")  # prefixes are canonical: the caller stores them as is
    with pytest.raises(ValueError):
        codes.new_code(KEY, "UI")
    with pytest.raises(ValueError):
        codes.new_code(b"", "AB")
    with pytest.raises(ValueError):
        codes.batch_key("not a secret", "a")


@settings(max_examples=300)
@given(st.text())
def test_anything_typed_gets_an_answer_never_an_exception(typed):
    assert codes.check(typed, KEY) in (CodeCheck.MALFORMED, CodeCheck.WRONG_CHECK)
    assert codes.check_serial(typed, KEY) in (CodeCheck.MALFORMED, CodeCheck.WRONG_CHECK)
    codes.prefix_of(typed)
    codes.format_code(typed)
