"""The patient's panel shows what a hospital feed left for the desk to settle (issue 11): a
birth date or sex given otherwise, a passport name derived from the native one."""

from __future__ import annotations

from frontdesk.gui.patient_panel import PatientPanel
from frontdesk.services.patient_view import patient_details
from frontdesk.services.schedule_import import import_schedule_bytes
from frontdesk.store.models import Patient
from tests.db.helpers import DAY
from tests.schedule_samples import hl7_file, siu


def feed(actor, control: str, fields: dict | None = None) -> None:
    patient = {3: "M1^^^MGH^MR", 5: "田中^由紀^^^^^L^I", 7: "19791225", 8: "M", **(fields or {})}
    message = siu("S12", control, "L-1", "M1", "202611300900-0500", patient=patient)
    import_schedule_bytes(hl7_file([message]), actor)


def test_the_panel_says_what_the_feed_left_open(qtbot, actor):
    feed(actor, "1")
    feed(actor, "2", {7: "19810306", 8: "F"})
    panel = PatientPanel()
    qtbot.addWidget(panel)
    panel.show_details(patient_details(Patient.get().id, DAY, today=DAY))
    text = panel.ui.visitLabel.text()
    assert "⚠ Date of birth: 1979-12-25 on file, hl7:EPIC@MGH says 1981-03-06" in text
    assert "⚠ Sex: M on file, hl7:EPIC@MGH says F" in text
    assert "⚠ Passport name derived from the native name: confirm its spelling" in text
