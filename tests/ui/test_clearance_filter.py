"""The day view's financial clearance filter: the rows of the patients whose stay is (not)
cleared, the statuses read off the GUI thread."""

from __future__ import annotations

from frontdesk.gui.schedule_model import PATIENT
from frontdesk.services.clearance import add_deposit, set_estimate
from tests.db.helpers import DAY, book, make_patient


def _patients_shown(window) -> set[str]:
    proxy = window.proxy
    return {proxy.index(r, PATIENT).data() for r in range(proxy.rowCount())}


def test_the_day_narrowed_to_stays_not_cleared_then_cleared(qtbot, open_window, actor, tmp_path):
    kim = make_patient(actor, mrn="K1", family="Kim", given="Min-jun")
    book(actor, kim, "A1", 11)
    layla = make_patient(actor, mrn="L1")
    visit = book(actor, layla, "A2", 12).visit_id
    set_estimate(visit, "2500", "USD", actor, today=DAY)
    add_deposit(visit, "2500", actor, today=DAY)
    window = open_window()
    combo = window.findChild(type(window.ui.languageFilter), "clearanceFilter")
    assert combo is not None and combo.isVisible()
    assert _patients_shown(window) == {"Kim, Min-jun", "Haddad, Layla"}
    combo.setCurrentIndex(combo.findData("open"))
    qtbot.waitUntil(lambda: _patients_shown(window) == {"Kim, Min-jun"}, timeout=10_000)
    window.grab().save(str(tmp_path / "filtered.png"))  # looked at: docs/screenshots/
    combo.setCurrentIndex(combo.findData("cleared"))
    qtbot.waitUntil(lambda: _patients_shown(window) == {"Haddad, Layla"}, timeout=10_000)
    combo.setCurrentIndex(0)
    assert _patients_shown(window) == {"Kim, Min-jun", "Haddad, Layla"}
