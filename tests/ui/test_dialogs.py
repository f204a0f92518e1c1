"""The walk-in, companion and contact dialogs, typed into as at the desk, on a real database.

Every refusal must be visible under the field it concerns (not colour alone: "⚠ "), and must
write nothing: no patient, appointment, visit, companion or audit row.
"""

from __future__ import annotations

import datetime as dt
import doctest
import re

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from frontdesk.gui import dialog_form, dialog_walk_in
from frontdesk.gui.dialogs import CompanionDialog, ContactDialog, WalkInDialog
from frontdesk.store.models import Appointment, AuditEvent, Companion, Patient, Visit
from frontdesk.timeutil import today
from tests.db.helpers import NEW_YORK, make_patient


def _type(qtbot, widget, text: str) -> None:
    """qtbot.keyClicks for any script: QTest maps ASCII only to key codes, so other letters go
    as the key events a national keyboard layout produces (no key code, the letter as text)."""
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                run,
                Qt.KeyboardModifier.NoModifier,
            )


def _rows() -> dict[str, int]:
    models = (Patient, Appointment, Visit, Companion, AuditEvent)
    return {model.__name__: model.select().count() for model in models}


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def _accepted(qtbot, dialog) -> None:
    """The dialog closes once its write is done (on a worker), with no message shown."""

    def shown() -> list[str]:
        labels = [label for _, label in dialog._fields.values()] + [dialog.ui.formError]
        return [label.text() for label in labels if label.isVisible()]

    qtbot.waitUntil(
        lambda: dialog.result() == QDialog.DialogCode.Accepted or bool(shown()), timeout=5000
    )
    assert dialog.result() == QDialog.DialogCode.Accepted, shown()


def _walk_in(qtbot, actor) -> WalkInDialog:
    dialog = WalkInDialog(actor, today(NEW_YORK), NEW_YORK)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_valid(dialog: WalkInDialog) -> None:
    ui = dialog.ui
    ui.mrnEdit.setText("W-100")
    ui.familyNameEdit.setText("Haddad")
    ui.givenNameEdit.setText("Layla")
    ui.dateOfBirthEdit.setText("1980-05-17")
    ui.phoneEdit.setText("+966 50 123 4567")
    ui.timeEdit.setTime(QTime(10, 30))


def _assert_shown(label, text: str) -> None:
    assert label.isVisible()
    assert label.text().startswith("⚠ ")
    assert text in label.text()


def test_a_walk_in_typed_at_the_desk_is_registered_with_its_appointment(qtbot, actor):
    before = _rows()
    dialog = _walk_in(qtbot, actor)
    ui = dialog.ui
    qtbot.keyClicks(ui.mrnEdit, "w-100")
    qtbot.keyClicks(ui.familyNameEdit, "Haddad")
    qtbot.keyClicks(ui.givenNameEdit, "Layla")
    _type(qtbot, ui.nativeFamilyNameEdit, "حداد")
    _type(qtbot, ui.nativeGivenNameEdit, "ليلى")
    assert ui.nativeFamilyNameEdit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.keyClicks(ui.dateOfBirthEdit, "17/05/1980")
    assert "1980" in ui.dateOfBirthHint.text() and ui.dateOfBirthHint.isVisible()
    qtbot.keyClicks(ui.sexCombo, "F")
    qtbot.keyClicks(ui.nationalityCombo, "saudi arabia")
    qtbot.keyClicks(ui.passportEdit, "k1234567")
    qtbot.keyClicks(ui.languageCombo, "Arabic")
    qtbot.keyClick(ui.interpreterCheck, Qt.Key_Space)
    qtbot.keyClicks(ui.phoneEdit, "+966 50 123 4567")
    qtbot.keyClicks(ui.emailEdit, "layla@example.com")
    qtbot.keyClicks(ui.addressEdit, "Hotel Commonwealth, room 512")
    ui.timeEdit.setTime(QTime(10, 30))
    qtbot.keyClicks(ui.departmentCombo, "Heart Center")
    qtbot.keyClicks(ui.clinicianEdit, "Dr. Robert Kim")
    qtbot.keyClicks(ui.locationEdit, "Yawkey 5")
    qtbot.keyClicks(ui.typeCombo, "second opinion")
    qtbot.keyClick(ui.typeCombo, Qt.Key_Return)  # Enter in the last field is OK

    _accepted(qtbot, dialog)
    patient = Patient.get(Patient.mrn == "W-100")
    assert dialog.patient.id == patient.id
    assert (patient.family_name, patient.given_name) == ("Haddad", "Layla")
    assert (patient.native_family_name, patient.native_given_name) == ("حداد", "ليلى")
    assert patient.date_of_birth == dt.date(1980, 5, 17)
    assert (patient.sex, patient.nationality, patient.preferred_language) == ("F", "SAU", "ar")
    assert patient.interpreter_needed is True
    assert patient.phone == "+966501234567"
    assert patient.passport_no == "k1234567" and patient.email == "layla@example.com"
    appointment = Appointment.get(Appointment.patient == patient)
    day = today(NEW_YORK)
    assert appointment.start == dt.datetime.combine(day, dt.time(10, 30), NEW_YORK)
    assert appointment.external_id.startswith(f"WALKIN-{day:%Y%m%d}-")
    assert (appointment.department, appointment.clinician) == ("Heart Center", "Dr. Robert Kim")
    assert (appointment.location, appointment.type) == ("Yawkey 5", "second opinion")
    assert appointment.duration_min == 30 and appointment.source_system == "desk"
    actions = {e.action for e in AuditEvent.select().where(AuditEvent.id > before["AuditEvent"])}
    assert actions == {"patient.create", "appointment.create", "patient.walk_in"}
    after = _rows()
    assert after["Patient"] == before["Patient"] + 1
    assert after["Appointment"] == before["Appointment"] + 1


BAD = [
    ("empty required field", "familyNameEdit", "", "familyNameError", "Family name is required"),
    (
        "no such date",
        "dateOfBirthEdit",
        "31/02/1990",
        "dateOfBirthError",
        "'31/02/1990' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
    ),
    (
        "phone without country code",
        "phoneEdit",
        "050 123 4567",
        "phoneError",
        "'050 123 4567' is not a phone number with its country code",
    ),
    ("bad e-mail", "emailEdit", "layla@example", "emailError", "is not an e-mail address"),
    ("huge name", "givenNameEdit", "x" * 1_000_000, "givenNameError", "at most 200 allowed"),
    (
        "huge native name",
        "nativeFamilyNameEdit",
        "ح" * 1_000_000,
        "nativeFamilyNameError",
        "at most 200 allowed",
    ),
    ("bad MRN", "mrnEdit", "W 100!", "mrnError", "is not an MRN"),
    ("unknown country", "nationalityCombo", "Narnia", "nationalityError", "not a country"),
    ("bad language", "languageCombo", "Klingonese", "languageError", "not a BCP 47 language"),
    ("huge clinician", "clinicianEdit", "y" * 300, "clinicianError", "at most 200 allowed"),
]


@pytest.mark.parametrize(
    ("field", "text", "error", "message"),
    [case[1:] for case in BAD],
    ids=[case[0] for case in BAD],
)
def test_bad_input_is_shown_under_its_field_and_writes_nothing(
    qtbot, actor, field, text, error, message
):
    dialog = _walk_in(qtbot, actor)
    _fill_valid(dialog)
    widget = getattr(dialog.ui, field)
    if hasattr(widget, "setEditText"):
        widget.setEditText(text)
    else:
        widget.setText(text)
    before = _rows()
    _ok(qtbot, dialog)
    _assert_shown(getattr(dialog.ui, error), message)
    assert dialog.focusWidget() in (widget, getattr(widget, "lineEdit", lambda: None)())
    assert dialog.isVisible() and dialog.result() == 0 and dialog.patient is None
    others = [
        label for _, label in dialog._fields.values() if label is not getattr(dialog.ui, error)
    ]
    assert not any(label.isVisible() for label in others)
    assert not dialog.ui.formError.isVisible()
    assert _rows() == before


def test_a_birth_date_in_the_future_is_refused(qtbot, actor):
    dialog = _walk_in(qtbot, actor)
    _fill_valid(dialog)
    future = today(NEW_YORK) + dt.timedelta(days=2)
    dialog.ui.dateOfBirthEdit.setText(future.strftime("%d/%m/%Y"))
    before = _rows()
    _ok(qtbot, dialog)
    _assert_shown(dialog.ui.dateOfBirthError, f"{future.isoformat()} is in the future")
    assert _rows() == before


def test_every_bad_field_shows_at_once_and_the_first_takes_the_focus(qtbot, actor):
    dialog = _walk_in(qtbot, actor)
    ui = dialog.ui
    qtbot.keyClicks(ui.familyNameEdit, "Haddad")
    qtbot.keyClicks(ui.dateOfBirthEdit, "31/02/1990")
    qtbot.keyClicks(ui.phoneEdit, "050 123 4567")
    qtbot.keyClicks(ui.emailEdit, "layla@")
    before = _rows()
    _ok(qtbot, dialog)
    _assert_shown(ui.mrnError, "MRN is required")
    _assert_shown(ui.givenNameError, "Given name is required")
    _assert_shown(ui.dateOfBirthError, "is not a date")
    _assert_shown(ui.phoneError, "country code")
    _assert_shown(ui.emailError, "is not an e-mail address")
    assert not ui.familyNameError.isVisible()
    assert dialog.focusWidget() is ui.mrnEdit
    assert ui.mrnEdit.accessibleDescription() == ui.mrnError.text()
    assert _rows() == before

    qtbot.keyClicks(ui.mrnEdit, "W-7")  # editing a field takes its stale message away
    assert not ui.mrnError.isVisible()


def test_an_mrn_that_exists_is_refused_under_the_mrn_and_the_dialog_stays_open(qtbot, actor):
    make_patient(actor, mrn="MRN1", family="Kim", given="Min-jun")
    dialog = _walk_in(qtbot, actor)
    _fill_valid(dialog)
    dialog.ui.mrnEdit.setText("mrn1")
    before = _rows()
    _ok(qtbot, dialog)
    qtbot.waitUntil(dialog.ui.mrnError.isVisible, timeout=5000)  # the service said it
    _assert_shown(dialog.ui.mrnError, "MRN MRN1 already belongs to Kim, Min-jun")
    assert dialog.isVisible() and dialog.patient is None
    assert dialog.focusWidget() is dialog.ui.mrnEdit
    assert _rows() == before

    dialog.ui.mrnEdit.setText("MRN2")
    _ok(qtbot, dialog)
    _accepted(qtbot, dialog)
    assert dialog.patient.mrn == "MRN2"


def test_escape_cancels_and_writes_nothing(qtbot, actor):
    dialog = _walk_in(qtbot, actor)
    _fill_valid(dialog)
    before = _rows()
    qtbot.keyClick(dialog.ui.familyNameEdit, Qt.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert _rows() == before


def test_a_time_the_clocks_skip_is_refused_under_the_time(qtbot, actor):
    spring_forward = dt.date(2026, 3, 8)  # New York: 02:00 -> 03:00
    dialog = WalkInDialog(actor, spring_forward, NEW_YORK)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Appointment on" in dialog.ui.appointmentGroup.title()
    _fill_valid(dialog)
    dialog.ui.timeEdit.setTime(QTime(2, 30))
    before = _rows()
    _ok(qtbot, dialog)
    _assert_shown(dialog.ui.timeError, "02:30 does not exist that day")
    assert _rows() == before


def test_the_country_list_filters_by_any_part_of_the_name(qtbot, actor):
    dialog = _walk_in(qtbot, actor)
    combo = dialog.ui.nationalityCombo
    qtbot.keyClicks(combo, "arab")
    model = combo.completer().completionModel()
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert {"Saudi Arabia (SAU)", "United Arab Emirates (ARE)"} <= shown
    combo.setEditText("sa")  # an alpha-2 code is understood too
    assert dialog._nationality() == ("SAU", None)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("حداد", Qt.LayoutDirection.RightToLeft),
        ("כהן", Qt.LayoutDirection.RightToLeft),
        ("王", Qt.LayoutDirection.LeftToRight),
        ("Müller", Qt.LayoutDirection.LeftToRight),
    ],
)
def test_native_names_are_aligned_to_where_their_script_starts(qtbot, actor, text, direction):
    dialog = _walk_in(qtbot, actor)
    _type(qtbot, dialog.ui.nativeGivenNameEdit, text)
    assert dialog.ui.nativeGivenNameEdit.layoutDirection() == direction


def test_the_appointment_starts_at_the_next_quarter_hour_by_default(qtbot, actor):
    before = dialog_walk_in.next_quarter_hour(dt.datetime.now(NEW_YORK))
    dialog = _walk_in(qtbot, actor)
    after = dialog_walk_in.next_quarter_hour(dt.datetime.now(NEW_YORK))
    shown = dialog.ui.timeEdit.time()
    assert dt.time(shown.hour(), shown.minute()) in (before, after)


@pytest.mark.parametrize("module", [dialog_walk_in, dialog_form])
def test_docstring_examples(module):
    result = doctest.testmod(module, verbose=False)
    assert result.attempted > 0 and result.failed == 0


def _companion_dialog(qtbot, actor):
    patient = make_patient(actor, mrn="L1")
    dialog = CompanionDialog(actor, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return patient, dialog


def test_the_companion_dialog_adds_a_companion(qtbot, actor):
    patient, dialog = _companion_dialog(qtbot, actor)
    ui = dialog.ui
    qtbot.keyClicks(ui.familyNameEdit, "Haddad")
    qtbot.keyClicks(ui.givenNameEdit, "Omar")
    _type(qtbot, ui.nativeFamilyNameEdit, "حداد")
    _type(qtbot, ui.nativeGivenNameEdit, "عمر")
    qtbot.keyClicks(ui.relationshipCombo, "spouse")
    qtbot.keyClicks(ui.phoneEdit, "+966 55 987 6543")
    qtbot.keyClick(ui.phoneEdit, Qt.Key_Return)
    _accepted(qtbot, dialog)
    companion = Companion.get(Companion.patient == patient)
    assert dialog.companion.id == companion.id
    assert (companion.family_name, companion.given_name) == ("Haddad", "Omar")
    assert (companion.native_family_name, companion.native_given_name) == ("حداد", "عمر")
    assert (companion.relationship, companion.phone) == ("spouse", "+966559876543")
    assert AuditEvent.select().where(AuditEvent.action == "companion.add").count() == 1


def test_the_companion_dialog_refuses_an_empty_name(qtbot, actor):
    _, dialog = _companion_dialog(qtbot, actor)
    qtbot.keyClicks(dialog.ui.givenNameEdit, "   ")
    qtbot.keyClicks(dialog.ui.phoneEdit, "0559876543")
    before = _rows()
    _ok(qtbot, dialog)
    _assert_shown(dialog.ui.familyNameError, "Family name is required")
    _assert_shown(dialog.ui.givenNameError, "Given name is required")
    _assert_shown(dialog.ui.phoneError, "country code")
    assert dialog.focusWidget() is dialog.ui.familyNameEdit
    assert dialog.isVisible() and dialog.companion is None
    assert _rows() == before


def _contact_dialog(qtbot, actor):
    patient = make_patient(actor, mrn="L1", phone="+966501234567", email="layla@example.com")
    dialog = ContactDialog(actor, patient)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # its Ctrl+Enter is a window shortcut
        dialog.show()
        dialog.activateWindow()
    return patient, dialog


def test_the_contact_dialog_updates_the_phone_to_e164(qtbot, actor):
    patient, dialog = _contact_dialog(qtbot, actor)
    ui = dialog.ui
    assert ui.phoneEdit.text() == "+966 50 123 4567"
    assert ui.emailEdit.text() == "layla@example.com"
    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "+1 (617) 555-0100")
    qtbot.keyClicks(ui.addressEdit, "Hotel Commonwealth")
    qtbot.keyClick(ui.addressEdit, Qt.Key_Return)  # a second line: kept as "…, Room 512"
    qtbot.keyClicks(ui.addressEdit, " Room 512 ")
    qtbot.keyClick(ui.addressEdit, Qt.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _accepted(qtbot, dialog)
    stored = Patient.get_by_id(patient.id)
    assert stored.phone == "+16175550100" and dialog.patient.phone == "+16175550100"
    assert stored.local_address == "Hotel Commonwealth, Room 512"
    assert stored.email == "layla@example.com"
    assert AuditEvent.select().where(AuditEvent.action == "patient.update").count() == 1


def test_the_contact_dialog_shows_bad_contact_details_and_writes_nothing(qtbot, actor):
    patient, dialog = _contact_dialog(qtbot, actor)
    ui = dialog.ui
    ui.phoneEdit.setText("617 555 0100")
    ui.emailEdit.setText("layla at example.com")
    before = _rows()
    _ok(qtbot, dialog)
    _assert_shown(ui.phoneError, "is not a phone number with its country code")
    _assert_shown(ui.emailError, "is not an e-mail address")
    assert dialog.isVisible()
    assert _rows() == before
    assert Patient.get_by_id(patient.id).phone == "+966501234567"


def test_an_mrn_an_import_is_adding_is_refused_under_the_mrn(qtbot, actor, tmp_path):
    """Another station's import, written in chunks, has added this MRN but is not done: the
    patient is not seen yet, and the desk is told why it cannot register the MRN."""
    from frontdesk.store.models import ImportRun

    run = ImportRun.create(station="Station 2", state="writing")
    Patient.insert(
        mrn="K-77", family_name="Import", given_name="Unseen", import_run_id=run.id
    ).execute()
    dialog = _walk_in(qtbot, actor)
    _fill_valid(dialog)
    dialog.ui.mrnEdit.setText("k-77")
    before = _rows()
    _ok(qtbot, dialog)
    qtbot.waitUntil(dialog.ui.mrnError.isVisible, timeout=5000)
    _assert_shown(
        dialog.ui.mrnError, "MRN K-77 is being added by a schedule import at another station"
    )
    assert dialog.isVisible() and dialog.patient is None and _rows() == before
    # the form is laid out again around the message: it wraps onto more lines, all of it
    # shown above the next field
    label, below = dialog.ui.mrnError, dialog.ui.familyNameEdit

    def whole() -> bool:
        needed = label.heightForWidth(label.width())
        return needed >= 2 * label.fontMetrics().lineSpacing() and below.y() >= label.y() + needed

    qtbot.waitUntil(whole, timeout=5000)
    dialog.grab().save(str(tmp_path / "walk-in-mrn-being-imported.png"))
