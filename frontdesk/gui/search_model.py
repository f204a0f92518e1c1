"""Search results as a Qt table model: best match first, names in both scripts.

model.set_hits(search_patients("kim min"))
model.hit(0).patient.id
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from frontdesk.domain import SearchHit
from frontdesk.locales import country_name

_Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    "Patient (passport)",
    "Native name",
    "Date of birth",
    "MRN",
    "Nationality",
    "Today",
    "Match",
)
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        p = hit.patient
        if role == PATIENT_ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return country_name(p.nationality)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            f"{p.family_name}, {p.given_name}",
            p.native_name or "",
            p.date_of_birth.strftime("%d %b %Y"),
            p.mrn,
            p.nationality or "",
            self.tr("✔ expected") if hit.expected_today else "",
            f"{hit.score:.2f}",
        )
        return values[index.column()] if 0 <= index.column() < len(values) else None
