"""The desk's dialogs: register a walk-in, add a companion, change a patient's contact details.

    dialog = CompanionDialog(actor, patient_id, parent=window)
    if dialog.exec():
        dialog.companion                  # the Companion added

Each is a Designer form (``ui/*_dialog.ui``, compiled by ``scripts/build_ui.py``). On OK every
field is checked at once with the services' own rules (``clean_text``, ``normalise_phone``,
:func:`field_errors`): each problem shows in red under its field, the first bad field takes the
focus, and nothing is written until all are good. What the service still refuses when writing
shows the same way, under the field its ``InputError.where`` names, and the dialog stays open.
:class:`WalkInDialog` lives in :mod:`frontdesk.gui.dialog_walk_in`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import phonenumbers
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from frontdesk import clock
from frontdesk.errors import InputError
from frontdesk.gui.dialog_form import (
    FormDialog,
    combo_value,
    follow_script_direction,
    name_buttons,
    searchable,
)
from frontdesk.gui.dialog_walk_in import WalkInDialog
from frontdesk.gui.forms.ui_companion_dialog import Ui_CompanionDialog
from frontdesk.gui.forms.ui_contact_dialog import Ui_ContactDialog
from frontdesk.gui.mrz_input import MrzInput
from frontdesk.mrz import PassportZone
from frontdesk.names import patient_native_name
from frontdesk.services.actors import Actor
from frontdesk.services.patient_input import (
    PatientInput,
    clean_text,
    field_errors,
    normalise_phone,
)
from frontdesk.services.patients import CompanionInput, add_companion, update_contact
from frontdesk.timeutil import computer_zone_name, zone

if TYPE_CHECKING:
    from frontdesk.store.models import Patient

__all__ = ["CompanionDialog", "ContactDialog", "WalkInDialog"]


class CompanionDialog(FormDialog):
    """A family member or friend who travels with the patient."""

    def __init__(self, actor: Actor, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CompanionDialog()
        ui.setupUi(self)
        self._actor, self._patient_id = actor, patient_id
        self.companion = None
        name_buttons(self, self.tr("Add companion"))
        relationships = {
            "spouse": self.tr("spouse"),
            "son": self.tr("son"),
            "daughter": self.tr("daughter"),
            "parent": self.tr("parent"),
            "sibling": self.tr("sibling"),
            "friend": self.tr("friend"),
            "interpreter": self.tr("interpreter"),
            "other": self.tr("other"),
        }
        for value, text in relationships.items():
            ui.relationshipCombo.addItem(text, value)
        searchable(ui.relationshipCombo, self.tr("Type or pick"))
        for edit in (ui.nativeFamilyNameEdit, ui.nativeGivenNameEdit):
            follow_script_direction(edit)
        self._fields = {
            "family_name": (ui.familyNameEdit, ui.familyNameError),
            "given_name": (ui.givenNameEdit, ui.givenNameError),
            "native_family_name": (ui.nativeFamilyNameEdit, ui.nativeFamilyNameError),
            "native_given_name": (ui.nativeGivenNameEdit, ui.nativeGivenNameError),
            "relationship": (ui.relationshipCombo, ui.relationshipError),
            "phone": (ui.phoneEdit, ui.phoneError),
        }
        self._setup_form(ui.formError)
        # Issue 19: the companion's passport MRZ fills the passport name and keeps the number,
        # nationality and date of birth that a visa letter names.
        self.mrz = MrzInput(clock.today(zone(computer_zone_name())), self)
        self.layout().insertWidget(0, self.mrz)
        self.mrz.zone_read.connect(self.fill_from_passport)

    def fill_from_passport(self, zone: PassportZone) -> None:
        self.ui.familyNameEdit.setText(zone.family_name or zone.given_names)
        self.ui.givenNameEdit.setText(zone.given_names if zone.family_name else "")

    def accept(self) -> None:
        ui = self.ui
        zone = self.mrz.zone
        details = CompanionInput(
            family_name=ui.familyNameEdit.text(),
            given_name=ui.givenNameEdit.text(),
            native_family_name=ui.nativeFamilyNameEdit.text(),
            native_given_name=ui.nativeGivenNameEdit.text(),
            relationship=combo_value(ui.relationshipCombo),
            phone=ui.phoneEdit.text(),
            passport_no=zone.passport_number if zone else None,
            nationality=zone.nationality if zone else None,
            date_of_birth=zone.date_of_birth if zone else None,
        )
        # The rules add_companion applies, each field on its own so that all show at once.
        checks = {
            "family_name": lambda v: clean_text(v, "family_name", required=True),
            "given_name": lambda v: clean_text(v, "given_name", required=True),
            "native_family_name": lambda v: clean_text(v, "native_family_name", required=False),
            "native_given_name": lambda v: clean_text(v, "native_given_name", required=False),
            "relationship": lambda v: clean_text(v, "relationship", required=False, limit=64),
            "phone": normalise_phone,
        }
        errors = {}
        for name, check in checks.items():
            try:
                check(getattr(details, name))
            except InputError as exc:
                errors[exc.where or name] = exc.message
        if self.show_errors(errors):
            return
        self.save_off_thread(
            add_companion, self._patient_id, details, self._actor, done=self._saved
        )

    def _saved(self, companion) -> None:
        self.companion = companion
        super().accept()


class ContactDialog(FormDialog):
    """How to reach the patient during the stay: phone, e-mail, local address or hotel."""

    def __init__(self, actor: Actor, patient: Patient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ContactDialog()
        ui.setupUi(self)
        self._actor = actor
        self.patient = patient
        name_buttons(self, self.tr("Save"))
        native = patient_native_name(patient)
        ui.patientLabel.setText(
            self.tr("{family}, {given}{native}  ·  MRN {mrn}").format(
                family=patient.family_name,
                given=patient.given_name,
                native=f"  ({native})" if native else "",
                mrn=patient.mrn,
            )
        )
        ui.phoneEdit.setText(_readable_phone(patient.phone))
        ui.emailEdit.setText(patient.email or "")
        ui.addressEdit.setPlainText(patient.local_address or "")
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter in the address box starts a new line
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self._fields = {
            "phone": (ui.phoneEdit, ui.phoneError),
            "email": (ui.emailEdit, ui.emailError),
            "local_address": (ui.addressEdit, ui.addressError),
        }
        self._setup_form(ui.formError)

    def accept(self) -> None:
        ui = self.ui
        # The address box takes several lines (hotel, street, room); it is kept as one line.
        lines = ui.addressEdit.toPlainText().replace("\t", " ").splitlines()
        contact = {
            "phone": ui.phoneEdit.text(),
            "email": ui.emailEdit.text(),
            "local_address": ", ".join(line.strip() for line in lines if line.strip()),
        }
        patient = self.patient
        current = PatientInput(
            mrn=patient.mrn,
            family_name=patient.family_name,
            given_name=patient.given_name,
            date_of_birth=patient.date_of_birth,
            **contact,
        )
        errors = {k: v for k, v in field_errors(current).items() if k in contact}
        if self.show_errors(errors):
            return
        self.save_off_thread(update_contact, patient.id, self._actor, done=self._saved, **contact)

    def _saved(self, patient: Patient) -> None:
        self.patient = patient
        super().accept()


def _readable_phone(e164: str | None) -> str:
    """+966501234567 as +966 50 123 4567: easier to read back to the patient."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
