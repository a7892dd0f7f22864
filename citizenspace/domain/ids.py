"""Identifiers made where a record is created.

Why random (version 4) UUIDs and not time-ordered ones: some records, ballots first of all,
must not reveal the order in which they were made. One kind of id everywhere keeps the rule
simple.
"""

from __future__ import annotations

import uuid

#: Namespace for ids derived from a natural key (a setting's name), so that two devices
#: creating the same setting offline create the same row, not two.
NAMESPACE = uuid.UUID("5b0e7a52-3c1e-4d0b-9a55-6f1c2d8e9a10")


def new_id() -> str:
    return str(uuid.uuid4())


def id_for_key(kind: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))
