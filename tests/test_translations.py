"""French is complete and the default; English is available; the .qm files are up to date."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from citizenspace import i18n

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _tool()


def test_every_french_string_is_translated_and_finished(tool):
    assert tool.problems("fr") == []


def test_english_is_complete_too(tool):
    assert tool.problems("en") == []


def test_the_compiled_translations_are_up_to_date(tool):
    assert tool.stale_qm() == []


def test_placeholders_survive_translation():
    """A translation that drops %1 would show the user a sentence without its subject."""
    ts = ROOT / "resources" / "translations" / "citizenspace_fr.ts"
    for msg in ET.parse(ts).getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        texts = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        for marker in ("%1", "%2", "%3", "%4"):
            if marker in source:
                assert all(marker in t for t in texts), (source, texts)


def test_french_is_the_default_language(qapp):
    assert i18n.install(qapp, None) == "fr"
    assert QCoreApplication.translate("MainWindow", "Overview") != "Overview"
    assert i18n.install(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"
    i18n.install(qapp, "fr")


def test_no_text_hides_from_the_extractor():
    """lupdate sees `self.tr("…")` and `QCoreApplication.translate("Context", "…")`, not a
    text handed to a module's own one-argument helper (`_tr("…")`): such a text was never in
    the .ts files and showed in English to French users (the directory's file dialogs)."""
    views = Path(__file__).resolve().parents[1] / "citizenspace"
    hidden = []
    for path in sorted(views.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for helper in re.findall(r"^def (_\w+)\(\s*\w+\s*:\s*str\s*\)\s*->\s*str:", source, re.M):
            body = source.split(f"def {helper}(", 1)[1].split("\ndef ", 1)[0]
            if "translate(" not in body and ".tr(" not in body:
                continue
            for call in re.finditer(rf"\b{helper}\(\s*[\"']", source):
                line_no = source.count("\n", 0, call.start()) + 1
                hidden.append(f"{path.relative_to(views)}:{line_no}")
    assert hidden == []


def test_table_headers_are_translated_in_their_context(tool):
    """A model's headers are written `QT_TRANSLATE_NOOP("Context", …)` and translated in its
    `CONTEXT` (else its class name): a header written in another context than the one it is
    looked up in would show in English, and no other check would see it."""
    import pkgutil

    import citizenspace.views
    from citizenspace.views.common.rows_model import RowsModel

    for info in pkgutil.walk_packages(citizenspace.views.__path__, "citizenspace.views."):
        importlib.import_module(info.name)
    known = tool._keys(tool.ts_path("fr"))
    models, stack = [], [RowsModel]
    while stack:
        model = stack.pop()
        stack.extend(model.__subclasses__())
        models.append(model)
    missing = [
        (model.__name__, text)
        for model in models
        for text in model.HEADERS
        if text and (model.CONTEXT or model.__name__, text) not in known
    ]
    assert len(models) > 10
    assert missing == []
