"""Benchmark: a city office's people file of 100,000 lines through the import's steps.

    python tests/benchmarks/bench_import.py

Why: the screen runs reading and checking off the GUI thread when they may take more than a
quarter of a second (`views.common.tasks`); these figures say how long the coordinator waits
at each step. The file is what an office sends: `;` and Windows-1252, a birth date, a phone
Excel mangled, a district, notes, a consent column; one line in a thousand is bad.

- read: the file read and its columns offered (`open_file`);
- check: every line checked with the mapping (`check`);
- import: the good lines written, one transaction (`apply`, on a fresh database each run).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.services.people.people_import import PeopleImportService  # noqa: E402
from citizenspace.store.models import District  # noqa: E402
from tests.benchmarks._common import measure  # noqa: E402
from tests.conftest import new_database  # noqa: E402

N = 100_000
DISTRICTS = ["Remicourt", "Faubourg d'Isle", "Centre-ville", "Europe", "Vermandois"]


def office_file(folder: Path) -> Path:
    lines = ["NOM;Prénom;Date de naissance;Tél.;Mail;Quartier;Observations;Consentement"]
    for i in range(N):
        born = f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1940 + i % 70}" if i % 1000 else "31/02/1980"
        lines.append(
            f"Nom{i};Prénom{i};{born};6{i % 100_000_000:08d};p{i}@example.fr;"
            f"{DISTRICTS[i % 5]};Inscrit à la réunion du {i % 28 + 1} mars;{'oui' if i % 3 else 'non'}"
        )
    path = folder / "inscrits.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = office_file(folder)
        print(f"{N:,} lines, {path.stat().st_size / 1e6:.1f} MB", flush=True)

        def fresh() -> PeopleImportService:
            db = new_database(folder / f"city{len(list(folder.glob('*.db')))}.db")
            with db.write() as s:
                s.add_all(District(name=n) for n in DISTRICTS)
            return PeopleImportService(db)

        service = fresh()
        file = service.open_file(path)
        preview = service.check(file, file.suggested)
        print(f"good lines {len(preview.drafts):,}, refused {len(preview.bad_lines):,}")
        measure("read (open_file)", lambda: service.open_file(path) and None)
        measure("check (check)", lambda: service.check(file, file.suggested) and None)

        def write() -> float:
            import time

            target = fresh()
            ready = target.check(file, file.suggested)
            start = time.perf_counter()
            target.apply(ready, only_good_lines=True)
            return time.perf_counter() - start

        measure("import (apply, good lines only)", write)


if __name__ == "__main__":
    main()
