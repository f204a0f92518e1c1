"""The search results table model: what each cell shows, and a keystroke that changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from frontdesk.gui.search_model import PATIENT_ID_ROLE, SearchResultsModel
from frontdesk.locales import country_name
from frontdesk.services.search import search_patients
from tests.db.helpers import make_patient


def test_cells_show_the_hits_and_the_same_hits_leave_the_view_be(qtmodeltester, actor):
    kim = make_patient(
        actor,
        mrn="K1",
        family="Kim",
        given="Min-jun",
        native_family_name="김",
        native_given_name="민준",
        date_of_birth="1979-12-25",
        nationality="KOR",
    )
    make_patient(actor, mrn="K2", family="Kim", given="Min-ji", nationality="KOR")
    model = SearchResultsModel()
    resets = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_hits(search_patients("kim minjun"))
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == [
        "Kim, Min-jun",
        "김민준",
        "25 Dec 1979",
        "K1",
        "KOR",
    ]
    assert model.index(0, 3).data(PATIENT_ID_ROLE) == kim.id
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == country_name("KOR")
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert resets == [1]
    model.set_hits(search_patients("kim minjun"))  # the next keystroke found the same
    assert resets == [1]
    model.set_hits(search_patients("kim min"))
    assert resets == [1, 2]
    model.set_hits([])
    assert resets == [1, 2, 0] and model.index(0, 0).data() is None
