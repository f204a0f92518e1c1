"""Names and addresses that hold markup show as the characters typed (issue 16): the patient
panel, the check-in question and the door's VALID screen used to render them as rich text
(``<font size=7>`` turned the name red and huge, ``<h1>`` made a heading of an address)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.door_closing import close_and_wait
from frontdesk.gui.door_window import DoorWindow
from frontdesk.services.badges import issue_badge
from frontdesk.services.door import DoorStation
from frontdesk.services.patients import CompanionInput, add_companion
from tests.db.helpers import BADGE_DAY as DAY
from tests.db.helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from tests.db.helpers import DAY as DESK_DAY
from tests.db.helpers import book, make_patient
from tests.db.test_door import Clock
from tests.ui.test_door_window import NOON

FAMILY = "<font color=red size=7>VIP</font>"
ADDRESS = "<h1>ISOLATION – do not admit</h1>"
COMPANION = "<b>Omar</b>"
_LOOK = False  # True: save the screens to look at


@pytest.fixture
def hostile(actor):
    patient = make_patient(
        actor,
        mrn="H1",
        family=FAMILY,
        given="<i>Ana</i>",
        native_family_name="<u>אנה</u>",
        local_address=ADDRESS,
        phone="+1 617 555 0100",
    )
    book(actor, patient, "H1", 11, day=DESK_DAY, location="<h2>Yawkey</h2>, floor 5")
    book(actor, patient, "H2", 11, day=DAY, location="Yawkey, floor 5")  # the door's day
    add_companion(patient.id, CompanionInput(COMPANION, "<s>x</s>"), actor)
    return patient


def _markup_shown(widget) -> list[str]:
    """The labels that would draw a tag of the hostile data as formatting."""
    shown = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        if not any(tag in text for tag in ("<font", "<h1>", "<i>Ana", "<u>", "<b>Omar", "<h2>")):
            continue
        if label.textFormat() != Qt.TextFormat.PlainText:
            shown.append(f"{label.objectName()}: {text[:60]}")
    return shown


def test_the_patient_panel_and_the_check_in_question_show_markup_as_text(
    qtbot, open_window, hostile
):
    window = open_window()
    window.open_patient(hostile.id)
    panel = window.panel.ui
    qtbot.waitUntil(lambda: FAMILY.upper() in panel.nameLabel.text())
    assert panel.addressValue.text() == ADDRESS
    assert _markup_shown(window.panel) == []
    # The lists built as HTML escape what they hold: the tags are there as characters.
    assert "&lt;b&gt;Omar" in panel.companionsValue.text()
    assert "&lt;h2&gt;Yawkey" in panel.appointmentsValue.text()

    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen["format"], seen["text"] = box.textFormat(), box.text()
        box.reject()

    QTimer.singleShot(0, answer)
    window.ui.actionCheckIn.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    assert seen["format"] == Qt.TextFormat.PlainText and FAMILY.upper() in seen["text"]


def test_the_doors_valid_screen_shows_markup_as_text(qtbot, db_url, tmp_path, actor, hostile):
    from frontdesk.store.models import Visit

    visit = Visit.get((Visit.patient == hostile.id) & (Visit.local_date == DAY))
    _badge, token = issue_badge(visit.id, actor)
    settings = DeskSettings(QSettings(str(tmp_path / "door.ini"), QSettings.Format.IniFormat))
    settings.pdf_folder = str(tmp_path / "pdf")
    door = DoorStation(
        db_url, "Main entrance", "in", cache_path=tmp_path / "door.sqlite3", clock=Clock(NOON)
    )
    window = DoorWindow(door, camera=False, settings=settings)
    qtbot.addWidget(window, before_close_func=close_and_wait)  # its queue sent first
    window.resize(1280, 800)
    with qtbot.waitSignal(window.synced, timeout=10_000):
        window.show()
    try:
        assert window.on_scan(token).valid
        assert FAMILY.upper() in window.ui.nameLabel.text()
        assert _markup_shown(window) == []
        if _LOOK:
            window.grab().save("/tmp/i16/hostile-door.png")
    finally:
        close_and_wait(window)
        door.close()
