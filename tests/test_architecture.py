"""The layers, as executable rules (like Gaphor's tests/test_architecture.py).

`domain`, `store`, `services` and `sync` never import Qt; the domain imports neither storage
nor I/O libraries. Checked twice: by import-linter on the static imports (the contracts in
pyproject.toml) and by importing every core module in a fresh interpreter and looking at
what got loaded (which also catches imports hidden inside functions).
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import citizenspace

CORE = ("domain", "store", "services", "sync")


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(citizenspace.__path__, "citizenspace."):
        parts = info.name.split(".")
        if len(parts) > 1 and parts[1] in CORE and ".migrations." not in info.name:
            names.append(info.name)
    return names


def test_import_linter_contracts_hold():
    lint = [
        sys.executable,
        "-c",
        "from importlinter.cli import lint_imports_command; lint_imports_command()",
    ]
    r = subprocess.run(lint, capture_output=True, text=True, cwd=_root())
    assert r.returncode == 0, r.stdout + r.stderr


def test_importing_the_core_loads_no_qt():
    modules = core_modules()
    assert "citizenspace.domain.hlc" in modules and "citizenspace.services.people.people" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""


def test_the_domain_is_pure_python():
    domain = [m for m in core_modules() if m.startswith("citizenspace.domain")]
    code = (
        "import importlib, sys\n"
        f"for m in {domain!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'alembic', 'reportlab', 'qrcode'))\n"
        "print(','.join(bad))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""


def _root() -> str:
    from pathlib import Path

    return str(Path(__file__).resolve().parents[1])


def test_every_type_ignore_says_why_on_its_line():
    """A `type: ignore` silences the checker; the next reader must see why without digging
    (`# type: ignore[code]  # reason`), and a bare one must not slip in."""
    import re
    from pathlib import Path

    bare = re.compile(r"# type: ignore(\[[-a-z, ]*\])?\s*$")
    root = Path(__file__).resolve().parents[1] / "citizenspace"
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if bare.search(line)
    ]
    assert found == []
