"""The interpreter roster window (list, add, edit, days off, off the roster and back; a refusal
in words) and an interpreter's day sheet (the minimum necessary; its PDF and CSV), reached from
the desk window's menu and the case board, on a real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from frontdesk.gui.interpreter_day_view import InterpreterDayDialog
from frontdesk.gui.interpreter_roster_view import InterpreterRosterDialog
from frontdesk.services.interpreter_bookings import book_interpreter
from frontdesk.services.interpreter_roster import (
    InterpreterInput,
    add_interpreter,
    list_interpreters,
)
from frontdesk.store.models import AuditEvent
from tests.db.helpers import DAY, NEW_YORK, book, make_patient
from tests.pdf_reading import pdf_text

YAWKEY = "Yawkey Building, floor 5, room 512"


def _names(roster) -> list[str]:
    return [roster.proxy.index(r, 0).data() for r in range(roster.proxy.rowCount())]


def _roster(qtbot, actor, today=DAY) -> InterpreterRosterDialog:
    roster = InterpreterRosterDialog(actor, today)
    qtbot.addWidget(roster)
    with qtbot.waitSignal(roster.loaded, timeout=10_000):
        roster.show()
    return roster


def _select(roster, name: str) -> None:
    row = _names(roster).index(name)
    roster.table.setCurrentIndex(roster.proxy.index(row, 0))


def _save(qtbot, roster, form) -> None:
    with qtbot.waitSignal(roster.loaded, timeout=10_000):
        form.buttons.button(form.buttons.StandardButton.Save).click()


def _actions() -> list[str]:
    return [e.action for e in AuditEvent.select().order_by(AuditEvent.seq)]


@pytest.fixture
def nadia(actor):
    return add_interpreter(
        InterpreterInput(
            name="Nadia Haddad",
            native_name="نادية حداد",
            languages="ar, fr",
            phone="+1 617 555 0101",
            base="Yawkey Building",
            hours="Mon-Fri 08:00-17:00",
        ),
        actor,
    )


def test_the_roster_lists_adds_edits_and_records_days_off(qtbot, qtmodeltester, actor, nadia):
    roster = _roster(qtbot, actor)
    qtmodeltester.check(roster.model)
    assert roster.count_label.text() == "1 of 1 interpreters"
    assert roster.proxy.index(0, 2).data() == "Arabic (ar), French (fr)"
    assert roster.proxy.index(0, 7).data() == "Mon-Fri 08:00-17:00"
    assert not roster.edit_button.isEnabled()  # nobody chosen yet

    # A new interpreter through the form, typed as a coordinator would.
    roster.add_button.click()
    form = roster.form
    qtbot.keyClicks(form.name_edit, "Wang Fang")
    form.native_edit.setText("王芳")  # typed through an input method: not key by key
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("agency"))
    qtbot.keyClicks(form.agency_edit, "Boston Language Partners")
    qtbot.keyClicks(form.languages_edit, "zh-hans, en")
    qtbot.keyClicks(form.hours_edit, "Mon 9-5")  # not a span the service reads
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Nothing was saved" in form.error_label.text(), timeout=10_000)
    assert "'Mon 9-5' is not a span of working hours" in form.error_label.text()
    assert form.isVisible() and form.hours_edit.hasFocus()
    assert [i.name for i in list_interpreters()] == ["Nadia Haddad"]  # nothing written
    form.hours_edit.setText("Tue-Thu 09:00-13:00")
    _save(qtbot, roster, form)
    assert not form.isVisible()
    wang = next(i for i in list_interpreters() if i.name == "Wang Fang")
    assert (wang.native_name, wang.agency, wang.languages) == (
        "王芳",
        "Boston Language Partners",
        ("en", "zh-Hans"),
    )
    assert roster.selected().id == wang.id  # the one just added is chosen
    assert roster.status_label.text() == "Saved Wang Fang (en, zh-Hans)"
    assert roster.count_label.text() == "2 of 2 interpreters"

    # Edit: the form shows what is stored; the change is one audited update.
    roster.edit_button.click()
    form = roster.form
    assert form.languages_edit.text() == "en, zh-Hans"
    assert form.hours_edit.text() == "Tue-Thu 09:00-13:00"
    form.hours_edit.setText("Mon-Fri 09:00-13:00")
    form.phone_edit.setText("+1 617 555 0199")
    _save(qtbot, roster, form)
    row = _names(roster).index("Wang Fang")
    assert roster.proxy.index(row, 7).data() == "Mon-Fri 09:00-13:00"
    assert roster.proxy.index(row, 4).data() == "+16175550199"

    # Days off, soonest first; the roster shows those not over.
    roster.days_off_button.click()
    form = roster.form
    form.first_edit.setDate(QDate(2026, 12, 24))
    assert form.last_edit.date() == QDate(2026, 12, 24)  # follows the first day
    form.last_edit.setDate(QDate(2026, 12, 26))
    qtbot.keyClicks(form.reason_edit, "leave")
    _save(qtbot, roster, form)
    assert (
        roster.proxy.index(_names(roster).index("Wang Fang"), 8).data() == "24 Dec – 26 Dec (leave)"
    )
    assert _actions()[-3:] == ["interpreter.create", "interpreter.update", "interpreter.day_off"]

    # A day off recorded by mistake: listed in the form, removed, audited.
    roster.days_off_button.click()
    form = roster.form
    listed = form.ahead_view.model()
    assert listed.stringList() == ["Thu 24 Dec – Sat 26 Dec 2026 (leave)"]
    assert not form.remove_button.isEnabled()
    form.ahead_view.setCurrentIndex(listed.index(0))
    with qtbot.waitSignal(roster.loaded, timeout=10_000):
        form.remove_button.click()
    assert roster.proxy.index(_names(roster).index("Wang Fang"), 8).data() == ""
    assert roster.status_label.text() == "Wang Fang: days off 2026-12-24 to 2026-12-26 removed"
    assert _actions()[-1] == "interpreter.day_off_removed"
    assert next(i for i in list_interpreters() if i.name == "Wang Fang").absences == ()

    # A filter by language or name, in either script.
    qtbot.keyClicks(roster.filter_edit, "arab")
    assert _names(roster) == ["Nadia Haddad"]
    roster.filter_edit.setText("王")
    assert _names(roster) == ["Wang Fang"]
    roster.filter_edit.clear()


def test_off_the_roster_and_back(qtbot, actor, nadia):
    roster = _roster(qtbot, actor)
    _select(roster, "Nadia Haddad")
    with qtbot.waitSignal(roster.loaded, timeout=10_000):
        roster.active_button.click()
    assert _names(roster) == []  # the active ones only
    assert list_interpreters(active_only=False)[0].active is False
    with qtbot.waitSignal(roster.loaded, timeout=10_000):
        roster.inactive_check.setChecked(True)
    assert _names(roster) == ["Nadia Haddad (off the roster)"]
    _select(roster, "Nadia Haddad (off the roster)")
    assert roster.active_button.text() == "Back on the roster"
    with qtbot.waitSignal(roster.loaded, timeout=10_000):
        roster.active_button.click()
    assert _names(roster) == ["Nadia Haddad"]
    assert roster.status_label.text() == "Nadia Haddad is back on the roster"
    assert _actions()[-2:] == ["interpreter.deactivate", "interpreter.activate"]


def test_a_door_account_is_refused_in_words_and_nothing_is_written(
    qtbot, actor, nadia, monkeypatch
):
    from frontdesk.services.accounts import add_staff, sign_in
    from frontdesk.services.roles import Role

    monkeypatch.setenv("FRONTDESK_ARGON2_PROFILE", "cheapest")
    add_staff(None, "ines", "Inês", Role.ADMIN, password="ines-admin-secret")  # sign-in is on
    admin = sign_in("ines", "ines-admin-secret", "Desk 1")
    add_staff(admin, "sec", "Door guard", Role.DOOR, password="door-guard-pw")
    door = sign_in("sec", "door-guard-pw", "Door: Main")
    before = len(_actions())

    roster = _roster(qtbot, door)
    _select(roster, "Nadia Haddad")
    roster.edit_button.click()
    form = roster.form
    form.hours_edit.setText("Mon-Sat 08:00-17:00")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(form.error_label.text()), timeout=10_000)
    assert form.error_label.text() == (
        "Nothing was saved: Sec (door) may not change the interpreter roster; "
        "ask a supervisor or an admin"
    )
    form.reject()
    with qtbot.waitSignal(roster.failed, timeout=10_000):
        roster.active_button.click()
    assert "may not change the interpreter roster" in roster.status_label.text()
    assert list_interpreters()[0].hours_text == "Mon-Fri 08:00-17:00"
    assert len(_actions()) == before


@pytest.fixture
def nadias_day(actor, nadia):
    layla = make_patient(
        actor,
        mrn="L1",
        native_family_name="حداد",
        native_given_name="ليلى",
        preferred_language="ar",
        interpreter_needed=True,
    )
    li = make_patient(actor, mrn="C1", family="Li", given="Na", preferred_language="zh-Hans")
    for patient, external_id, hour, mode in (
        (layla, "L-1", 9, "in_person"),
        (li, "C-1", 14, "phone"),
    ):
        appointment = book(
            actor, patient, external_id, hour, location=YAWKEY, department="Oncology"
        )
        book_interpreter(
            appointment.id,
            actor,
            interpreter_id=nadia.id if mode == "in_person" else None,
            mode=mode,
            remote_service=None if mode == "in_person" else "LanguageLine",
        )
    return nadia


def test_the_day_sheet_shows_the_minimum_and_saves_its_pdf_and_csv(
    qtbot, qtmodeltester, nadias_day, tmp_path
):
    sheet = InterpreterDayDialog(NEW_YORK, str(tmp_path / "pdf"), DAY, interpreter_id=nadias_day.id)
    qtbot.addWidget(sheet)
    with qtbot.waitSignal(sheet.loaded, timeout=10_000):
        sheet.show()
    qtmodeltester.check(sheet.model)
    assert sheet.count_label.text() == "1 appointment(s) for Nadia Haddad on Mon 30 Nov 2026"
    cells = [sheet.model.index(0, c).data() for c in range(sheet.model.columnCount())]
    assert cells == [
        "09:00–09:30",
        YAWKEY,
        "HADDAD, Layla",
        "ليلى حداد",
        "Arabic (ar)",
        "In person",
        "Booked",
    ]
    assert not any("L1" in c or "Oncology" in c for c in cells)  # no MRN, no department

    with qtbot.waitSignal(sheet.saved, timeout=20_000) as saved:
        sheet.pdf_button.click()
    pdf = Path(saved.args[0])
    assert pdf.parent == tmp_path / "pdf" and pdf.suffix == ".pdf"
    text = pdf_text(pdf.read_bytes())
    assert "HADDAD, Layla" in text and "Nadia Haddad" in text and "L1" not in text
    with qtbot.waitSignal(sheet.saved, timeout=20_000) as saved:
        sheet.csv_button.click()
    csv = Path(saved.args[0]).read_text(encoding="utf-8-sig").splitlines()
    assert csv[0] == "date,start,end,place,patient,native_name,language,mode"
    assert csv[1] == f'2026-11-30,09:00,09:30,"{YAWKEY}","HADDAD, Layla",ليلى حداد,ar,in_person'
    assert sheet.status_label.text() == f"Saved {saved.args[0]}"

    with qtbot.waitSignal(sheet.loaded, timeout=10_000):
        sheet.date_edit.setDate(QDate(2026, 12, 1))
    assert sheet.model.rowCount() == 0
    assert sheet.count_label.text() == "0 appointment(s) for Nadia Haddad on Tue 01 Dec 2026"


def test_a_file_that_cannot_be_written_is_said_in_words(qtbot, nadias_day, tmp_path):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    sheet = InterpreterDayDialog(NEW_YORK, str(blocked), DAY, interpreter_id=nadias_day.id)
    qtbot.addWidget(sheet)
    with qtbot.waitSignal(sheet.loaded, timeout=10_000):
        sheet.show()
    with qtbot.waitSignal(sheet.failed, timeout=20_000):
        sheet.csv_button.click()
    assert sheet.status_label.text().startswith("Cannot save ")
    assert str(blocked) in sheet.status_label.text()


def test_reached_from_the_desk_menu_and_the_case_board(qtbot, open_window, nadias_day):
    window = open_window()
    views = window.case_views
    views.roster_action.trigger()
    roster = views.roster
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1, timeout=10_000)
    _select(roster, "Nadia Haddad")
    roster.sheet_button.click()
    sheet = views.day_sheet
    qtbot.waitUntil(lambda: sheet.model.rowCount() == 1, timeout=10_000)
    assert sheet.interpreter_combo.currentData() == nadias_day.id
    assert sheet.interpreter_combo.currentText() == "Nadia Haddad · نادية حداد (ar, fr)"
    sheet.reject()
    roster.reject()

    views.board_action.trigger()
    board = views.board
    qtbot.waitUntil(lambda: not board.loading, timeout=10_000)
    board.roster_button.click()
    assert views.roster is not roster and views.roster.isVisible()
    qtbot.waitUntil(lambda: views.roster.model.rowCount() == 1, timeout=10_000)
    assert views.roster.windowTitle() == "Interpreter roster"
    views.roster.reject()
    board.reject()


def test_the_sheet_of_someone_off_the_roster_and_booked_on_a_day_off(qtbot, actor, nadias_day):
    from frontdesk.services.interpreter_roster import add_absence, set_active

    add_absence(nadias_day.id, DAY, DAY, actor, reason="leave")
    set_active(nadias_day.id, False, actor)
    sheet = InterpreterDayDialog(NEW_YORK, "unused", DAY, interpreter_id=nadias_day.id)
    qtbot.addWidget(sheet)
    with qtbot.waitSignal(sheet.loaded, timeout=10_000):
        sheet.show()
    assert sheet.interpreter_combo.currentData() == nadias_day.id
    assert sheet.interpreter_combo.currentText().endswith("(ar, fr) · off the roster")
    assert sheet.count_label.text() == (
        "1 appointment(s) for Nadia Haddad on Mon 30 Nov 2026 · day off (leave)"
    )
