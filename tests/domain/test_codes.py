"""Voting codes and paper serials: a child's typing is forgiven, a typo is caught, a code
never printed is refused by its verifier, and no two codes are the same."""

from __future__ import annotations

import random
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citizenspace.domain.budget import codes
from citizenspace.domain.budget.codes import ALPHABET, CodeCheck

KEY = codes.new_batch_key()
SALT = codes.new_salt()
PAPER = codes.paper_key(codes.new_secret())
OTHER_PAPER = codes.paper_key(codes.new_secret())


def _with_random_part(value: int, make):
    """Run the real generator with Hypothesis choosing its random bits, so that a failing
    example replays (and shrinks) exactly."""
    with patch.object(codes.secrets, "randbits", lambda bits: value % (1 << bits)):
        return make()


@st.composite
def voting_codes(draw: st.DrawFn) -> str:
    value = draw(st.integers(0, (1 << 60) - 1))
    return _with_random_part(value, codes.new_code)


@st.composite
def serials(draw: st.DrawFn) -> str:
    value = draw(st.integers(0, (1 << 40) - 1))
    return _with_random_part(value, lambda: codes.new_serial(PAPER))


def test_a_code_has_the_documented_shape():
    code = codes.new_code()
    assert len(code) == codes.CODE_LENGTH == 13
    assert set(code) <= set(ALPHABET)
    formatted = codes.format_code(code)
    assert formatted == f"{code[:4]}-{code[4:8]}-{code[8:]}"
    assert codes.check_shape(formatted.lower()) is CodeCheck.VALID


def test_a_batch_prints_the_same_codes_every_time_and_none_twice():
    made = codes.batch_codes(KEY, 300)
    assert made == codes.batch_codes(KEY, 300)
    assert len(set(made)) == 300
    assert not set(made) & set(codes.batch_codes(codes.new_batch_key(), 300))
    assert all(codes.check_shape(c) is CodeCheck.VALID for c in made)


def test_a_serial_has_the_documented_shape():
    serial = codes.new_serial(PAPER)
    assert len(serial) == 14 and serial[4] == "-" and serial[9] == "-"
    assert len(codes.normalise(serial)) == codes.SERIAL_LENGTH == 12
    assert codes.check_serial(serial, PAPER) is CodeCheck.VALID


@given(voting_codes())
def test_format_and_normalise_round_trip(code):
    assert codes.normalise(codes.format_code(code)) == code
    assert codes.format_code(codes.format_code(code)) == codes.format_code(code)


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
    assert codes.check_shape(text) is CodeCheck.VALID


@settings(max_examples=20, deadline=None)
@given(voting_codes())
def test_the_verifier_ignores_how_the_code_was_typed_and_depends_on_the_salt(code):
    value = codes.verifier(code, SALT)
    assert len(value) == 2 * codes.VERIFIER_BYTES and code not in value.upper()
    assert codes.verifier(codes.format_code(code).lower() + "\r\n", SALT) == value
    assert codes.verifier(code, codes.new_salt()) != value


@given(voting_codes())
def test_every_single_character_substitution_is_caught_as_a_typo(code):
    """Guaranteed, not probable: the typing character catches all of them (MALFORMED)."""
    for i, original in enumerate(code):
        for ch in ALPHABET:
            if ch != original:
                typo = code[:i] + ch + code[i + 1 :]
                assert codes.check_shape(typo) is CodeCheck.MALFORMED, (code, typo)


@given(voting_codes())
def test_every_swap_of_two_characters_is_caught_as_a_typo(code):
    for i in range(len(code)):
        for j in range(i + 1, len(code)):
            if code[i] != code[j]:
                swapped = list(code)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                assert codes.check_shape("".join(swapped)) is CodeCheck.MALFORMED


@given(voting_codes())
def test_a_missing_or_extra_or_foreign_character_is_malformed(code):
    assert codes.check_shape(code[:-1]) is CodeCheck.MALFORMED
    assert codes.check_shape(code + "A") is CodeCheck.MALFORMED
    assert codes.check_shape(code[:5] + "U" + code[6:]) is CodeCheck.MALFORMED
    assert codes.check_shape(code[:5] + "é" + code[6:]) is CodeCheck.MALFORMED
    assert codes.check_shape("") is CodeCheck.MALFORMED


def test_codes_printed_before_the_upgrade_keep_their_shape():
    old_key = codes.batch_key(codes.new_secret(), "b1")
    (old,) = codes.legacy_batch_codes(old_key, "K7", 1)
    assert len(old) == codes.LEGACY_CODE_LENGTH == 20 and old.startswith("K7")
    assert codes.check_shape(codes.format_code(old)) is CodeCheck.VALID
    assert codes.legacy_batch_codes(old_key, "K7", 5)[0] == old


def test_codes_are_unique_over_100000_draws():
    drawn = {codes.new_code() for _ in range(100_000)}
    assert len(drawn) == 100_000


def test_distinct_random_parts_give_distinct_serials():
    """The encoding loses nothing: 100,000 different draws, 100,000 different serials."""
    values = random.Random(5).sample(range(1 << 40), 100_000)
    assert len({codes.derived_serial(PAPER, v) for v in values}) == 100_000


def test_a_print_run_never_holds_one_serial_twice_even_when_the_draw_repeats():
    repeating = iter([7, 7, 9, 7, 9, 11, 11, 12])
    serials = codes.new_serials(PAPER, 4, draw=lambda _bits: next(repeating))
    assert serials == [codes.derived_serial(PAPER, v) for v in (7, 9, 11, 12)]
    assert len(codes.new_serials(PAPER, 1000)) == 1000


@given(serials())
def test_serials_round_trip_and_catch_every_single_typo(serial):
    canonical = codes.normalise(serial)
    assert codes.format_code(canonical) == serial
    assert codes.check_serial(serial.lower().replace("-", " "), PAPER) is CodeCheck.VALID
    for i, original in enumerate(canonical):
        for ch in ALPHABET:
            if ch != original:
                typo = canonical[:i] + ch + canonical[i + 1 :]
                assert codes.check_serial(typo, PAPER) is CodeCheck.MALFORMED


@given(serials())
def test_a_serial_is_not_a_voting_code_and_needs_its_own_key(serial):
    assert codes.check_serial(serial, OTHER_PAPER) is CodeCheck.WRONG_CHECK
    assert codes.check_serial(serial, None) is CodeCheck.WRONG_CHECK
    assert codes.check_shape(serial) is CodeCheck.MALFORMED
    assert codes.check_serial(codes.new_code(), PAPER) is CodeCheck.MALFORMED


def test_made_up_serials_with_a_right_typing_character_are_refused():
    """2^-15 per attempt: 2,000 attempts pass fewer than 3 times except with odds of 1 in
    10^5 (a Poisson of mean 0.06)."""
    import secrets

    accepted = 0
    for _ in range(2_000):
        body = codes._encode(secrets.randbits(55), 11)
        made_up = body + codes._typing_char(body)
        accepted += codes.check_serial(made_up, PAPER) is CodeCheck.VALID
    assert accepted < 3


def test_keys_and_salts_are_random():
    assert len(codes.new_batch_key()) == 32 and codes.new_batch_key() != codes.new_batch_key()
    assert len(bytes.fromhex(codes.new_salt())) == 16 and codes.new_salt() != codes.new_salt()
    assert len(bytes.fromhex(codes.new_secret())) == 32


def test_bad_arguments_are_refused_loudly():
    with pytest.raises(ValueError):
        codes.batch_codes(b"", 3)
    with pytest.raises(ValueError):
        codes.verifier("ABCD", "not a salt")
    with pytest.raises(ValueError):
        codes.paper_key("not a key")


@settings(max_examples=300)
@given(st.text())
def test_anything_typed_gets_an_answer_never_an_exception(typed):
    assert codes.check_shape(typed) in (CodeCheck.MALFORMED, CodeCheck.VALID)
    assert codes.check_serial(typed, PAPER) in (CodeCheck.MALFORMED, CodeCheck.WRONG_CHECK)
    codes.format_code(typed)
    codes.verifier(typed, SALT)


def test_the_upgrade_derives_exactly_what_version_0_2_printed_and_stored():
    """Known answers computed with the 0.2 module: slips already in children's hands must
    keep matching after the upgrade, and their used codes must be found again."""
    secret = "00" * 16 + "11" * 16
    key = codes.batch_key(secret, "b1")
    assert codes.legacy_batch_codes(key, "K7", 3) == [
        "K73MWXH5DVGQNZ87THS9",
        "K7XKB7YNRZ0VME9JFVZT",
        "K7J6V4QSG4MHZS5XENGY",
    ]
    assert codes.legacy_code_hash("K73MWXH5DVGQNZ87THS9", secret) == (
        "ffbba45930e2908c894327b1758f0161de8db1152a6786d03a096368cf2aba5a"
    )
    assert codes.batch_key(secret, "paper-ballots").hex() == (
        "c0ca0d13ce895e5d73d420e46c493b3033a3f33b193f25e8c05ec2a58b3f41c6"
    )
