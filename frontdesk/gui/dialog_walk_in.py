"""Registering a walk-in: a patient who arrives without a booking, with an appointment today.

    dialog = WalkInDialog(actor, day, office_zone(), parent=window)
    if dialog.exec():
        window.open_patient(dialog.patient.id)

The form is ``ui/walk_in_dialog.ui``. On OK every field is checked at once with the services' own
rules (:func:`field_errors` for the patient, :meth:`AppointmentInput.validated` for each field of
the appointment); each problem shows in red under its field, the first bad field takes the focus,
and nothing is written until all are good. Then :func:`register_walk_in` writes the patient, the
appointment and their audit records in one transaction; what it still refuses (an MRN that is
already taken) shows under the field its ``InputError.where`` names, and the dialog stays open.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING
from uuid import uuid4

from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk import clock as desk_clock
from frontdesk.errors import FrontdeskError, InputError
from frontdesk.gui.dialog_form import (
    FormDialog,
    combo_value,
    elided,
    follow_script_direction,
    name_buttons,
    qdate,
    searchable,
    set_small,
)
from frontdesk.gui.forms.ui_walk_in_dialog import Ui_WalkInDialog
from frontdesk.gui.mrz_input import MrzInput
from frontdesk.locales import countries, country_name, languages
from frontdesk.mrz import PassportZone
from frontdesk.services.actors import Actor
from frontdesk.services.appointments import AppointmentInput, register_walk_in
from frontdesk.services.companion_passports import nationality_code
from frontdesk.services.patient_input import PatientInput, field_errors
from frontdesk.timeutil import today, try_parse_date

if TYPE_CHECKING:
    from frontdesk.store.models import Patient

# Until the hospital's own list is configured; any other name can be typed.
DEPARTMENTS = (
    "Cancer Center",
    "Digestive Health",
    "Heart Center",
    "Imaging",
    "Laboratory",
    "Neuroscience",
    "Orthopedics",
    "Transplant Center",
    "Trauma and Emergency Surgery",
    "Urology",
)


def next_quarter_hour(now: dt.datetime) -> dt.time:
    """The first quarter hour at or after ``now`` (23:45 at the latest: the day must not change).

    >>> next_quarter_hour(dt.datetime(2026, 11, 30, 9, 1)).isoformat("minutes")
    '09:15'
    >>> next_quarter_hour(dt.datetime(2026, 11, 30, 9, 45)).isoformat("minutes")
    '09:45'
    >>> next_quarter_hour(dt.datetime(2026, 11, 30, 23, 50)).isoformat("minutes")
    '23:45'
    """
    minutes = now.hour * 60 + now.minute + (1 if now.second or now.microsecond else 0)
    minutes = min(-(-minutes // 15) * 15, 23 * 60 + 45)
    return dt.time(minutes // 60, minutes % 60)


def _appointment_errors(details: AppointmentInput) -> dict[str, str]:
    """Every bad appointment field, each checked alone by AppointmentInput's own rules."""
    good = AppointmentInput(external_id="x", start=details.start)
    errors: dict[str, str] = {}
    for name in ("start", "duration_min", "department", "clinician", "location", "type"):
        try:
            dataclasses.replace(good, **{name: getattr(details, name)}).validated()
        except InputError as exc:
            errors[exc.where or name] = exc.message
    return errors


class WalkInDialog(FormDialog):
    """A patient who arrives without a booking: registered with an appointment on ``day``."""

    def __init__(
        self, actor: Actor, day: dt.date, tz: dt.tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_WalkInDialog()
        ui.setupUi(self)
        self._actor, self._day, self._tz = actor, day, tz
        self.patient: Patient | None = None
        self.appointment = None
        name_buttons(self, self.tr("Register walk-in"))

        sexes = ((self.tr("Female"), "F"), (self.tr("Male"), "M"), (self.tr("Other"), "X"))
        for text, code in (*sexes, (self.tr("Unknown"), "U")):
            ui.sexCombo.addItem(text, code)
        ui.sexCombo.setCurrentIndex(ui.sexCombo.count() - 1)
        self._countries: dict[str, str] = {}
        for code, name in countries():
            ui.nationalityCombo.addItem(f"{name} ({code})", code)
            self._countries |= {name.casefold(): code, code.casefold(): code}
        searchable(ui.nationalityCombo, self.tr("Type part of the name or the code"))
        for tag, name in languages():
            ui.languageCombo.addItem(name, tag)
        searchable(ui.languageCombo, self.tr("Type part of the name"))
        ui.departmentCombo.addItems(DEPARTMENTS)
        searchable(ui.departmentCombo, self.tr("Type or pick"))
        types = {
            "consultation": self.tr("consultation"),
            "second opinion": self.tr("second opinion"),
            "treatment": self.tr("treatment"),
            "imaging": self.tr("imaging"),
            "lab": self.tr("lab"),
            "follow-up": self.tr("follow-up"),
        }
        for value, text in types.items():
            ui.typeCombo.addItem(text, value)
        searchable(ui.typeCombo, self.tr("Type or pick"))

        now = desk_clock.now().astimezone(tz)
        start = next_quarter_hour(now) if day == now.date() else dt.time(9, 0)
        ui.timeEdit.setTime(QTime(start.hour, start.minute))
        if day != now.date():
            ui.appointmentGroup.setTitle(
                self.tr("Appointment on {day}").format(
                    day=QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
                )
            )
        for edit in (ui.nativeFamilyNameEdit, ui.nativeGivenNameEdit):
            follow_script_direction(edit)
        # The two groups on the right, one above the other, start their fields at one edge.
        grids = (ui.contactGrid, ui.appointmentGrid)
        labels = [g.itemAt(i).widget() for g in grids for i in range(g.count())]
        edge = max(w.sizeHint().width() for w in labels if isinstance(w, QLabel) and w.buddy())
        for grid in grids:
            grid.setColumnMinimumWidth(0, edge)
        set_small(ui.dateOfBirthHint, QPalette.ColorRole.PlaceholderText)
        ui.dateOfBirthEdit.textChanged.connect(self._show_birth_date)
        self._show_birth_date("")

        self._fields = {
            "mrn": (ui.mrnEdit, ui.mrnError),
            "family_name": (ui.familyNameEdit, ui.familyNameError),
            "given_name": (ui.givenNameEdit, ui.givenNameError),
            "native_family_name": (ui.nativeFamilyNameEdit, ui.nativeFamilyNameError),
            "native_given_name": (ui.nativeGivenNameEdit, ui.nativeGivenNameError),
            "date_of_birth": (ui.dateOfBirthEdit, ui.dateOfBirthError),
            "nationality": (ui.nationalityCombo, ui.nationalityError),
            "passport_no": (ui.passportEdit, ui.passportError),
            "preferred_language": (ui.languageCombo, ui.languageError),
            "phone": (ui.phoneEdit, ui.phoneError),
            "email": (ui.emailEdit, ui.emailError),
            "local_address": (ui.addressEdit, ui.addressError),
            "start": (ui.timeEdit, ui.timeError),
            "duration_min": (ui.durationSpin, ui.durationError),
            "department": (ui.departmentCombo, ui.departmentError),
            "clinician": (ui.clinicianEdit, ui.clinicianError),
            "location": (ui.locationEdit, ui.locationError),
            "type": (ui.typeCombo, ui.typeError),
        }
        self._setup_form(ui.formError)
        # Issue 19: the passport's MRZ, typed by a reader or pasted, fills the passport fields.
        self.mrz = MrzInput(today(tz), self)
        self.layout().insertWidget(0, self.mrz)
        self.mrz.zone_read.connect(self.fill_from_passport)
        ui.mrnEdit.setFocus()

    def fill_from_passport(self, zone: PassportZone) -> None:
        """The MRZ's Latin name is the passport name; the native name stays as entered."""
        ui = self.ui
        ui.familyNameEdit.setText(zone.family_name or zone.given_names)
        ui.givenNameEdit.setText(zone.given_names if zone.family_name else "")
        ui.passportEdit.setText(zone.passport_number)
        if zone.date_of_birth:
            ui.dateOfBirthEdit.setText(zone.date_of_birth.isoformat())
        index = ui.sexCombo.findData(zone.sex)
        if index >= 0:
            ui.sexCombo.setCurrentIndex(index)
        nationality = nationality_code(zone.nationality)
        index = ui.nationalityCombo.findData(nationality)
        if index >= 0:
            ui.nationalityCombo.setCurrentIndex(index)
        else:
            ui.nationalityCombo.setEditText(nationality or "")

    def _show_birth_date(self, text: str) -> None:
        """The date as understood, in words: 05/06/1980 is the 5th of June, not May the 6th."""
        day = try_parse_date(text) if len(text) < 40 else None
        hint = self.ui.dateOfBirthHint
        words = QLocale().toString(qdate(day), QLocale.FormatType.LongFormat) if day else ""
        if hint.text() != words:
            hint.setText(words)
        if hint.isHidden() == bool(words):
            hint.setVisible(bool(words))

    def _nationality(self) -> tuple[str | None, str | None]:
        """(alpha-3 code, None) for a country picked or typed by name or code; (None, problem)."""
        text = self.ui.nationalityCombo.currentText().strip()
        if not text:
            return None, None
        found = self._countries.get((combo_value(self.ui.nationalityCombo) or "").casefold())
        if found is None and len(text) == 2:  # an alpha-2 code: SA
            found = self._countries.get((country_name(text) or "").casefold())
        if found:
            return found, None
        return None, self.tr("{text} is not a country in the list: type part of its name").format(
            text=repr(elided(text, 60))
        )

    def _language(self) -> str | None:
        value = combo_value(self.ui.languageCombo)
        for tag, name in languages():
            if value and value.casefold() in (tag.casefold(), name.split(" — ")[0].casefold()):
                return tag
        return value  # any other BCP 47 tag; PatientInput checks its form

    def _inputs(self) -> tuple[PatientInput, AppointmentInput, dict[str, str]]:
        ui = self.ui
        nationality, nationality_error = self._nationality()
        details = PatientInput(
            mrn=ui.mrnEdit.text(),
            family_name=ui.familyNameEdit.text(),
            given_name=ui.givenNameEdit.text(),
            native_family_name=ui.nativeFamilyNameEdit.text(),
            native_given_name=ui.nativeGivenNameEdit.text(),
            date_of_birth=ui.dateOfBirthEdit.text(),
            sex=ui.sexCombo.currentData(),
            nationality=nationality,
            passport_no=ui.passportEdit.text(),
            preferred_language=self._language(),
            interpreter_needed=ui.interpreterCheck.isChecked(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            local_address=ui.addressEdit.text(),
        )
        errors = field_errors(details, today=today(self._tz))
        if nationality_error:
            errors["nationality"] = nationality_error
        time = ui.timeEdit.time()
        wall = dt.datetime.combine(self._day, dt.time(time.hour(), time.minute()))
        start = wall.replace(tzinfo=self._tz)
        appointment = AppointmentInput(
            external_id=f"WALKIN-{self._day:%Y%m%d}-{uuid4().hex[:8]}",
            start=start,
            duration_min=ui.durationSpin.value(),
            department=ui.departmentCombo.currentText(),
            clinician=ui.clinicianEdit.text(),
            location=ui.locationEdit.text(),
            type=combo_value(ui.typeCombo),
        )
        errors |= _appointment_errors(appointment)
        if start.astimezone(dt.UTC).astimezone(self._tz).replace(tzinfo=None) != wall:
            errors["start"] = self.tr(
                "{time} does not exist that day: the clocks go forward"
            ).format(time=f"{wall:%H:%M}")
        return details, appointment, errors

    def accept(self) -> None:
        details, appointment, errors = self._inputs()
        if self.show_errors(errors):
            return
        try:
            clean = details.validated(today=today(self._tz))
        except FrontdeskError as exc:
            self.show_errors({exc.where or "": exc.message})
            return
        self.save_off_thread(
            register_walk_in, clean, appointment, self._actor, new_patient=True, done=self._saved
        )

    def _saved(self, registered) -> None:
        self.patient, self.appointment = registered
        super().accept()
