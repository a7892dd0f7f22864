"""Trying to link ballots to the codes that unlocked them, as an attacker holding the
kiosk's database file, the segments on the share and the logs would — and doing no better
than chance.

The truth is known to the test only: after each vote it notes which used-code row and which
ballot row appeared. Each attack then guesses pairs from what it can see (the order rows
are stored in, the order they travel in, dates, ids, logs).
"""

from __future__ import annotations

import gzip
import json
import logging
import uuid

from sqlalchemy import text

from citizenspace.services.budget import BudgetService
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share
from tests.budget_fixtures import TODAY, open_vote

VOTES = 40
#: For a random pairing of 40 with 40, 7 or more right guesses happen about once in 12,000.
CHANCE_MATCHES = 6


def ids(db, sql: str) -> list[str]:
    with db.read() as s:
        return list(s.execute(text(sql)).scalars())


def matches(truth: dict[str, str], codes_seen: list[str], ballots_seen: list[str]) -> int:
    """Right guesses when the k-th used code seen is paired with the k-th ballot seen."""
    return sum(truth.get(c) == b for c, b in zip(codes_seen, ballots_seen, strict=False))


def rank_correlation(order: list[str], seen: list[str]) -> float:
    """Spearman's rho between the order of casting and the order an attacker sees."""
    n = len(order)
    position = {x: i for i, x in enumerate(seen)}
    d2 = sum((i - position[x]) ** 2 for i, x in enumerate(order))
    return 1 - 6 * d2 / (n * (n * n - 1))


def test_nothing_links_a_ballot_to_its_code(db, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)  # everything any part of the application logs
    vote = open_vote(db, n_codes=VOTES)
    service = BudgetService(db, today=lambda: TODAY)
    truth: dict[str, str] = {}
    cast_codes: list[str] = []
    cast_ballots: list[str] = []
    for i, code in enumerate(vote.codes):
        before_c = set(ids(db, "SELECT id FROM used_codes"))
        before_b = set(ids(db, "SELECT id FROM ballots"))
        service.cast_with_code(vote.edition_id, code, [vote.projects[i % 3]])
        (new_c,) = set(ids(db, "SELECT id FROM used_codes")) - before_c
        (new_b,) = set(ids(db, "SELECT id FROM ballots")) - before_b
        truth[new_c] = new_b
        cast_codes.append(new_c)
        cast_ballots.append(new_b)

    # 1. The order rows are stored in (what a plain SELECT, or a look at the file, gives).
    stored_c = ids(db, "SELECT id FROM used_codes")
    stored_b = ids(db, "SELECT id FROM ballots")
    assert matches(truth, stored_c, stored_b) <= CHANCE_MATCHES
    assert abs(rank_correlation(cast_codes, stored_c)) < 0.5
    assert abs(rank_correlation(cast_ballots, stored_b)) < 0.5

    # 2. The order in the outbox waiting for the share.
    outbox = ids(db, "SELECT row_id FROM secret_outbox")
    assert (
        matches(
            truth,
            [r for r in outbox if r in truth],
            [r for r in outbox if r in set(truth.values())],
        )
        <= CHANCE_MATCHES
    )

    # 3. The order in which they travel: the segment on the share.
    share = tmp_path / "share"
    share.mkdir()
    open_share(share)
    assert SyncEngine(db, share).round(flush_secret=True).ok
    (segment,) = (share / "devices").glob("*/*/seg-*.json.gz")
    secret = json.loads(gzip.decompress(segment.read_bytes()))["body"]["secret"]
    sent_c = [r for t, r, _d in secret if t == "used_codes"]
    sent_b = [r for t, r, _d in secret if t == "ballots"]
    assert len(sent_c) == len(sent_b) == VOTES
    assert matches(truth, sent_c, sent_b) <= CHANCE_MATCHES
    assert abs(rank_correlation(cast_ballots, sent_b)) < 0.5

    # 4. Times: the day only, the same for every vote of the day.
    with db.read() as s:
        days = set(s.execute(text("SELECT used_on FROM used_codes")).scalars())
        days |= set(s.execute(text("SELECT cast_on FROM ballots")).scalars())
    assert {str(d) for d in days} == {TODAY.isoformat()}

    # 5. Ids: random for ballots, derived from the code's keyed hash for used codes.
    assert all(uuid.UUID(b).version == 4 for b in truth.values())
    assert all(uuid.UUID(c).version == 5 for c in truth)

    # 6. Logs, at their most talkative: no code, no hash, no id.
    logging.getLogger("citizenspace.services.budget").debug("probe")
    logs = caplog.text
    assert "probe" in logs, "the application's logs were not captured: this would prove nothing"
    with db.read() as s:
        hashes = list(s.execute(text("SELECT code_hash FROM used_codes")).scalars())
    for secret_text in [*vote.codes, *hashes, *truth, *truth.values()]:
        assert secret_text not in logs
