"""The patient panel: who they are, their day, their companions, and what can be done.

    panel.show_details(patient_details(patient_id, day))
    panel.check_in_requested.connect(window.check_in)

It only shows and asks; the main window runs the services (it knows the signed-in staff member
and the station). Names in right-to-left scripts are aligned to the right.
"""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from frontdesk.badge_token import HolderType
from frontdesk.domain import AppointmentStatus, VisitStatus
from frontdesk.gui.case_warnings import case_html
from frontdesk.gui.forms.ui_patient_panel import Ui_PatientPanel
from frontdesk.gui.plain_text import plain
from frontdesk.gui.vocabulary import label
from frontdesk.locales import country_name, language_name
from frontdesk.services.patient_view import PatientDetails


def is_right_to_left(text: str | None) -> bool:
    for ch in text or "":
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class PatientPanel(QWidget):
    check_in_requested = Signal()
    undo_requested = Signal()
    no_show_requested = Signal()
    add_companion_requested = Signal()
    edit_contact_requested = Signal()
    badges_requested = Signal()
    summary_requested = Signal()
    letter_requested = Signal()  # issue 19: a visa invitation letter
    clearance_requested = Signal()  # issue 19: the stay's financial clearance
    case_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_PatientPanel()
        self.ui.setupUi(self)
        ui = self.ui
        plain(  # stored data: a name or an address with markup in it shows as typed
            ui.nameLabel, ui.nativeNameLabel, ui.visitLabel, ui.dobValue, ui.mrnValue,
            ui.nationalityValue, ui.passportValue, ui.languageValue, ui.phoneValue,
            ui.addressValue,
        )  # fmt: skip
        self.details: PatientDetails | None = None
        self._busy: str | None = None
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.ui.nameLabel.setFont(big)
        native = QFont(self.font())
        native.setPointSizeF(native.pointSizeF() * 1.6)
        self.ui.nativeNameLabel.setFont(native)
        for caption in (
            self.ui.appointmentsCaption,
            self.ui.companionsCaption,
            self.ui.badgesCaption,
            self.ui.caseCaption,
        ):
            font = QFont(caption.font())
            font.setBold(True)
            caption.setFont(font)
        self.ui.checkInButton.clicked.connect(self.check_in_requested)
        self.ui.undoButton.clicked.connect(self.undo_requested)
        self.ui.noShowButton.clicked.connect(self.no_show_requested)
        self.ui.addCompanionButton.clicked.connect(self.add_companion_requested)
        self.ui.editContactButton.clicked.connect(self.edit_contact_requested)
        self.ui.badgesButton.clicked.connect(self.badges_requested)
        self.ui.summaryButton.clicked.connect(self.summary_requested)
        self.letterButton, self.clearanceButton = _buttons_under(
            self.ui.editContactButton, *self._extra_buttons()
        )
        self.letterButton.clicked.connect(self.letter_requested)
        self.clearanceButton.clicked.connect(self.clearance_requested)
        self.ui.caseButton.clicked.connect(self.case_requested)
        self._align_values()
        self.clear()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the desk's language changed
            self.ui.retranslateUi(self)
            self._align_values()
            for button, (text, tip) in zip(
                (self.letterButton, self.clearanceButton), self._extra_buttons(), strict=True
            ):
                button.setText(text)
                button.setToolTip(tip)
            if self.details is not None:
                self.show_details(self.details)
        super().changeEvent(event)

    def _desk_rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _align_values(self) -> None:
        """A plain-text label aligns by its own text's direction: in a right-to-left desk every
        value (a Latin MRN, an Arabic date) goes beside its caption, on the right."""
        ui = self.ui
        side = (
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            if self._desk_rtl()
            else Qt.AlignmentFlag.AlignLeft
        )
        for value in (
            ui.nameLabel, ui.visitLabel, ui.dobValue, ui.mrnValue, ui.nationalityValue,
            ui.passportValue, ui.languageValue, ui.phoneValue, ui.addressValue,
        ):  # fmt: skip
            value.setAlignment(side | (value.alignment() & Qt.AlignmentFlag.AlignVertical_Mask))

    def _block(self, html_text: str) -> str:
        """Rich text set right to left in a right-to-left desk (else by its first letter)."""
        return f'<div dir="rtl">{html_text}</div>' if self._desk_rtl() else html_text

    def _extra_buttons(self) -> tuple[tuple[str, str], ...]:
        return (
            (self.tr("Visa letter…"), self.tr("Issue a signed visa invitation letter")),
            (self.tr("Clearance…"), self.tr("The stay's estimate, deposits and guarantees")),
        )

    def clear(self) -> None:
        self.details = None
        self.ui.details.hide()
        self.ui.placeholder.show()

    def show_details(self, details: PatientDetails) -> None:
        self.details = details
        ui = self.ui
        ui.placeholder.hide()
        ui.details.show()
        ui.nameLabel.setText(f"{details.family_name.upper()}, {details.given_name}")
        ui.nativeNameLabel.setText(details.native_name or "")
        ui.nativeNameLabel.setVisible(bool(details.native_name))
        rtl = is_right_to_left(details.native_name) or self._desk_rtl()
        ui.nativeNameLabel.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag.AlignAbsolute
        )
        ui.dobValue.setText(
            _long_date(details.date_of_birth)
            if details.date_of_birth
            else self.tr("unknown: ask the patient")
        )
        ui.mrnValue.setText(details.mrn)
        ui.nationalityValue.setText(
            f"{country_name(details.nationality)} ({details.nationality})"
            if details.nationality
            else "—"
        )
        ui.passportValue.setText(details.passport_no or "—")
        language = language_name(details.preferred_language) or "—"
        if details.interpreter_needed:
            language += "  " + self.tr("· interpreter needed")
        ui.languageValue.setText(language)
        ui.phoneValue.setText(details.phone or "—")
        ui.addressValue.setText(details.local_address or "—")
        visit_text = self._visit_text(details)
        if details.clearance_warning and not details.arrived:  # issue 19: a warning only
            from frontdesk.gui.patient_actions import clearance_words

            visit_text += "\n⚠ " + clearance_words(details.clearance_warning)
        for line in details.identity_warnings:  # issue 11: a hospital feed's open questions
            visit_text += "\n⚠ " + line
        ui.visitLabel.setText(visit_text)
        ui.appointmentsValue.setText(self._block(self._appointments_html(details)))
        ui.companionsValue.setText(self._block(self._companions_html(details)))
        ui.badgesValue.setText(self._block(self._badges_html(details)))
        has_visit = details.visit_id is not None
        ui.caseValue.setText(self._block(case_html(details.case_warnings, has_visit)))
        ui.badgesButton.setEnabled(details.visit_id is not None)
        ui.summaryButton.setEnabled(bool(details.appointments))
        self.letterButton.setEnabled(bool(details.appointments))
        self.clearanceButton.setEnabled(details.visit_id is not None)
        ui.checkInButton.setEnabled(not details.arrived and details.is_today)
        ui.undoButton.setEnabled(details.arrived)
        ui.noShowButton.setEnabled(bool(details.scheduled_appointment_ids) and not details.arrived)
        if self._busy is not None:  # fresh details while a change runs: still busy
            self.set_busy(self._busy)

    def set_busy(self, doing: str | None) -> None:
        """While a change to this patient runs: its actions off, what is under way in words.
        ``None``: the job is back (the next :meth:`show_details` sets the buttons again)."""
        self._busy = doing
        if doing is None:
            return
        for button in (self.ui.checkInButton, self.ui.undoButton, self.ui.noShowButton):
            button.setEnabled(False)
        self.ui.visitLabel.setText(f"⏳ {doing}")

    def _visit_text(self, d: PatientDetails) -> str:
        if d.arrived_at is not None:
            who = d.checked_in_by or self.tr("unknown")
            where = f" · {d.checked_in_station}" if d.checked_in_station else ""
            return self.tr("✔ Arrived at {time}, checked in by {who}{where}").format(
                time=d.arrived_at.strftime("%H:%M"), who=who, where=where
            )
        if d.visit_status == VisitStatus.NO_SHOW:
            return self.tr("✖ No-show")
        if not d.appointments:
            return self.tr("No appointments on {day}").format(day=_long_date(d.day))
        return self.tr("Expected: first appointment at {time}").format(
            time=d.appointments[0].start.strftime("%H:%M")
        )

    def _appointments_html(self, d: PatientDetails) -> str:
        if not d.appointments:
            return self.tr("None")
        lines = []
        for a in d.appointments:
            parts = [a.department, a.clinician, a.location, a.type]
            text = " · ".join(html.escape(p) for p in parts if p)
            status = html.escape(label(a.status))
            if a.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
                status = f"<s>{status}</s>"
            # LRM on both sides of the dash: 09:45–10:30 reads so in a right-to-left desk too.
            when = f"{a.start:%H:%M}\u200e–\u200e{a.end:%H:%M}"
            lines.append(f"<b>{when}</b> {text} <i>({status})</i>")
        return "<br>".join(lines)

    def _companions_html(self, d: PatientDetails) -> str:
        if not d.companions:
            return self.tr("None")
        lines = []
        for c in d.companions:
            native = f" · {html.escape(c.native_name)}" if c.native_name else ""
            relation = f" ({html.escape(c.relationship)})" if c.relationship else ""
            lines.append(f"{html.escape(c.name)}{native}{relation}")
        return "<br>".join(lines)

    def _badges_html(self, d: PatientDetails) -> str:
        if d.visit_id is None:
            return self.tr("No visit on this day")
        if not d.badges:
            return self.tr("None issued yet")
        states = {
            "valid": self.tr("valid until {time}"),
            "expired": self.tr("expired"),
            "revoked": self.tr("revoked"),
            "replaced": self.tr("replaced"),
        }
        lines = []
        for b in d.badges:
            state = states[b.state].format(time=b.valid_until.strftime("%H:%M"))
            text = self.tr("{number} · {name} · {holder} · printed {n}× · {state}").format(
                number=b.number,
                name=html.escape(b.name),
                holder=label(HolderType(b.holder)),
                n=b.print_count,
                state=state,
            )
            lines.append(text if b.state == "valid" else f"<s>{text}</s>")
        return "<br>".join(lines)


def _long_date(day) -> str:
    """30 November 2026 in the desk's language and its order (gui/desk_language.py sets Qt's
    locale: the month's name; the catalog: the order, 2026年11月30日 in Chinese)."""
    # A Qt date format: d the day, MMMM the month's name, yyyy the year.
    pattern = QCoreApplication.translate("PatientPanel", "d MMMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _buttons_under(above: QPushButton, *buttons: tuple[str, str]) -> list[QPushButton]:
    """A row of buttons (text, tip) under ``above``, sharing its width (issue 19's letter
    and clearance: the panel's other rows are full at 1366 pixels)."""
    made = []
    row = QHBoxLayout()
    for text, tip in buttons:
        button = QPushButton(text, above.parentWidget())
        button.setToolTip(tip)
        row.addWidget(button)
        made.append(button)
    layouts = [above.parentWidget().layout()]
    while layouts:
        layout = layouts.pop()
        index = layout.indexOf(above)
        if index >= 0:
            layout.insertLayout(index + 1, row)
            return made
        children = (layout.itemAt(i).layout() for i in range(layout.count()))
        layouts += [child for child in children if child is not None]
    raise AssertionError("the button is in a layout")
