"""The day read again (after an import, most often of other days) repaints only the rows that
changed: no model reset, no dimmed table, so the GUI thread is not asked for every row again
while workers run (issue 12)."""

from __future__ import annotations

import datetime as dt

from frontdesk.gui.schedule_model import STATUS, ScheduleModel
from frontdesk.services.checkin import check_in
from frontdesk.services.schedule import day_schedule
from tests.db.helpers import DAY, book, make_patient
from tests.ui.conftest import TEN_AM
from tests.ui.test_main_window import day_of_patients, window  # noqa: F401


def _watch(model: ScheduleModel) -> tuple[list, list]:
    changed: list[tuple[int, int, int, int]] = []
    resets: list[int] = []
    model.dataChanged.connect(
        lambda a, b: changed.append((a.row(), a.column(), b.row(), b.column()))
    )
    model.modelReset.connect(lambda: resets.append(1))
    return changed, resets


def test_the_same_day_read_again_changes_only_its_changed_rows(
    qtmodeltester,
    actor,
    day_of_patients,  # noqa: F811
):
    now = [TEN_AM]
    model = ScheduleModel(clock=lambda: now[0])
    model.set_entries(day_schedule(DAY))
    qtmodeltester.check(model)  # stays attached: it checks every signal below
    changed, resets = _watch(model)

    model.set_entries(day_schedule(DAY))  # nothing changed
    assert changed == [] and resets == []

    check_in(day_of_patients["kim"].id, DAY, actor)
    model.set_entries(day_schedule(DAY))
    assert changed == [(0, 0, 0, 8)] and resets == []
    assert model.index(0, STATUS).data() == "Arrived"

    changed.clear()
    now[0] = TEN_AM + dt.timedelta(hours=2)  # Layla (10:30) and Wei (11:00) are late now
    model.set_entries(day_schedule(DAY))
    assert changed == [(1, 0, 2, 8)] and resets == []
    assert [model.status_key(model.entry(r)) for r in range(3)] == ["arrived", "late", "late"]
    assert [key for _, key in model.patient_keys()] == ["arrived", "late", "late"]


def test_other_appointments_reset_the_model(
    qtmodeltester,
    actor,
    day_of_patients,  # noqa: F811
):
    model = ScheduleModel(clock=lambda: TEN_AM)
    model.set_entries(day_schedule(DAY))
    qtmodeltester.check(model)
    _, resets = _watch(model)
    omar = make_patient(actor, mrn="O1", family="Farouk", given="Omar")
    book(actor, omar, "A4", 9, 30)
    model.set_entries(day_schedule(DAY))
    assert resets == [1] and model.rowCount() == 4
    assert [model.entry(r).patient.mrn for r in range(4)] == ["K1", "O1", "L1", "W1"]
    assert model.row_of(day_schedule(DAY)[3].appointment_id) == 3
    model.set_entries([])
    assert resets == [1, 1] and model.rowCount() == 0


def test_the_day_read_again_keeps_the_table_lit(qtbot, window):  # noqa: F811
    """The table shows that day while it is read again: only the counts' row says so. Another
    day dims it until its rows are in."""
    view = window.ui.scheduleView
    changed, resets = _watch(window.model)
    with qtbot.waitSignal(window.day_loaded, timeout=5000):
        window.day_view.set_day(DAY)
        assert view.isEnabled() and window.day_view.loader.busy
    assert changed == [] and resets == [] and window.proxy.rowCount() == 3 and view.isEnabled()
    with qtbot.waitSignal(window.day_loaded, timeout=5000):
        window.ui.actionNextDay.trigger()
        assert not view.isEnabled()
    assert resets == [1] and window.proxy.rowCount() == 0 and view.isEnabled()
