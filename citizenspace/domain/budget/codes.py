"""Voting codes and paper ballot serials for the children's participatory budget.

Why this shape: a kiosk must tell a genuine code from a typo or a forgery with no network, a
ten-year-old must be able to type it, and nobody may guess one.

Alphabet: Crockford base32 (``0-9 A-Z`` without ``I L O U``). What a child or a scanner types
is read leniently: case, spaces and hyphens do not matter, and ``I``/``L`` read as ``1``, ``O``
as ``0`` (:func:`normalise`). ``U`` is not a code character.

A **voting code** has 20 characters, printed in groups of four (``ABCD-EFGH-JKMN-PQRS-TVWX``):

==========  =====  ======  ===========================================================
part        chars  bits    why
==========  =====  ======  ===========================================================
prefix      2      10      names the batch, so a kiosk knows which batch key to check with
random      12     60      unguessable: 2^60 possible codes per batch
keyed check 5      25      HMAC-SHA256(batch key, prefix + random), first 25 bits
typing      1      5       a check character over GF(32) that catches every typo of one
                           character and every swap of two characters
==========  =====  ======  ===========================================================

Odds, per attempt:

- a **forgery** (someone without the key makes up a code; they can compute the typing
  character themselves) passes the keyed check with probability 2^-25, about 1 in 33.5
  million; typed by hand at a kiosk that is hopeless, and a kiosk should still slow down after
  several wrong codes in a row;
- a **typo of one character**, or two neighbouring (or any two) characters swapped, is always
  caught (:attr:`CodeCheck.MALFORMED`); the typing character is a weighted sum over GF(32)
  with distinct non-zero weights, so no single substitution or transposition keeps it;
- a **bigger typo** slips past the typing character with probability 1/32, then past the
  keyed check with 2^-25: a mistyped code is accepted with odds below 1 in 10^9;
- two codes of one batch of a million collide with probability about 10^12 / 2^61, below
  1 in a million; a service storing codes should still refuse a duplicate.

Why 60 random bits and not 65 with a 4-character check: the random part only has to make
guessing a printed code hopeless, which 2^60 does; forgery odds are what a kiosk meets, so
the spare characters go to the keyed check and to the typing character.

A **paper ballot serial** has 12 characters (``ABCD-EFGH-JKMN``): 8 random (40 bits), 3 keyed
check (15 bits: a made-up serial passes with probability 1 in 32,768), 1 typing character.
Staff enter serials, and each serial counts once, so a photocopied ballot is refused too.

Keys: every batch has its own key derived from the edition's secret (:func:`batch_key`);
paper ballots use one key per edition (``batch_key(secret, "paper-ballots")``). The secret
travels with the edition to every machine of the city, which are all trusted: the keyed check
keeps children (and anyone holding a slip) from guessing or forging a code, not staff. The database stores, for a used code,
only :func:`code_hash`, never the code itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from enum import StrEnum

#: Crockford's base32 alphabet, in value order.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}

PREFIX_LENGTH = 2
RANDOM_LENGTH = 12
CHECK_LENGTH = 5
#: A canonical voting code: prefix, random part, keyed check, typing character.
CODE_LENGTH = PREFIX_LENGTH + RANDOM_LENGTH + CHECK_LENGTH + 1

SERIAL_RANDOM_LENGTH = 8
SERIAL_CHECK_LENGTH = 3
#: A canonical paper ballot serial: random part, keyed check, typing character.
SERIAL_LENGTH = SERIAL_RANDOM_LENGTH + SERIAL_CHECK_LENGTH + 1

GROUP = 4

# Labels keep each use of a key apart (a code's check is never a serial's check, a code hash
# is never a batch key), and the version lets a later format change them.
_BATCH_LABEL = b"citizenspace/budget/batch-key/v1\x00"
_HASH_LABEL = b"citizenspace/budget/code-hash/v1"
_CODE_LABEL = b"citizenspace/budget/code-check/v1\x00"
_SERIAL_LABEL = b"citizenspace/budget/serial-check/v1\x00"

# Characters a keyboard, a scanner or a copy-paste may put between groups.
_SEPARATORS = frozenset(" -\u2010\u2011\u2012\u2013\u2014\u2212")
# Crockford's decoding rules, after upper-casing: letters that look like digits are digits.
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})


class CodeCheck(StrEnum):
    """What a kiosk (or the paper ballot entry screen) learns from a typed code.

    ``MALFORMED`` means "typed wrong, try again": wrong length, a character that is not in
    the alphabet, or a typing character that does not match. ``WRONG_CHECK`` means the code
    was typed consistently but was not made with this key: a code of another batch or
    kiosk, or a forgery (or, rarely, a typo of several characters).
    """

    VALID = "valid"
    MALFORMED = "malformed"
    WRONG_CHECK = "wrong_check"


# --- GF(32) typing check ------------------------------------------------------------------
# The field GF(2^5) built on the primitive polynomial x^5 + x^2 + 1: alpha = x has order 31,
# so the weights alpha^0 .. alpha^30 are distinct and non-zero, which is what makes every
# single substitution and every transposition of two characters (up to 31 apart) change the
# weighted sum.

_EXP = [0] * 62
_LOG = [0] * 32
_x = 1
for _i in range(31):
    _EXP[_i] = _EXP[_i + 31] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0b100000:
        _x ^= 0b100101
del _i, _x


def _gf_mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _typing_sum(values: list[int]) -> int:
    """The sum of alpha^i * v_i over GF(32) (addition is XOR)."""
    total = 0
    for i, v in enumerate(values):
        total ^= _gf_mul(_EXP[i % 31], v)
    return total


def _typing_char(body: str) -> str:
    """The character that makes the weighted sum of ``body + char`` zero."""
    n = len(body)  # the typing character's position and weight exponent
    partial = _typing_sum([_VALUE[ch] for ch in body])
    inverse_weight = _EXP[(31 - n % 31) % 31]
    return ALPHABET[_gf_mul(partial, inverse_weight)]


def _typing_ok(text: str) -> bool:
    return _typing_sum([_VALUE[ch] for ch in text]) == 0


# --- encoding helpers ---------------------------------------------------------------------


def _encode(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _keyed_check(key: bytes, label: bytes, body: str, length: int) -> str:
    digest = hmac.new(key, label + body.encode("ascii"), hashlib.sha256).digest()
    bits = 5 * length
    return _encode(int.from_bytes(digest[:8], "big") >> (64 - bits), length)


def _require_key(key: bytes) -> None:
    if not isinstance(key, bytes | bytearray) or not key:
        raise ValueError("a batch key is the non-empty bytes made by batch_key()")


def _secret_bytes(edition_secret: str) -> bytes:
    try:
        raw = bytes.fromhex(edition_secret)
    except (TypeError, ValueError):
        raw = b""
    if len(raw) < 16:
        raise ValueError("an edition secret is the hex string made by new_secret()")
    return raw


def _well_formed(text: str, length: int) -> bool:
    return len(text) == length and all(ch in _VALUE for ch in text) and _typing_ok(text)


# --- public API ---------------------------------------------------------------------------


def new_secret() -> str:
    """A new edition secret: 32 random bytes as hex. Kept in the database, never printed."""
    return secrets.token_hex(32)


def batch_key(edition_secret: str, batch_id: str) -> bytes:
    """The key of one batch, derived from the edition's secret.

    Why derive: a code of one batch never checks with another's key, so a kiosk tells a
    code printed for another kiosk from one of its own, and each batch's codes follow from
    its id alone (see :func:`batch_codes`).
    """
    return hmac.new(
        _secret_bytes(edition_secret), _BATCH_LABEL + batch_id.encode("utf-8"), hashlib.sha256
    ).digest()


def new_code(key: bytes, prefix: str) -> str:
    """A new canonical voting code (20 characters, no separators) of the batch ``prefix``.

    ``prefix`` is the batch's two canonical Crockford characters (upper case, e.g. ``"K7"``),
    chosen by the caller to be unique within the edition.
    """
    _require_key(key)
    if len(prefix) != PREFIX_LENGTH or any(ch not in _VALUE for ch in prefix):
        raise ValueError(f"a batch prefix is {PREFIX_LENGTH} characters of {ALPHABET}")
    body = prefix + _encode(secrets.randbits(5 * RANDOM_LENGTH), RANDOM_LENGTH)
    body += _keyed_check(key, _CODE_LABEL, body, CHECK_LENGTH)
    return body + _typing_char(body)


def format_code(code: str) -> str:
    """The code in groups of four joined by hyphens, as printed and shown for typing.

    Works for serials too. The input is normalised first, so formatting twice is harmless.
    """
    text = normalise(code)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def normalise(typed: str) -> str:
    """What a child or a keyboard-wedge scanner typed, as a canonical code.

    Drops spaces and hyphens, upper-cases, reads I and L as 1 and O as 0 (Crockford's
    decoding rules). Characters outside the alphabet are kept, so :func:`check` can report
    ``MALFORMED`` rather than accept a shortened code.
    """
    text = unicodedata.normalize("NFKC", typed)
    text = "".join(ch for ch in text if not ch.isspace() and ch not in _SEPARATORS)
    return text.upper().translate(_LOOKALIKES)


def prefix_of(code: str) -> str:
    """The batch prefix of a typed code, to pick the batch key to check it with.

    Not a validation: a kiosk that holds no key for this prefix can still call
    ``check(code, None)`` to tell a typo (``MALFORMED``) from another batch's code.
    """
    return normalise(code)[:PREFIX_LENGTH]


def check(code: str, key: bytes | None) -> CodeCheck:
    """Whether a typed voting code is genuine for the batch ``key``.

    The shape and the typing character need no key; with ``key=None`` a well-formed code
    gets ``WRONG_CHECK`` (what a kiosk says for a code from a batch it does not hold).
    Whether the code was already used is the store's question, not this one.
    """
    text = normalise(code)
    if not _well_formed(text, CODE_LENGTH):
        return CodeCheck.MALFORMED
    if key is None:
        return CodeCheck.WRONG_CHECK
    _require_key(key)
    body = text[: PREFIX_LENGTH + RANDOM_LENGTH]
    given = text[PREFIX_LENGTH + RANDOM_LENGTH : -1]
    expected = _keyed_check(key, _CODE_LABEL, body, CHECK_LENGTH)
    if not hmac.compare_digest(given, expected):
        return CodeCheck.WRONG_CHECK
    return CodeCheck.VALID


def code_hash(code: str, edition_secret: str) -> str:
    """What the database stores for a used code: a keyed hash of the canonical code.

    Why keyed: the set of used codes travels in sync segments; without the edition secret
    nobody holding a pile of printed slips can tell which of them were used.
    """
    hash_key = hmac.new(_secret_bytes(edition_secret), _HASH_LABEL, hashlib.sha256).digest()
    return hmac.new(hash_key, normalise(code).encode("utf-8"), hashlib.sha256).hexdigest()


def new_serial(key: bytes) -> str:
    """A new paper ballot serial, formatted for print (``ABCD-EFGH-JKMN``)."""
    return derived_serial(key, secrets.randbits(5 * SERIAL_RANDOM_LENGTH))


def derived_serial(key: bytes, value: int) -> str:
    """The serial whose random part is ``value`` (40 bits): for a demo that must come out
    the same every time. Real ballots use :func:`new_serial`."""
    _require_key(key)
    body = _encode(value % (1 << (5 * SERIAL_RANDOM_LENGTH)), SERIAL_RANDOM_LENGTH)
    body += _keyed_check(key, _SERIAL_LABEL, body, SERIAL_CHECK_LENGTH)
    return format_code(body + _typing_char(body))


def check_serial(serial: str, key: bytes | None) -> CodeCheck:
    """Whether a typed or scanned paper ballot serial is genuine for ``key``.

    Same answers as :func:`check`; compare serials by ``normalise(serial)``.
    """
    text = normalise(serial)
    if not _well_formed(text, SERIAL_LENGTH):
        return CodeCheck.MALFORMED
    if key is None:
        return CodeCheck.WRONG_CHECK
    _require_key(key)
    body = text[:SERIAL_RANDOM_LENGTH]
    given = text[SERIAL_RANDOM_LENGTH:-1]
    expected = _keyed_check(key, _SERIAL_LABEL, body, SERIAL_CHECK_LENGTH)
    if not hmac.compare_digest(given, expected):
        return CodeCheck.WRONG_CHECK
    return CodeCheck.VALID


_LIST_LABEL = b"citizenspace/budget/batch-code/v1\x00"


def batch_codes(key: bytes, prefix: str, size: int) -> list[str]:
    """The ``size`` codes of a batch, in print order: code ``i`` is ``new_code`` with its
    random part drawn from HMAC(key, i) instead of the system's randomness.

    Why derived, not stored or drawn: printing a batch again gives the same codes (a second
    print never doubles the valid codes), the database keeps no code that could be read off
    it, and the number of codes issued is the batch's size, exactly.
    """
    _require_key(key)
    if len(prefix) != PREFIX_LENGTH or any(ch not in _VALUE for ch in prefix):
        raise ValueError(f"a batch prefix is {PREFIX_LENGTH} characters of {ALPHABET}")
    made: list[str] = []
    seen: set[str] = set()
    i = 0
    while len(made) < size:
        digest = hmac.new(key, _LIST_LABEL + str(i).encode("ascii"), hashlib.sha256).digest()
        i += 1
        bits = 5 * RANDOM_LENGTH
        body = prefix + _encode(int.from_bytes(digest[:8], "big") >> (64 - bits), RANDOM_LENGTH)
        body += _keyed_check(key, _CODE_LABEL, body, CHECK_LENGTH)
        code = body + _typing_char(body)
        if code not in seen:  # two equal 60-bit draws: never seen, but never printed twice
            seen.add(code)
            made.append(code)
    return made
