"""A French user meets no English: every page, tab and main dialog of the staff window is
walked in French and each text a user can read is looked at, and the French translation
file is complete and translates what it claims to."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import speech
import walk
from test_layout import themed

from citizenspace.services.demo import demo
from citizenspace.store.migrate import open_database
from citizenspace.views.common.context import Services
from citizenspace.views.shell.main_window import MainWindow
from tools import i18n as i18n_tool

#: French texts that are also English words, or names, and are right in French.
SAME_IN_FRENCH = {"OK", "Code", "Description", "Note", "Site", "Service", "Photo", "Source"}


@pytest.fixture(scope="module")
def demo_city(tmp_path_factory) -> Path:
    from tests.conftest import new_database

    path = tmp_path_factory.mktemp("french-city") / "city.db"
    db = new_database(path)
    try:
        demo.generate(db, scale=0.05, today=date.today())
    finally:
        db.close()
    return path


@pytest.fixture
def window(qtbot, qapp, demo_city, tmp_path) -> Iterator[MainWindow]:
    for _ in themed(qapp, "fr"):
        copy = tmp_path / "city.db"
        shutil.copy(demo_city, copy)
        db, _report = open_database(copy)
        w = MainWindow(Services.for_database(db), sync_interval_ms=0, sync_first_delay_ms=-1)
        qtbot.addWidget(w)
        yield w
        w.close()
        walk.settle()
        db.close()


def _english_sources() -> set[str]:
    """The English texts whose French differs: one of them shown whole is a leak."""
    tree = ET.parse(i18n_tool.ts_path("fr"))
    out = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if len(source.split()) >= 2 and source not in forms:
            out.add(source)
    return out


def _leaks(root, where: str, sources: set[str]) -> Iterator[str]:
    for widget, text in speech.texts(root):
        text = text.strip()
        if not text or text in SAME_IN_FRENCH or text.startswith(("/", "\\")):  # a path
            continue
        words = speech.english_words(text)
        if words or text in sources:
            yield f"{where}: {speech_name(widget)} says {text[:90]!r} (English: {words})"


def speech_name(widget) -> str:
    return widget.objectName() or type(widget).__name__


def test_the_french_window_says_nothing_in_english(window) -> None:
    sources = _english_sources()
    found: list[str] = []
    for shot, root in walk.walk_window(window, 1366, 768):
        found.extend(_leaks(root, shot, sources))
    for key, dialog in walk.dialogs(window):
        found.extend(_leaks(dialog, f"dialog {key}", sources))
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_the_french_translation_is_complete_and_translates() -> None:
    """No unfinished or empty French text, and none left equal to a sentence of English."""
    assert i18n_tool.problems("fr") == []
    tree = ET.parse(i18n_tool.ts_path("fr"))
    untranslated = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for form in forms:
                if "Citizen Space" in form:  # the brand is "Espace Citoyens" in French
                    untranslated.append(f"{context.findtext('name')}: {form!r}")
                if speech.english_words(form) and form == source:
                    untranslated.append(f"{context.findtext('name')}: {source!r}")
    assert untranslated == []
