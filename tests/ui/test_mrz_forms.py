"""The walk-in and companion forms filled from a passport's MRZ typed as a keyboard-wedge reader
types it (key by key, Enter after each line), on a real database; a wrong check digit fills
nothing and says which field; an expired passport fills, with a warning."""

from __future__ import annotations

import datetime as dt

from mrz.generator.td3 import TD3CodeGenerator
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from frontdesk.gui.dialogs import CompanionDialog, WalkInDialog
from frontdesk.store.models import Companion, Patient
from frontdesk.timeutil import today
from tests.db.helpers import NEW_YORK, make_patient

# Made by the mrz package (an independent ICAO 9303 writer): a Kuwaiti passport valid to 2031.
KUWAITI = str(
    TD3CodeGenerator(
        "P", "KWT", "Al-Mutairi", "Hamad Saad", "K0392817", "KWT", "850315", "M", "310901"
    )
).split("\n")  # fmt: skip
ICAO_SPECIMEN = (  # ICAO Doc 9303 part 4: expired since 2012
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


def _scan(qtbot, edit, line1: str, line2: str) -> None:
    """What a keyboard-wedge reader sends: each character a key press, Enter after a line."""
    edit.setFocus()
    for line in (line1, line2):
        qtbot.keyClicks(edit, line)
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def test_a_walk_in_is_filled_from_the_passport_reader_and_registered(qtbot, actor):
    dialog = WalkInDialog(actor, today(NEW_YORK), NEW_YORK)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.nativeFamilyNameEdit.setText("المطيري")  # typed before the scan: it stays
    _scan(qtbot, dialog.mrz.edit, *KUWAITI)
    assert dialog.mrz.status.text().startswith("✓ Read: AL MUTAIRI, HAMAD SAAD")
    assert (ui.familyNameEdit.text(), ui.givenNameEdit.text()) == ("AL MUTAIRI", "HAMAD SAAD")
    assert ui.passportEdit.text() == "K0392817"
    assert ui.dateOfBirthEdit.text() == "1985-03-15"
    assert ui.sexCombo.currentData() == "M"
    assert ui.nationalityCombo.currentData() == "KWT"
    assert ui.nativeFamilyNameEdit.text() == "المطيري"
    qtbot.keyClicks(ui.mrnEdit, "W-200")
    ui.timeEdit.setTime(QTime(10, 30))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    patient = Patient.get(Patient.mrn == "W-200")
    assert (patient.family_name, patient.given_name, patient.passport_no) == (
        "AL MUTAIRI",
        "HAMAD SAAD",
        "K0392817",
    )
    assert (patient.nationality, patient.date_of_birth, patient.sex) == (
        "KWT",
        dt.date(1985, 3, 15),
        "M",
    )
    assert patient.native_family_name == "المطيري"


def test_a_wrong_check_digit_fills_nothing_and_names_the_field(qtbot, actor):
    dialog = WalkInDialog(actor, today(NEW_YORK), NEW_YORK)
    qtbot.addWidget(dialog)
    dialog.show()
    line2 = KUWAITI[1][:19] + str((int(KUWAITI[1][19]) + 1) % 10) + KUWAITI[1][20:]
    _scan(qtbot, dialog.mrz.edit, KUWAITI[0], line2)
    status = dialog.mrz.status
    assert status.isVisible() and status.text().startswith("⚠ line 2, position 20")
    assert "date of birth" in status.text()
    assert dialog.ui.familyNameEdit.text() == "" and dialog.ui.passportEdit.text() == ""
    assert dialog.mrz.zone is None


def test_a_half_scanned_zone_counts_characters_without_an_error(qtbot, actor):
    dialog = WalkInDialog(actor, today(NEW_YORK), NEW_YORK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mrz.edit.setFocus()
    qtbot.keyClicks(dialog.mrz.edit, KUWAITI[0])
    qtbot.keyClick(dialog.mrz.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.mrz.edit, KUWAITI[1][:10])
    assert dialog.mrz.status.text() == "44/44 + 10/44 characters"


def test_a_companion_from_an_expired_passport_is_warned_and_keeps_the_passport(qtbot, actor):
    patient = make_patient(actor, "M1")
    dialog = CompanionDialog(actor, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _scan(qtbot, dialog.mrz.edit, *ICAO_SPECIMEN)
    assert "expired on 2012-04-15" in dialog.mrz.status.text()
    assert dialog.ui.familyNameEdit.text() == "ERIKSSON"
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    companion = Companion.get()
    assert (companion.family_name, companion.given_name) == ("ERIKSSON", "ANNA MARIA")
    assert (companion.passport_no, companion.nationality) == ("L898902C3", "UTO")
    assert companion.date_of_birth == dt.date(1974, 8, 12)
