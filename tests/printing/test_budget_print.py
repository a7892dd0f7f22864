"""Printing a batch's slips and paper ballots from the database: the PDF read back holds
exactly the batch's codes; a failed write leaves nothing behind and marks nothing printed."""

from __future__ import annotations

import pytest

from citizenspace.domain.budget import codes
from citizenspace.services.budget.budget import BudgetService
from citizenspace.services.budget.budget_print import (
    BallotWords,
    BudgetPrinting,
    PrintFailed,
    SlipWords,
)
from tests.budget_fixtures import TODAY, open_vote
from tests.printing.conftest import decode_pdf, pdf_pages_text

SLIP_WORDS = SlipWords(
    heading="Ta carte de vote",
    instructions=("Va à la borne.", "Montre cette carte.", "Choisis.", "Vote."),
    document_title="Cartes de vote",
    language="fr",
)
BALLOT_WORDS = BallotWords(
    heading="Bulletin de vote",
    rule="Coche jusqu'à 2 projets.",
    instructions=("Fais une croix dans la case de chaque projet choisi.",),
    serial_label="Numéro du bulletin",
    document_title="Bulletins papier",
    language="fr",
)


@pytest.mark.parametrize("dpi", [300, 150])
def test_the_slips_of_a_batch_decode_to_exactly_its_codes(db, tmp_path, dpi):
    vote = open_vote(db, n_codes=11)  # a page and a half
    not_printed_yet(db, vote.batch_id)
    budget = BudgetService(db, today=lambda: TODAY)
    target = tmp_path / "slips.pdf"
    pages = BudgetPrinting(db, budget).slips(vote.batch_id, target, SLIP_WORDS)
    assert pages == 2
    found = decode_pdf(target, dpi)
    assert sorted(d.text for d in found) == sorted(vote.codes)
    assert all(d.ec_level in ("Q", "H") for d in found)
    assert "Ta carte de vote" in pdf_pages_text(target)[0]
    (batch,) = budget.batches(vote.edition_id)
    assert batch.printed_on == TODAY


def not_printed_yet(db, batch_id: str) -> None:
    from citizenspace.store.models import CodeBatch

    with db.write() as s:
        s.get(CodeBatch, batch_id).printed_on = None


def test_a_slip_file_that_cannot_be_written_leaves_nothing(db, tmp_path):
    """The name chosen is a folder's (the file cannot take its place): the whole document
    was made, then refused at the last step; no half file, no temporary file stays, and
    the batch is not marked printed."""
    vote = open_vote(db, n_codes=3)
    not_printed_yet(db, vote.batch_id)
    budget = BudgetService(db, today=lambda: TODAY)
    out = tmp_path / "out"
    out.mkdir()
    taken = out / "slips.pdf"
    taken.mkdir()
    with pytest.raises(PrintFailed) as failed:
        BudgetPrinting(db, budget).slips(vote.batch_id, taken, SLIP_WORDS)
    assert failed.value.reason == "cannot_write"
    assert [p.name for p in out.iterdir()] == ["slips.pdf"]
    assert taken.is_dir()
    (batch,) = budget.batches(vote.edition_id)
    assert batch.printed_on is None
    with pytest.raises(PrintFailed):
        BudgetPrinting(db, budget).slips(vote.batch_id, tmp_path / "gone" / "x.pdf", SLIP_WORDS)


def test_paper_ballots_carry_serials_the_entry_form_accepts(db, tmp_path):
    vote = open_vote(db)
    budget = BudgetService(db, today=lambda: TODAY)
    target = tmp_path / "ballots.pdf"
    assert BudgetPrinting(db, budget).ballots(vote.edition_id, 3, target, BALLOT_WORDS) == 3
    serials = [d.text for d in decode_pdf(target, 150)]
    assert len(set(serials)) == 3
    text = pdf_pages_text(target)[0]
    assert "Une aire de jeux" in text and "4\u202f500" in text.replace("\u00a0", "\u202f")
    for serial in serials:
        budget.record_paper_ballot(vote.edition_id, serial, ["p1"])
    assert budget.reconciliation(vote.edition_id).ballots_by_channel == {"paper": 3}
    assert all(
        codes.check_serial(s, budget.paper_key(vote.edition_id)).value == "valid" for s in serials
    )
