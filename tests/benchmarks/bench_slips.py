"""Benchmark: 1,000 voting slips to PDF (issue 4 target: at most 5 s), median of 5, printed.

    python tests/benchmarks/bench_slips.py [--runs 5] [--count 1000]

Each run makes the whole PDF in memory, QR codes and font subsets included, from codes
generated beforehand (making codes is a separate, much smaller cost, printed too).
Also times 300 paper ballots of 12 projects.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.domain.budget import codes  # noqa: E402
from citizenspace.printing.ballots import BallotProject, BallotSheet, write_ballots  # noqa: E402
from citizenspace.printing.slips import SlipSheet, write_slips  # noqa: E402
from tests.benchmarks._common import measure  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description="Time voting slips and paper ballots to PDF.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()

    key = codes.new_batch_key()
    batch: list[str] = []

    def generate() -> None:
        batch.extend(codes.batch_codes(key, args.count))

    measure(f"{args.count} codes generated", generate, runs=1)
    sheet = SlipSheet(
        edition_title="Budget participatif des enfants 2025",
        site_name="Centre social Europe",
        codes=batch[: args.count],
        heading="Ta carte pour voter",
        instructions=(
            "Va à la borne de vote.",
            "Montre cette carte à la caméra, ou tape le code.",
            "Choisis tes projets.",
            "Appuie sur Valider.",
        ),
        language="fr",
    )
    sizes: list[int] = []

    def slips() -> None:
        out = io.BytesIO()
        write_slips(sheet, out)
        sizes.append(len(out.getvalue()))

    median = measure(f"{args.count} slips to PDF", slips, runs=args.runs)
    print(f"  PDF size: {sizes[-1] / 1024:.0f} KiB; target at most 5 s: ", end="")
    print("met" if median <= 5.0 else "MISSED")

    projects = [
        BallotProject(f"Projet {i} : des nichoirs à oiseaux", "On les pose dans le parc.", 1200)
        for i in range(12)
    ]
    ballots = BallotSheet(
        edition_title="Budget participatif des enfants 2025",
        projects=projects,
        serials=[codes.new_serial(key) for _ in range(300)],
        rule="Coche jusqu’à 3 projets.",
        language="fr",
    )

    def paper() -> None:
        write_ballots(ballots, io.BytesIO())

    measure("300 paper ballots to PDF", paper, runs=args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
