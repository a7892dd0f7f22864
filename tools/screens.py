"""Photograph every page and tab of the staff window, as a new user would open them, and
list what a careful designer would see wrong (text cut, widgets over each other).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screens.py DB OUTDIR \
        [--size 1366x768] [--lang fr] [--scale 1.25]

DB is copied first (the walk never writes to it). Screenshots are OUTDIR/<lang>-<size>/…png;
the problems are printed, one per line, and the exit code is 1 when there are any. The same
checks run in `tests/views/test_layout.py`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "views")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--scale", default="")
    parser.add_argument("--only", default="", help="a page key, to walk one page")
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    width, height = (int(v) for v in args.size.split("x"))

    import layout_audit  # noqa: PLC0415 - after sys.path
    import walk  # noqa: PLC0415

    from citizenspace import i18n
    from citizenspace.store.migrate import open_database
    from citizenspace.views.common.context import Services
    from citizenspace.views.shell.app import qt_application
    from citizenspace.views.shell.main_window import MainWindow

    app = qt_application()
    i18n.install(app, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "city.db"
        shutil.copy(args.db, copy)
        db, _report = open_database(copy)
        window = MainWindow(Services.for_database(db), sync_interval_ms=0, sync_first_delay_ms=-1)
        out = args.outdir / f"{args.lang}-{args.size}{'-x' + args.scale if args.scale else ''}"
        out.mkdir(parents=True, exist_ok=True)
        count = 0
        for shot, root in walk.walk_window(window, width, height, only=args.only):
            window.grab().save(str(out / f"{shot}.png"))
            for problem in layout_audit.problems(root):
                print(f"{shot}: {problem}")
                count += 1
        if not args.only:
            for key, dialog in walk.dialogs(window):
                dialog.grab().save(str(out / f"dialog-{key}.png"))
                for problem in layout_audit.problems(dialog):
                    print(f"dialog {key}: {problem}")
                    count += 1
        window.close()
        window.deleteLater()
        app.processEvents()
        db.close()
    print(f"{count} problem(s); screenshots in {out}", file=sys.stderr)
    return 1 if count else 0


if __name__ == "__main__":
    raise SystemExit(main())
