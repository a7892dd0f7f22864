"""Translation workflow (Qt Linguist): extract, compile, check.

    python tools/i18n.py update    # refresh the .ts files from the sources (lupdate)
    python tools/i18n.py release   # compile .ts -> .qm (lrelease)
    python tools/i18n.py check     # fail if French is incomplete or the .qm are stale

Translators edit `resources/translations/citizenspace_fr.ts` with Qt Linguist
(`pyside6-linguist`). Source strings are English; English itself ships as a .ts whose
translations equal the sources, so that the language switch is explicit and complete.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("fr", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    files = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "citizenspace").rglob("*.py")
        if "migrations" not in p.parts
    )
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.ui"))
    return files


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"citizenspace_{lang}.ts"


def lupdate(target: Path, lang: str) -> None:
    cmd = [
        _tool("lupdate"),
        "-no-obsolete",
        "-locations",
        "none",
        "-target-language",
        {"fr": "fr_FR", "en": "en_GB"}[lang],
        *sources(),
        "-ts",
        str(target),
    ]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)


def fill_english(path: Path) -> None:
    """English translations are the sources themselves, except plurals: a message with %n
    needs its singular written by hand in the .ts file (kept across updates); until then the
    source stands for both forms and the message stays unfinished, so the check reports it."""
    tree = ET.parse(path)
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            continue
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if len(forms) == 2 and all(forms):
                tr.attrib.pop("type", None)
                continue
            for child in list(tr):
                tr.remove(child)
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = src
            tr.set("type", "unfinished")
        elif tr.get("type") == "unfinished" or not (tr.text or ""):
            tr.text = src
            tr.attrib.pop("type", None)
    _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
    )
    path.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")


def update() -> None:
    for lang in LANGS:
        lupdate(ts_path(lang), lang)
    fill_english(ts_path("en"))


def release(folder: Path = TS_DIR, out: Path | None = None) -> None:
    for lang in LANGS:
        qm = (out or folder) / f"citizenspace_{lang}.qm"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts_path(lang, folder)), "-qm", str(qm)],
            check=True,
            capture_output=True,
            text=True,
        )


def problems(lang: str = "fr", folder: Path = TS_DIR) -> list[str]:
    """Messages without a finished translation, and sources missing from the .ts file."""
    found: list[str] = []
    path = ts_path(lang, folder)
    if not path.exists():
        return [f"{path.name} is missing"]
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "missing"
            forms = [f.text for f in tr.iter("numerusform")] if tr is not None else []
            empty = tr is None or (not (tr.text or "").strip() and not any(forms))
            if kind in ("unfinished", "missing") or empty:
                found.append(f"{lang} {name}: {src!r} is not translated")
            elif kind in ("vanished", "obsolete"):
                found.append(f"{lang} {name}: {src!r} is no longer used")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / path.name
        shutil.copy(path, fresh)
        lupdate(fresh, lang)
        known = _keys(path)
        for ctx, src in sorted(_keys(fresh) - known):
            found.append(
                f"{lang} {ctx}: {src!r} is in the code but not in the .ts file "
                "(run tools/i18n.py update)"
            )
        for ctx, src in sorted(known - _keys(fresh)):
            found.append(
                f"{lang} {ctx}: {src!r} is no longer in the code (run tools/i18n.py update)"
            )
    return found


def _keys(path: Path) -> set[tuple[str, str]]:
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in ET.parse(path).getroot().iter("context")
        for msg in ctx.iter("message")
    }


def stale_qm(folder: Path = TS_DIR) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        release(folder, Path(tmp))
        return [
            f"citizenspace_{lang}.qm is stale: run tools/i18n.py release"
            for lang in LANGS
            if not (folder / f"citizenspace_{lang}.qm").exists()
            or (folder / f"citizenspace_{lang}.qm").read_bytes()
            != (Path(tmp) / f"citizenspace_{lang}.qm").read_bytes()
        ]


def main(argv: list[str]) -> int:
    action = argv[1] if len(argv) > 1 else "check"
    if action == "update":
        update()
    elif action == "release":
        release()
    elif action == "check":
        issues = problems("fr") + problems("en") + stale_qm()
        for line in issues:
            print(line)
        return 1 if issues else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
