"""The Qt binding itself must not leak references to None, True and False.

PySide6 6.12.0's wheels, under Python 3.11, decrement these singletons on every call to a
method returning nothing or a bool: after some thousands of calls the process aborts
("deallocating None"). A reception desk runs all day, so this is checked, not assumed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def test_calls_into_qt_keep_the_interpreter_singletons_alive(qapp):
    label = QLabel()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(500):
        label.setText("Bonjour")
        label.isVisible()
        QCoreApplication.processEvents()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # A few references may come and go with Python's own caches; a leak is one per call.
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
