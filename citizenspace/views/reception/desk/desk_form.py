"""The desk's visit form as it is laid out: its fields in the order Tab walks them, the line
under each field where a refusal is written, and the Save and Clear buttons.

Made to fit a city's laptop (1366×768, and 1280×720 at a pinch): the one-key choices and the
quick themes wrap onto more rows rather than being cut, the CNIL advice shows in a line (the
whole of it on its "?"), and on a screen too short for the form, the form scrolls while Save
stays in sight under it.

`DeskForm` builds and wires (as Qt Designer's `setupUi` would) and knows where a refusal is
written; `DeskView` inherits it and holds the behaviour the signals are connected to. The
words keep the desk's translation context ("DeskView").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from citizenspace.domain import catalog as c
from citizenspace.domain.reception.visits import NOTE_MAX
from citizenspace.views.common.forms import error_label, set_invalid, show_error
from citizenspace.views.common.labels import enum_label
from citizenspace.views.reception.desk.layouts import FittingScroll, WrapLayout
from citizenspace.views.reception.desk.widgets import (
    InlineCompleter,
    KeyChoiceBar,
    QuickThemes,
    TimeEdit,
)
from citizenspace.views.reception.words import CNIL_GUIDANCE, CNIL_GUIDANCE_SHORT

# Day and month, hours and minutes: the year is this one (French and British order alike).
TIME_FORMAT = "dd/MM HH:mm"
# Quick themes, Alt+1 to Alt+6, as chips that wrap under the theme box.
QUICK_THEMES = 6


class DeskForm:
    """The widgets of the visit form (mixed into `DeskView`, a QWidget)."""

    #: The line under each field where its refusal is written; several fields share one.
    error_labels: dict[str, QLabel]
    #: The field each refusal outlines and gives the focus to.
    field_widgets: dict[str, QWidget]

    def _build_staff_row(self) -> QHBoxLayout:
        """Who is at the desk: chosen once a shift, so it sits beside the queue."""
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("DeskView", "At this desk:")))
        self.staff_combo = QComboBox()
        self.staff_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.staff_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.staff_combo.activated.connect(self._staff_chosen)
        row.addWidget(self.staff_combo)
        row.addStretch(1)
        return row

    def _build_form(self) -> QWidget:
        """The form's column: the fields (scrolling only on a screen too short for them),
        then Save and Clear, always in sight."""
        assert isinstance(self, QWidget)
        page: QWidget = self
        self.form_box = QWidget()
        self.form_box.setObjectName("deskForm")
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 12, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(5)
        self.error_labels = {}

        def field(name: str, label: str, widget: QWidget | QHBoxLayout | QVBoxLayout) -> None:
            box = QVBoxLayout()
            box.setSpacing(1)
            if isinstance(widget, QWidget):
                box.addWidget(widget)
            else:
                box.addLayout(widget)
            self.error_labels[name] = error_label()
            box.addWidget(self.error_labels[name])
            form.addRow(label, box)

        self.channel_bar = KeyChoiceBar([(ch, enum_label(ch)) for ch in c.Channel])
        self.channel_bar.changed.connect(self._form_started)
        field("channel", QCoreApplication.translate("DeskView", "Channel"), self.channel_bar)

        self.theme_edit = QLineEdit()
        self.theme_edit.setPlaceholderText(
            QCoreApplication.translate("DeskView", "Type a few letters of the theme…")
        )
        self.theme_edit.textEdited.connect(self._theme_edited)
        self.theme_completer = InlineCompleter(self.theme_edit, self._theme_matches, page)
        self.theme_completer.picked.connect(self._theme_picked)
        self.theme_completer.unmatched.connect(self._theme_enter)
        self.themes_button = QPushButton(QCoreApplication.translate("DeskView", "Themes…"))
        self.themes_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.themes_button.setToolTip(
            QCoreApplication.translate("DeskView", "Add, rename or put away themes")
        )
        self.themes_button.clicked.connect(self._edit_themes)
        theme_line = QHBoxLayout()
        theme_line.setSpacing(6)
        theme_line.addWidget(self.theme_edit, 1)
        theme_line.addWidget(self.themes_button)
        self.quick_box = QuickThemes(QCoreApplication.translate("DeskView", "Alt+"), QUICK_THEMES)
        self.quick_box.caption.setToolTip(
            QCoreApplication.translate("DeskView", "Alt+1 to Alt+6 choose these themes")
        )
        self.quick_buttons = self.quick_box.buttons
        for i, b in enumerate(self.quick_buttons):
            b.clicked.connect(lambda _=False, k=i: self.choose_quick_theme(k))
            sc = QShortcut(QKeySequence(f"Alt+{i + 1}"), page)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda k=i: self.choose_quick_theme(k))
        theme_box = QVBoxLayout()
        theme_box.setSpacing(3)
        theme_box.addLayout(theme_line)
        theme_box.addWidget(self.quick_box)
        field("theme_id", QCoreApplication.translate("DeskView", "Theme"), theme_box)

        self.service_combo = QComboBox()
        self.service_combo.currentIndexChanged.connect(self._show_service)
        self.service_combo.installEventFilter(page)
        self.service_info = QLabel()
        self.service_info.setObjectName("serviceInfo")
        self.service_info.setWordWrap(True)
        self.service_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        service_box = QVBoxLayout()
        service_box.setSpacing(1)
        service_box.addWidget(self.service_combo)
        service_box.addWidget(self.service_info)
        field(
            "directory_entry_id",
            QCoreApplication.translate("DeskView", "Competent\nservice"),
            service_box,
        )

        self.outcome_bar = KeyChoiceBar([(o, enum_label(o)) for o in c.VisitOutcome])
        self.outcome_bar.changed.connect(self._outcome_changed)
        field("outcome", QCoreApplication.translate("DeskView", "Outcome"), self.outcome_bar)

        # The arrival names the row; start and end follow it, wrapping only when narrow.
        self.arrived_edit = TimeEdit()
        self.started_edit = TimeEdit()
        self.ended_edit = TimeEdit()
        times = QWidget()
        times.setObjectName("deskTimes")
        times_row = WrapLayout(times, justify=False, spacing=14)
        times_row.setContentsMargins(0, 0, 0, 0)
        for name, edit, label in (
            ("arrived_at", self.arrived_edit, ""),
            ("started_at", self.started_edit, QCoreApplication.translate("DeskView", "Start")),
            ("ended_at", self.ended_edit, QCoreApplication.translate("DeskView", "End")),
        ):
            edit.setDisplayFormat(TIME_FORMAT)
            edit.dateTimeChanged.connect(lambda _v, n=name: self._time_typed(n))
            if not label:
                times_row.addWidget(edit)
                continue
            group = QWidget()
            pair = QHBoxLayout(group)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(6)
            caption = QLabel(label)
            caption.setBuddy(edit)
            pair.addWidget(caption)
            pair.addWidget(edit)
            times_row.addWidget(group)
        self.arrived_edit.setAccessibleName(QCoreApplication.translate("DeskView", "Arrival"))
        field("times", QCoreApplication.translate("DeskView", "Arrival"), times)

        self.district_combo = QComboBox()
        self.age_combo = QComboBox()
        who = QHBoxLayout()
        who.setSpacing(6)
        who.addWidget(self.district_combo, 3)
        who.addWidget(self.age_combo, 2)
        field("district_id", QCoreApplication.translate("DeskView", "District, age"), who)

        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(
            QCoreApplication.translate("DeskView", "Optional: someone who agreed to be contacted")
        )
        self.person_edit.textEdited.connect(self._person_edited)
        self.person_completer = InlineCompleter(self.person_edit, self._person_matches, page)
        self.person_completer.picked.connect(self._person_picked)
        self.person_completer.unmatched.connect(page.focusNextChild)
        field("person_id", QCoreApplication.translate("DeskView", "Person"), self.person_edit)

        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.returnPressed.connect(page.focusNextChild)
        # The advice in short, always in sight; the whole of it on the "?" and as a tooltip.
        full = QCoreApplication.translate("DeskView", CNIL_GUIDANCE)
        self.guidance = QLabel(
            f"{QCoreApplication.translate('DeskView', CNIL_GUIDANCE_SHORT)}"
            f' <a href="#guidance">?</a>'
        )
        self.guidance.setObjectName("cnilGuidance")
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setWordWrap(True)
        self.guidance.setToolTip(full)
        self.guidance.linkActivated.connect(lambda _link: self.show_guidance())
        self.note_edit.setToolTip(full)
        note_box = QVBoxLayout()
        note_box.setSpacing(2)
        note_box.addWidget(self.note_edit)
        note_box.addWidget(self.guidance)
        field("note", QCoreApplication.translate("DeskView", "Note"), note_box)

        self.satisfaction_bar = KeyChoiceBar(
            [
                (1, QCoreApplication.translate("DeskView", "Not at all")),
                (2, QCoreApplication.translate("DeskView", "Not really")),
                (3, QCoreApplication.translate("DeskView", "Satisfied")),
                (4, QCoreApplication.translate("DeskView", "Very satisfied")),
            ],
            allow_none=True,
            advance=False,  # the last field: Enter saves
        )
        self.satisfaction_bar.entered.connect(self.save)
        field(
            "satisfaction",
            QCoreApplication.translate("DeskView", "Satisfaction"),
            self.satisfaction_bar,
        )

        # The service names the exact field; the form shows some of them together.
        shared = {
            "arrived_at": "times",
            "started_at": "times",
            "ended_at": "times",
            "age_band": "district_id",
            "site_id": "satisfaction",
            "staff_account_id": "satisfaction",
            "person": "satisfaction",
        }
        for name, shown in shared.items():
            self.error_labels[name] = self.error_labels[shown]
        self.field_widgets = {
            "channel": self.channel_bar,
            "theme_id": self.theme_edit,
            "directory_entry_id": self.service_combo,
            "outcome": self.outcome_bar,
            "arrived_at": self.arrived_edit,
            "started_at": self.started_edit,
            "ended_at": self.ended_edit,
            "district_id": self.district_combo,
            "age_band": self.age_combo,
            "person_id": self.person_edit,
            "note": self.note_edit,
            "satisfaction": self.satisfaction_bar,
        }

        self.save_button = QPushButton(
            QCoreApplication.translate("DeskView", "Save the visit (Ctrl+Enter)")
        )
        self.save_button.setObjectName("primary")
        self.clear_button = QPushButton(QCoreApplication.translate("DeskView", "Clear"))
        self.confirmation = QLabel()
        self.confirmation.setProperty("role", "confirmation")
        self.confirmation.setWordWrap(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.reset_form)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        for button in (self.save_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bottom.addWidget(button)
        bottom.addWidget(self.confirmation, 1)
        self.form_error = error_label("form-error")

        self.form_scroll = FittingScroll(self.form_box)
        column = QWidget()
        column.setObjectName("deskFormColumn")
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        col.addWidget(self.form_scroll)
        col.addLayout(bottom)
        col.addWidget(self.form_error)
        col.addStretch(1)
        return column

    def show_guidance(self) -> None:
        """The whole advice on what a note may say, under the short one."""
        QWhatsThis.showText(
            self.guidance.mapToGlobal(QPoint(0, self.guidance.height())),
            self.guidance.toolTip(),
            self.guidance,
        )

    def _tab_order(self) -> list[QWidget]:
        """Tab walks the form top to bottom; the buttons are for the mouse."""
        return [
            self.channel_bar,
            self.theme_edit,
            self.service_combo,
            self.outcome_bar,
            self.arrived_edit,
            self.started_edit,
            self.ended_edit,
            self.district_combo,
            self.age_combo,
            self.person_edit,
            self.note_edit,
            self.satisfaction_bar,
        ]

    # ---------------------------------------------------------------- refusals

    def error_text(self, field: str) -> str:
        """The error shown for `field`, or "" (what the receptionist reads)."""
        label = self.error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _show_error(self, field: str, message: str) -> None:
        """Under the field (its neighbours' line when they share one: both messages then),
        the field outlined; a refusal of no field goes under the buttons."""
        label = self.error_labels.get(field)
        if label is None:
            show_error(self.form_error, message)
            return
        shown = label.text() if not label.isHidden() else ""
        show_error(label, f"{shown}\n{message}" if shown and message not in shown else message)
        if (widget := self.field_widgets.get(field)) is not None:
            set_invalid(widget, True)

    def _clear_error(self, field: str) -> None:
        label = self.error_labels.get(field)
        if label is not None:
            show_error(label, "")
        if (widget := self.field_widgets.get(field)) is not None:
            set_invalid(widget, False)

    def _clear_errors(self) -> None:
        for label in set(self.error_labels.values()):
            show_error(label, "")
        for widget in self.field_widgets.values():
            set_invalid(widget, False)
        show_error(self.form_error, "")
