"""The international case in the window: the case board and its filters, a patient's case
(checklist, travel, interpreters) opened from the panel, the warnings at check-in that never
block it, and the arrivals sheet with its PDF."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from frontdesk.gui.case_board_filters import ARRIVING_THIS_WEEK
from frontdesk.services.case_terms import CheckItem, ItemState
from frontdesk.services.checklist import checklist_of, set_item
from frontdesk.services.interpreter_bookings import book_interpreter, booking_of
from frontdesk.services.interpreter_roster import InterpreterInput, add_interpreter
from frontdesk.services.travel import save_travel, travel_of
from frontdesk.store.models import AuditEvent, Visit
from tests.db.helpers import DAY, NEW_YORK, book, make_patient
from tests.pdf_reading import pdf_text
from tests.ui.test_main_window import answer_dialog

YAWKEY = "Yawkey Building, floor 5, room 512"
WANG = "Wang Building, floor 3, room 310"
ALL_BUT_INTERPRETER = [i for i in CheckItem if i != CheckItem.INTERPRETER_BOOKED]


@pytest.fixture(autouse=True)
def _case_views_collected(qtbot):
    """The dialogs of a test are collected at its end, not at some later test's moment (the
    cycle collector then meets Qt objects of windows long gone)."""
    yield
    from frontdesk.gui.jobs import lanes_idle

    assert lanes_idle(20_000)
    qtbot.wait(10)
    gc.collect()


def _everything_done(visit_id, actor):
    for item in ALL_BUT_INTERPRETER:
        set_item(visit_id, item, ItemState.DONE, actor)


@pytest.fixture
def cases(actor):
    """Four stays in the board's fortnight from Monday 30 November (New York):

    Layla (Arabic, interpreter needed) lands Sunday evening, all done but her interpreter;
    Kim lands Monday, visa letter open; Wei comes next week (lands Monday 7 December, after
    "this week"), something open; Ana lands Tuesday, everything done.
    """
    nadia = add_interpreter(
        InterpreterInput(name="Nadia Haddad", languages="ar", hours="Mon-Fri 08:00-17:00"), actor
    )
    layla = make_patient(
        actor,
        mrn="L1",
        native_family_name="حداد",
        native_given_name="ليلى",
        preferred_language="ar",
        interpreter_needed=True,
    )
    kim = make_patient(actor, mrn="K1", family="Kim", given="Min-jun", preferred_language="ko")
    wei = make_patient(actor, mrn="W1", family="Zhang", given="Wei", preferred_language="zh")
    ana = make_patient(actor, mrn="A1", family="Souza", given="Ana", preferred_language="pt-BR")
    l1 = book(actor, layla, "L-1", 9, location=YAWKEY)
    book(actor, layla, "L-2", 11, location=WANG)
    k1 = book(actor, kim, "K-1", 14, day=DAY + dt.timedelta(days=1))
    book(actor, kim, "K-0", 16)  # Monday too: a stay over two parts of the board
    w1 = book(actor, wei, "W-1", 9, day=DAY + dt.timedelta(days=7))
    a1 = book(actor, ana, "A-1", 10, day=DAY + dt.timedelta(days=2))
    for visit, fields in (
        (
            l1.visit_id,
            {"arrival_number": "SV 35", "arrival_place": "BOS", "arrival_time": "2026-11-29 18:05"},
        ),
        (
            k1.visit_id,
            {"arrival_number": "KE 91", "arrival_place": "BOS", "arrival_time": "2026-11-30 19:40"},
        ),
        (
            w1.visit_id,
            {
                "arrival_number": "HU 481",
                "arrival_place": "BOS",
                "arrival_time": "2026-12-07 07:10",
            },
        ),
        (
            a1.visit_id,
            {
                "arrival_number": "LA 8180",
                "arrival_place": "BOS",
                "arrival_time": "2026-12-01 06:30",
                "pickup_by": "Logan Cars",
            },
        ),
    ):
        save_travel(visit, fields, actor)
    _everything_done(l1.visit_id, actor)
    _everything_done(k1.visit_id, actor)
    set_item(k1.visit_id, CheckItem.VISA_LETTER, ItemState.OPEN, actor)
    _everything_done(a1.visit_id, actor)
    return {"nadia": nadia, "layla": layla, "kim": kim, "wei": wei, "ana": ana, "l1": l1, "k1": k1}


def _board(qtbot, window):
    window.case_views.board_action.trigger()
    board = window.case_views.board
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        pass
    return board


def _mrns(board) -> list[str]:
    return [row.mrn for row in board.shown_rows()]


def test_the_board_shows_the_fortnight_and_filters_as_the_coordinator_chooses(
    qtbot, qtmodeltester, open_window, cases
):
    window = open_window()
    board = _board(qtbot, window)
    qtmodeltester.check(board.model)
    assert _mrns(board) == ["L1", "K1", "A1", "W1"]  # by the day they are next here
    assert board.count_label.text() == "4 of 4 stays · 3 with something open"
    # Kim's stay runs over the first part's end (the first day) into the next: one row.
    kim = next(
        r for r in range(board.proxy.rowCount()) if board.proxy.index(r, 1).data() == "Kim, Min-jun"
    )
    assert board.proxy.index(kim, 0).data() == "Mon 30 Nov – Tue 01 Dec"
    assert "interp." not in board.proxy.index(kim, 3).data()
    # What the coordinator reads in Layla's row: her arrival in office time, her interpreter.
    row = next(
        r
        for r in range(board.proxy.rowCount())
        if board.proxy.index(r, 1).data() == "Haddad, Layla"
    )
    assert board.proxy.index(row, 4).data() == "Sun 29 Nov 18:05 · SV 35 BOS"
    assert board.proxy.index(row, 3).data() == "Arabic · interp. 0/2"
    assert (
        board.proxy.index(row, 6 + list(CheckItem).index(CheckItem.INTERPRETER_BOOKED)).data()
        == "○ open"
    )

    board.filters.open_combo.setCurrentIndex(board.filters.open_combo.findData("*"))
    assert _mrns(board) == ["L1", "K1", "W1"]
    # "arriving this week, something open"
    board.filters.arriving_combo.setCurrentIndex(ARRIVING_THIS_WEEK)
    # Layla landed on Sunday, before the board's Monday: not "this week" from Monday.
    assert _mrns(board) == ["K1"]
    board.filters.open_combo.setCurrentIndex(board.filters.open_combo.findData("visa_letter"))
    assert _mrns(board) == ["K1"]
    board.filters.open_combo.setCurrentIndex(0)
    board.filters.arriving_combo.setCurrentIndex(0)
    board.filters.gap_check.setChecked(True)  # needs an interpreter, none booked
    assert _mrns(board) == ["L1"]
    board.filters.gap_check.setChecked(False)
    qtbot.keyClicks(board.filters.text_edit, "souza")
    assert _mrns(board) == ["A1"]
    board.filters.text_edit.clear()
    board.filters.language_combo.setCurrentIndex(board.filters.language_combo.findData("zh"))
    assert _mrns(board) == ["W1"]
    assert board.count_label.text() == "1 of 4 stays · 1 with something open"


def test_a_booking_made_elsewhere_shows_on_reload_and_the_gap_closes(
    qtbot, open_window, cases, actor
):
    window = open_window()
    board = _board(qtbot, window)
    board.filters.gap_check.setChecked(True)
    assert _mrns(board) == ["L1"]
    for appointment in Visit.get_by_id(cases["l1"].visit_id).appointments:
        book_interpreter(appointment.id, actor, interpreter_id=cases["nadia"].id)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        board.reload_button.click()
    assert _mrns(board) == []
    board.filters.gap_check.setChecked(False)
    assert "interp. 2/2" in board.proxy.index(0, 3).data()


def test_the_case_from_the_panel_sets_an_item_saves_travel_and_books_an_interpreter(
    qtbot, open_window, cases
):
    window = open_window()
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(cases["layla"].id)
    assert "Interpreter booked" in window.panel.ui.caseValue.text()
    window.panel.ui.caseButton.click()
    dialog = window.case_views.case
    qtbot.waitUntil(lambda: dialog.case is not None, timeout=10_000)
    assert dialog.name_label.text() == "HADDAD, Layla  ·  ليلى حداد"
    assert dialog.open_label.text() == "Open: Interpreter booked"

    # The checklist: "records translated" back to open, with a note; who and where recorded.
    pane = dialog.checklist
    pane.select_item(CheckItem.RECORDS_TRANSLATED)
    pane.note_edit.setText("the translation came back incomplete")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pane.open_button.click()
    line = next(
        i for i in checklist_of(cases["l1"].visit_id) if i.item == CheckItem.RECORDS_TRANSLATED
    )
    assert (line.state, line.set_by, line.set_station, line.note) == (
        ItemState.OPEN,
        "Amal Haddad",
        "Desk 1",
        "the translation came back incomplete",
    )
    assert dialog.open_label.text() == "Open: Records translated, Interpreter booked"
    assert pane.model.index(1, 1).data() == "○ Open"

    # Travel: a time typed as on the ticket, in Riyadh's zone for a departure from RUH.
    form = dialog.travel
    dialog.tabs.setCurrentWidget(form)
    assert form.edits["arrival_time"].text() == "2026-11-29 18:05"
    assert form.office_times["arrival_time"].text() == "office time Sun 29 Nov 18:05"
    form.edits["departure_place"].setText("BOS")
    form.edits["departure_number"].setText("sv36")
    form.edits["departure_time"].setText("2026-12-01 21:30")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        form.save_button.click()
    travel = travel_of(cases["l1"].visit_id)
    assert travel.departure_number == "SV 36"
    assert travel.departure_at == dt.datetime(2026, 12, 2, 2, 30, tzinfo=dt.UTC)
    assert travel.arrival_at == dt.datetime(2026, 11, 29, 23, 5, tzinfo=dt.UTC)  # untouched
    # A bad time is refused, naming the field; nothing is written.
    form.edits["departure_time"].setText("tomorrow evening")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        form.save_button.click()
    assert failed.args[0].startswith("Departure_time: 'tomorrow evening' is not a date and time")
    assert dialog.status_label.text().startswith("Nothing was saved")
    assert travel_of(cases["l1"].visit_id).departure_at == travel.departure_at

    # Interpreters: the first appointment without one is chosen; Nadia is suggested, free.
    pane = dialog.interpreters
    dialog.tabs.setCurrentWidget(pane)
    assert pane.model.index(0, 4).data() == "✖ none booked"
    qtbot.waitUntil(
        lambda: pane.suggestion_combo.currentData() == cases["nadia"].id, timeout=10_000
    )
    assert pane.suggestion_combo.currentText().startswith("Nadia Haddad · ar · 0 that day · free")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pane.book_button.click()
    first = pane.model.appointments[0]
    assert booking_of(first.appointment_id).interpreter_name == "Nadia Haddad"
    assert pane.model.index(0, 4).data() == "Nadia Haddad"
    assert pane.model.index(0, 5).data() == "Booked"
    # The second by phone: the fallback.
    pane.select_appointment(pane.model.appointments[1].appointment_id)
    pane.remote_service.setText("LanguageLine")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pane.remote_button.click()
    assert pane.model.index(1, 4).data() == "Phone · LanguageLine"
    assert dialog.open_label.text() == "Open: Records translated"
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert actions.count("interpreter_booking.book") == 2
    assert "travel.update" in actions
    # The panel follows: the interpreter item is no longer open.
    qtbot.waitUntil(
        lambda: "Interpreter booked" not in window.panel.ui.caseValue.text(), timeout=5000
    )
    assert "Records translated" in window.panel.ui.caseValue.text()


def test_a_double_booking_is_a_warning_in_the_dialog_not_a_refusal(
    qtbot, open_window, cases, actor
):
    other = make_patient(
        actor,
        mrn="O1",
        family="Saleh",
        given="Huda",
        preferred_language="ar",
        interpreter_needed=True,
    )
    clash = book(actor, other, "O-1", 9, location=WANG)
    book_interpreter(clash.id, actor, interpreter_id=cases["nadia"].id)
    window = open_window()
    window.case_views.open_case("L1")
    dialog = window.case_views.case
    qtbot.waitUntil(lambda: dialog.case is not None, timeout=10_000)
    pane = dialog.interpreters
    dialog.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(
        lambda: pane.suggestion_combo.currentData() == cases["nadia"].id, timeout=10_000
    )
    assert (
        "double-booked: another appointment at 09:00 in Wang Building"
        in pane.suggestion_combo.currentText()
    )
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pane.book_button.click()
    assert "Booked, but: double-booked" in dialog.status_label.text()
    assert pane.model.index(0, 6).data().startswith("Double-booked")
    assert booking_of(pane.model.appointments[0].appointment_id).interpreter_name == "Nadia Haddad"


def test_nobody_signed_in_changes_nothing_and_is_told(qtbot, open_window, cases):
    window = open_window()
    window.actor = None
    window.case_views.open_case("K1")
    dialog = window.case_views.case
    qtbot.waitUntil(lambda: dialog.case is not None, timeout=10_000)
    before = AuditEvent.select().count()
    dialog.checklist.select_item(CheckItem.VISA_LETTER)
    dialog.checklist.done_button.click()
    assert "Choose who is signed in" in dialog.status_label.text()
    assert not dialog.write_job.busy
    assert AuditEvent.select().count() == before
    assert CheckItem.VISA_LETTER in dialog.stay().open_items


def test_check_in_warns_of_what_is_open_and_checks_in_all_the_same(qtbot, open_window, cases):
    window = open_window()
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(cases["layla"].id)
    text = window.panel.ui.caseValue.text()
    assert "Still open before arrival: Interpreter booked" in text
    assert "2 of today's appointments need an interpreter and have none booked" in text
    answer_dialog(qtbot)
    window.ui.actionCheckIn.trigger()
    qtbot.waitUntil(lambda: window.panel.details.arrived, timeout=10_000)
    box = window.actions.check_in_question
    assert "⚠ Still open before arrival: Interpreter booked" in box.informativeText()
    assert Visit.get_by_id(cases["l1"].visit_id).arrived_at is not None


def test_arrivals_view_shows_the_day_and_saves_its_pdf(qtbot, open_window, cases, desk_settings):
    window = open_window()
    window.case_views.arrivals_action.trigger()
    view = window.case_views.arrivals
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    assert view.model.rowCount() == 1  # Kim lands on Monday 30 November at 19:40
    assert view.model.index(0, 1).data() == "KE 91 →BOS"
    assert view.model.index(0, 6).data() == "✖ none"
    view.date_edit.setDate(view.date_edit.date().addDays(1))  # Tuesday: Ana at 06:30, picked up
    qtbot.waitUntil(
        lambda: view.shown and view.shown[0] == DAY + dt.timedelta(days=1), timeout=10_000
    )
    assert view.model.index(0, 2).data() == "SOUZA, Ana"
    assert view.model.index(0, 6).data().startswith("Logan Cars")
    with qtbot.waitSignal(view.saved, timeout=20_000) as saved:
        view.pdf_button.click()
    path = Path(saved.args[0])
    assert path.parent == Path(desk_settings.pdf_folder)
    text = pdf_text(path.read_bytes())
    assert "Arrivals" in text and "LA 8180" in text and "Souza" in text.title()
    assert "A1" not in text.split()  # minimum necessary: no MRN on the drivers' sheet


def _interpreter_cells(window) -> dict[str, str]:
    from frontdesk.gui.schedule_model import INTERPRETER

    cells = {}
    for row in range(window.proxy.rowCount()):
        entry = window.model.entry(window.proxy.mapToSource(window.proxy.index(row, 0)).row())
        cells[entry.external_id] = window.proxy.index(row, INTERPRETER).data()
    return cells


def test_the_day_shows_whether_the_interpreter_is_booked_and_filters_the_gaps(
    qtbot, open_window, cases, actor
):
    from frontdesk.services.appointments import AppointmentInput, upsert_appointment
    from frontdesk.services.booking_review import AppointmentChange, follow_appointment_changes
    from frontdesk.store.models import database_proxy

    other = make_patient(actor, mrn="H1", family="Saleh", given="Huda", preferred_language="ar")
    book(actor, other, "H-1", 15)  # needs no interpreter
    l2 = Visit.get_by_id(cases["l1"].visit_id).appointments.order_by("start")[1]
    book_interpreter(l2.id, actor, interpreter_id=cases["nadia"].id)
    window = open_window()
    assert _interpreter_cells(window) == {
        "L-1": "✖ Arabic",
        "L-2": "✔ Arabic",
        "K-0": "",
        "H-1": "",
    }
    window.case_views.gap_filter.setChecked(True)
    assert _interpreter_cells(window) == {"L-1": "✖ Arabic"}

    # Booked at another station: the row follows within a poll, and leaves the filtered view.
    book_interpreter(cases["l1"].id, actor, mode="phone", remote_service="LanguageLine")
    qtbot.waitUntil(lambda: _interpreter_cells(window) == {}, timeout=10_000)
    window.case_views.gap_filter.setChecked(False)
    assert _interpreter_cells(window)["L-1"] == "✔ Arabic"

    # The appointment moves (a new time from the scheduling system): the booking is to review.
    new_start = dt.datetime.combine(DAY, dt.time(13, 0), tzinfo=NEW_YORK)
    with database_proxy.atomic():
        upsert_appointment(
            AppointmentInput(external_id="L-2", start=new_start, location=WANG),
            cases["layla"],
            actor,
        )
        follow_appointment_changes(
            [AppointmentChange(l2.id, before={"start": l2.start}, after={"start": new_start})],
            actor,
        )
    qtbot.waitUntil(lambda: _interpreter_cells(window).get("L-2") == "⚠ Arabic", timeout=10_000)
    window.case_views.gap_filter.setChecked(True)
    assert _interpreter_cells(window) == {"L-2": "⚠ Arabic"}
