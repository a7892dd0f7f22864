"""The Personal data page's long actions, off the GUI thread: erasing a person, anonymising
on a large database (seconds on a million visits). A progress dialog comes when the work
lasts more than a quarter of a second, with Cancel: each action is one transaction, so a
cancel before its commit leaves everything as it was; once committed, the action is done
and said so, whatever was clicked (`views.common.tasks`: a result that arrives is real).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from citizenspace.views.common.tasks import BackgroundTask, Progress, run_in_background

T = TypeVar("T")

#: Work shorter than this shows no dialog: a window that flashes is noise.
SHOW_AFTER_MS = 250


def run_with_progress(
    parent: QWidget,
    text: str,
    work: Callable[[Callable[[float], None]], T],
    on_done: Callable[[T], None],
    on_cancelled: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> BackgroundTask[T]:
    """Run `work(step)` on a worker thread; `step(fraction)` moves the bar and raises once
    the user cancelled (the service's transaction then rolls back). The dialog is modal to
    the window, so nothing else starts meanwhile."""
    cancel = QCoreApplication.translate("PrivacyView", "Cancel")
    dialog = QProgressDialog(text, cancel, 0, 1000, parent)
    dialog.setWindowTitle(text)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Shown by our own timer, not by the dialog's guess of the time left.
    dialog.setMinimumDuration(2**30)
    dialog.setMinimumWidth(420)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)

    def run(progress: Progress) -> T:
        def step(fraction: float) -> None:
            progress.raise_if_cancelled()
            progress.report(fraction)

        return work(step)

    def moved(fraction: float | None, _text: str) -> None:
        if fraction is not None:
            dialog.setValue(int(1000 * fraction))

    task = run_in_background(
        parent,
        run,
        on_done=on_done,
        on_error=on_error,
        on_progress=moved,
        on_cancelled=on_cancelled,
    )
    dialog.canceled.connect(task.cancel)

    focus: list[QWidget | None] = []

    def appear() -> None:
        if task.running:
            focus.append(QApplication.focusWidget())
            dialog.show()

    def ended() -> None:
        dialog.canceled.disconnect(task.cancel)
        shown = dialog.isVisible() or bool(focus)
        dialog.hide()
        dialog.deleteLater()
        if shown:  # the keyboard goes back where it was before the dialog took it
            parent.window().activateWindow()
            if focus and focus[0] is not None:
                focus[0].setFocus()

    QTimer.singleShot(SHOW_AFTER_MS, dialog, appear)
    task.finished.connect(ended)
    return task
