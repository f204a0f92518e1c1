"""The main window lists the day's schedule from the real database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from frontdesk.gui.app import MainWindow
from frontdesk.gui.schedule_model import ScheduleModel
from frontdesk.services.checkin import check_in
from frontdesk.services.schedule import day_schedule
from tests.db.helpers import DAY, book, make_patient


def _fill(actor):
    kim = make_patient(
        actor,
        mrn="K1",
        family="Kim",
        given="Min-jun",
        native_family_name="김",
        native_given_name="민준",
    )
    layla = make_patient(
        actor,
        mrn="L1",
        family="Haddad",
        given="Layla",
        native_family_name="حداد",
        native_given_name="ليلى",
    )
    book(actor, kim, "A1", 9, department="Heart Center")
    book(actor, layla, "A2", 10, 30, department="Imaging")
    return kim, layla


def test_window_shows_the_days_appointments(qtbot, actor):
    kim, _ = _fill(actor)
    check_in(kim.id, DAY, actor)
    window = MainWindow(DAY)
    qtbot.addWidget(window)
    window.show()
    model = window.table.model()
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert cells[0][:3] == ["09:00", "Kim, Min-jun", "김민준"]
    assert cells[0][-1] == "Arrived"
    assert cells[1][2] == "ليلى حداد" and cells[1][-1] == "Scheduled"
    assert "2 appointments" in window.heading.text()


def test_schedule_model_passes_the_model_tester(qtmodeltester, actor):
    _fill(actor)
    model = ScheduleModel()
    model.set_entries(day_schedule(DAY))
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    model.set_entries(day_schedule(DAY + dt.timedelta(days=1)))
    assert model.rowCount() == 0
