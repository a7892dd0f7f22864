"""The desk's choice bars and quick-theme chips at any width a splitter may give them: every
option whole (wrapped onto another row, never cut or drawn over another), the rows as few
as the width allows, and a chip too long for its third of the row shortened with "…"."""

from __future__ import annotations

import layout_audit
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from citizenspace.views.reception.desk.widgets import KeyChoiceBar, QuickThemes

OPTIONS = [
    (1, "Réponse apportée"),
    (2, "Réorienté"),
    (3, "Rendez-vous pris"),
    (4, "Suite à donner"),
    (5, "Reparti sans réponse"),
]


def _hosted(qtbot, widget: QWidget) -> QWidget:
    host = QWidget()
    QVBoxLayout(host).addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host


def _rows(bar: KeyChoiceBar) -> int:
    return len({b.y() for b in bar.buttons if b.isVisible()})


def test_a_choice_bar_wraps_instead_of_cutting_its_options(qtbot) -> None:
    bar = KeyChoiceBar(OPTIONS)
    host = _hosted(qtbot, bar)
    widest = max(b.sizeHint().width() for b in bar.buttons)
    everything = sum(b.sizeHint().width() for b in bar.buttons)
    seen_rows = set()
    for width in range(widest + 40, everything + 120, 23):
        host.resize(width, 400)
        QApplication.processEvents()
        assert layout_audit.problems(host) == [], width
        assert bar.height() >= bar.heightForWidth(bar.width())
        seen_rows.add(_rows(bar))
    assert min(seen_rows) == 1 and max(seen_rows) >= 3  # one row when wide, more when narrow


def test_the_options_line_up_in_columns_when_that_costs_no_row(qtbot) -> None:
    bar = KeyChoiceBar(OPTIONS[:4])
    host = _hosted(qtbot, bar)
    two_wide = sum(sorted(b.sizeHint().width() for b in bar.buttons)[-2:]) + 60
    host.resize(two_wide, 300)
    QApplication.processEvents()
    assert _rows(bar) == 2
    first, second = bar.buttons[0], bar.buttons[2]  # one above the other
    assert (first.x(), first.width()) == (second.x(), second.width())


def test_six_long_chips_take_two_rows_the_longest_shortened_with_an_ellipsis(qtbot) -> None:
    chips = QuickThemes("Alt+", 6)
    names = [
        "Accompagnement aux démarches administratives en ligne",
        "Handicap",
        "Inscription à la restauration scolaire et au périscolaire",
        "Logement",
        "Carte d'identité et passeport",
        "Aides du CCAS",
    ]
    for i, name in enumerate(names):
        chips.set_text(i, f"{i + 1}  {name}")
    host = _hosted(qtbot, chips)
    host.resize(520, 300)
    QApplication.processEvents()
    assert layout_audit.problems(host) == []
    assert len({b.y() for b in chips.buttons}) == 2
    shortened = [b for b in chips.buttons if b.text() != b.full_text()]
    assert shortened and all(b.text().endswith("…") for b in shortened)
    assert chips.buttons[1].text() == "2  Handicap"  # a short name is left whole
    host.resize(1400, 300)
    QApplication.processEvents()
    assert [b.text() for b in chips.buttons] == [b.full_text() for b in chips.buttons]
