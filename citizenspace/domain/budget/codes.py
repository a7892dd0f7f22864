"""Voting codes and paper ballot serials for the children's participatory budget.

Why this shape: a kiosk must tell a genuine code from a typo or a forgery with no network, a
ten-year-old must be able to type it, nobody may guess one — and nothing a kiosk or the share
holds may let anyone make a valid code (a stolen kiosk, a copied USB stick).

Alphabet: Crockford base32 (``0-9 A-Z`` without ``I L O U``). What a child or a scanner types
is read leniently: case, spaces and hyphens do not matter, and ``I``/``L`` read as ``1``, ``O``
as ``0`` (:func:`normalise`). ``U`` is not a code character.

A **voting code** has 13 characters, printed ``ABCD-EFGH-JKMNP``: 12 random characters (60
bits) and a typing character over GF(32) that catches every typo of one character and every
swap of two characters (:attr:`CodeCheck.MALFORMED`, "typed wrong, try again").

How a kiosk knows a code is genuine without being able to make one: it holds, for each batch,
only the sorted list of the codes' **verifiers** — scrypt(code, edition salt), 128 bits each
(:func:`verifier`) — never the codes, the batch key they were derived from, nor the print
order. The batch key stays on the machine that printed the slips (so that it can print them
again, identically); it never travels on the share.

The security argument, written down because it is what lets the code be 13 characters:

- **Forgery at the kiosk.** A made-up code is accepted only if it is one of the unused codes
  of a batch the kiosk accepts: at most 5,000 of 2^60 ≈ 1.15·10^18, odds below 1 in 2·10^14
  per attempt. The old keyed check (25 bits) is no longer needed: the random part alone is
  the secret, and 60 bits of it make typing a valid code by chance hopeless.
- **Offline search from a kiosk's files or the share.** Whoever copies the verifiers must run
  scrypt (N=2^11, r=8: 2 MiB of memory and ~7 ms per try here) for each guess; a guess is
  tested against every code of the edition at once, so finding one unused code of a 5,000-code
  batch takes about 2^60 / 5,000 ≈ 2.3·10^14 tries: more than 7 years of a GPU doing a million
  such tries a second, for a vote that lasts a few weeks. The salt is per edition, so no
  table made in advance helps, and no two editions are attacked at once.
- **Typos.** One wrong character or two swapped characters never pass the typing character;
  a bigger typo passes it with probability 1/32 and then must land on a printed code: below
  1 in 10^13.
- **Collisions.** Two codes of one edition coincide with probability about n^2 / 2^61: below
  1 in 10^10 for 50,000 codes; a batch never prints the same code twice.

So 60 random bits and one typing character: 13 characters, against 20 before. Codes printed
in the older 20-character format (with a 2-character batch prefix and a keyed check) keep
working after the upgrade: the kiosk checks them against their verifiers the same way.

A **paper ballot serial** has 12 characters (``ABCD-EFGH-JKMN``): 8 random (40 bits), 3 keyed
check (15 bits: a made-up serial passes with probability 1 in 32,768), 1 typing character.
Staff enter serials on staff machines, and each serial counts once, so a photocopied ballot
is refused too. Its key is the edition's paper key (:func:`batch_key` of the old secret, or a
new random key).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Callable
from enum import StrEnum

#: Crockford's base32 alphabet, in value order.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}

RANDOM_LENGTH = 12
#: A canonical voting code: the random part and the typing character.
CODE_LENGTH = RANDOM_LENGTH + 1
#: How a code is grouped for print and typing: ``ABCD-EFGH-JKMNP``.
CODE_GROUPS = (4, 4, 5)

# The older format (before version 0.3): prefix, random part, keyed check, typing character.
PREFIX_LENGTH = 2
CHECK_LENGTH = 5
LEGACY_CODE_LENGTH = PREFIX_LENGTH + RANDOM_LENGTH + CHECK_LENGTH + 1

#: scrypt's cost for a verifier: 2 MiB of memory, a few milliseconds (see the module's text).
VERIFIER_COST = {"n": 2**11, "r": 8, "p": 1}
VERIFIER_BYTES = 16

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


def _hex_bytes(value: str, least: int, what: str) -> bytes:
    """The bytes of a hex string we made, refused if shorter than `least` bytes."""
    try:
        raw = bytes.fromhex(value)
    except (TypeError, ValueError):
        raw = b""
    if len(raw) < least:
        raise ValueError(f"{what} is the hex string made by new_{what.split()[-1]}()")
    return raw


def _secret_bytes(edition_secret: str) -> bytes:
    return _hex_bytes(edition_secret, 16, "an edition secret")


def _well_formed(text: str, length: int) -> bool:
    return len(text) == length and all(ch in _VALUE for ch in text) and _typing_ok(text)


# --- public API ---------------------------------------------------------------------------


def new_secret() -> str:
    """A new random key as hex (32 bytes): an edition's paper-ballot key. Never printed."""
    return secrets.token_hex(32)


def new_batch_key() -> bytes:
    """A new batch key: the codes of a batch follow from it (:func:`batch_codes`). It stays on
    the machine that prints the slips; kiosks and the share never see it."""
    return secrets.token_bytes(32)


def new_salt() -> str:
    """An edition's verifier salt (16 random bytes as hex). Not a secret: it only makes every
    edition's verifiers a search of its own."""
    return secrets.token_hex(16)


def batch_key(edition_secret: str, batch_id: str) -> bytes:
    """A key derived from an older edition's secret: the batch keys of codes printed before
    version 0.3, and the paper-ballot key (``batch_key(secret, "paper-ballots")``)."""
    return hmac.new(
        _secret_bytes(edition_secret), _BATCH_LABEL + batch_id.encode("utf-8"), hashlib.sha256
    ).digest()


def paper_key(hex_key: str) -> bytes:
    """An edition's paper-ballot key, as kept in the database (hex)."""
    return _secret_bytes(hex_key)


def _body_to_code(body: str) -> str:
    return body + _typing_char(body)


def new_code() -> str:
    """A new canonical voting code (13 characters, no separators), from the system's
    randomness. Printed batches use :func:`batch_codes`, so that they can be printed again."""
    return _body_to_code(_encode(secrets.randbits(5 * RANDOM_LENGTH), RANDOM_LENGTH))


def batch_codes(key: bytes, size: int) -> list[str]:
    """The ``size`` codes of a batch, in print order: code ``i``'s random part is drawn from
    HMAC(key, i).

    Why derived, not stored: printing a batch again gives the same codes (a second print never
    doubles the valid codes) and the database of the printing machine keeps one key, not a
    list of codes that could be read off it."""
    return _derived(key, _LIST_LABEL_V2, size, _body_to_code)


def _derived(key: bytes, label: bytes, size: int, make: Callable[[str], str]) -> list[str]:
    """``size`` distinct codes whose random parts are drawn from HMAC(key, label + i)."""
    _require_key(key)
    made: list[str] = []
    seen: set[str] = set()
    i = 0
    while len(made) < size:
        digest = hmac.new(key, label + str(i).encode("ascii"), hashlib.sha256).digest()
        i += 1
        bits = 5 * RANDOM_LENGTH
        code = make(_encode(int.from_bytes(digest[:8], "big") >> (64 - bits), RANDOM_LENGTH))
        if code not in seen:  # two equal 60-bit draws: never seen, but never printed twice
            seen.add(code)
            made.append(code)
    return made


def verifier(code: str, salt: str) -> str:
    """What a kiosk holds for a code: scrypt(canonical code, salt), 128 bits as hex.

    One-way and slow on purpose (see the module's text): it tells a genuine code from any
    other, and cannot be turned back into a code."""
    raw_salt = _hex_bytes(salt, 8, "a verifier salt")
    return hashlib.scrypt(
        normalise(code).encode("ascii", "replace"),
        salt=raw_salt,
        dklen=VERIFIER_BYTES,
        maxmem=64 * 1024 * 1024,
        **VERIFIER_COST,
    ).hex()


def format_code(code: str) -> str:
    """The code in groups joined by hyphens, as printed and shown for typing: a voting code
    ``ABCD-EFGH-JKMNP``, anything else (a serial, an older code) in groups of four.

    The input is normalised first, so formatting twice is harmless.
    """
    text = normalise(code)
    if len(text) == CODE_LENGTH:
        parts, start = [], 0
        for size in CODE_GROUPS:
            parts.append(text[start : start + size])
            start += size
        return "-".join(parts)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def normalise(typed: str) -> str:
    """What a child or a keyboard-wedge scanner typed, as a canonical code.

    Drops spaces and hyphens, upper-cases, reads I and L as 1 and O as 0 (Crockford's
    decoding rules). Characters outside the alphabet are kept, so :func:`check_shape` can
    report ``MALFORMED`` rather than accept a shortened code.
    """
    text = unicodedata.normalize("NFKC", typed)
    text = "".join(ch for ch in text if not ch.isspace() and ch not in _SEPARATORS)
    return text.upper().translate(_LOOKALIKES)


def check_shape(code: str) -> CodeCheck:
    """Whether a typed voting code could be a code at all: ``VALID`` when it has the length
    of a code (or of an older one), only code characters and a matching typing character;
    ``MALFORMED`` (a typo) otherwise. Whether it was printed is :func:`verifier`'s question."""
    text = normalise(code)
    if _well_formed(text, CODE_LENGTH) or _well_formed(text, LEGACY_CODE_LENGTH):
        return CodeCheck.VALID
    return CodeCheck.MALFORMED


def new_serial(key: bytes) -> str:
    """A new paper ballot serial, formatted for print (``ABCD-EFGH-JKMN``)."""
    return derived_serial(key, secrets.randbits(5 * SERIAL_RANDOM_LENGTH))


def new_serials(key: bytes, count: int, draw: Callable[[int], int] = secrets.randbits) -> list[str]:
    """`count` new serials, never one twice: 40 random bits make a repeat in a print run of
    100,000 ballots rare (about 1 in 200 runs), not impossible, and two ballots with one
    serial would count as one. `draw(bits)` is the random source."""
    serials: list[str] = []
    seen: set[str] = set()
    while len(serials) < count:
        serial = derived_serial(key, draw(5 * SERIAL_RANDOM_LENGTH))
        if serial not in seen:
            seen.add(serial)
            serials.append(serial)
    return serials


def derived_serial(key: bytes, value: int) -> str:
    """The serial whose random part is ``value`` (40 bits): for a demo that must come out
    the same every time. Real ballots use :func:`new_serial`."""
    _require_key(key)
    body = _encode(value % (1 << (5 * SERIAL_RANDOM_LENGTH)), SERIAL_RANDOM_LENGTH)
    body += _keyed_check(key, _SERIAL_LABEL, body, SERIAL_CHECK_LENGTH)
    return format_code(body + _typing_char(body))


def check_serial(serial: str, key: bytes | None) -> CodeCheck:
    """Whether a typed or scanned paper ballot serial is genuine for ``key``.

    ``MALFORMED`` for a typo, ``WRONG_CHECK`` for a serial not made with this key; compare
    serials by ``normalise(serial)``.
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


# --- the older format, for the upgrade ------------------------------------------------------

_LIST_LABEL = b"citizenspace/budget/batch-code/v1\x00"
_LIST_LABEL_V2 = b"citizenspace/budget/batch-code/v2\x00"


def legacy_batch_codes(key: bytes, prefix: str, size: int) -> list[str]:
    """The codes of a batch printed before version 0.3 (20 characters, with the batch's
    prefix and a keyed check), in print order: what the upgrade turns into verifiers and
    what the printing machine prints again."""

    def make(random_part: str) -> str:
        body = prefix + random_part
        return _body_to_code(body + _keyed_check(key, _CODE_LABEL, body, CHECK_LENGTH))

    return _derived(key, _LIST_LABEL, size, make)


def legacy_code_hash(code: str, edition_secret: str) -> str:
    """What an older database stored for a used code (a keyed hash under the edition's old
    secret): the upgrade matches these to codes to give them their verifiers."""
    hash_key = hmac.new(_secret_bytes(edition_secret), _HASH_LABEL, hashlib.sha256).digest()
    return hmac.new(hash_key, normalise(code).encode("utf-8"), hashlib.sha256).hexdigest()
