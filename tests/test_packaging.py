"""The installed application carries everything it needs: migrations, translations, theme,
icons, demo assets and the licence (the README's first command installs a wheel, not this
checkout)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_contains_the_application_files(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    [wheel] = tmp_path.glob("citizenspace-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "citizenspace/store/migrations/env.py",
        "citizenspace/store/migrations/versions/0001_initial.py",
        "citizenspace/resources/translations/citizenspace_fr.qm",
        "citizenspace/resources/translations/citizenspace_en.qm",
        "citizenspace/ui/themes/citizenspace.qss",
        "citizenspace/resources/icons/people.svg",
        "citizenspace/resources/fonts/DejaVuSans.ttf",
        # The demo city's data files, read at run time.
        *(f"citizenspace/resources/demo/{p.name}" for p in (ROOT / "resources" / "demo").iterdir()),
    ):
        assert required in names, required
    # Every package of the source tree, so that none is forgotten in pyproject.toml.
    source = Path(__file__).resolve().parents[1] / "citizenspace"
    for init in source.rglob("__init__.py"):
        module = "citizenspace/" + init.relative_to(source).as_posix()
        assert module in names, f"{module} is not in the wheel: list it in pyproject.toml"
    assert any(n.endswith("licenses/LICENCE") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "citizenspace = citizenspace.cli:main" in text
