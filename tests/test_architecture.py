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
from pathlib import Path

import grimp

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


# ---------------------------------------------------------------- the shape of the house

#: A folder a newcomer can take in at a glance; past it, split by feature.
MAX_MODULES_PER_FOLDER = 12
#: A screen module one can read in one sitting; past it, split dialogs, models and pages.
MAX_VIEW_LINES = 600


def _package_dir() -> Path:
    return Path(citizenspace.__file__).parent


def test_no_folder_holds_more_than_twelve_modules():
    crowded = {
        str(folder.relative_to(_package_dir())): count
        for folder in [_package_dir(), *_package_dir().rglob("*")]
        if folder.is_dir()
        and folder.name != "__pycache__"
        and (count := len(list(folder.glob("*.py")))) > MAX_MODULES_PER_FOLDER
    }
    assert crowded == {}


def test_no_screen_module_is_longer_than_six_hundred_lines():
    views = _package_dir() / "views"
    long = {
        str(path.relative_to(views)): lines
        for path in views.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_VIEW_LINES
    }
    assert long == {}


def _import_graph() -> grimp.ImportGraph:
    return grimp.build_graph("citizenspace", exclude_type_checking_imports=True)


def test_no_module_imports_itself_back_through_others():
    """No cycle between modules: each can be read, tested and moved with what it imports
    only (imports under TYPE_CHECKING name types and load nothing; they do not count)."""
    graph = _import_graph()
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                cycles.append(f"{module} <-> {imported}")
    assert cycles == []


def test_every_table_is_a_view_over_a_model():
    """One way to show a table: a `QTableView` (most often a `DataTable`) over a model, never
    a `QTableWidget` filled cell by cell (issue 13: three ways to show a table had grown)."""
    views = _package_dir() / "views"
    widgets = {
        str(path.relative_to(views))
        for path in views.rglob("*.py")
        if "QTableWidget" in path.read_text(encoding="utf-8")
    }
    assert widgets == set()
