"""Search results as a Qt table model: best match first, names in both scripts.

model.set_hits(search_patients("kim min"))
model.hit(0).patient.id
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from frontdesk.domain import SearchHit
from frontdesk.gui.vocabulary import translated
from frontdesk.locales import country_name

_Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("SearchResultsModel", "Patient (passport)"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Native name"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Date of birth"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "MRN"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Nationality"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Today"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Match"),
)
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
# The view asks for seven roles of every visible cell on every paint: plain ints, compared
# before anything else, keep each answer to a dictionary-free lookup.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_PATIENT_ID = int(PATIENT_ID_ROLE)


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._texts: list[tuple[str, ...]] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show these hits; the texts of each row are made once here, not on every paint.
        The same rows as shown already (a keystroke that changes nothing) leave the view be."""
        hits = list(hits)
        if hits == self._hits:
            return
        texts = [self._row_texts(hit) for hit in hits]
        self.beginResetModel()
        self._hits = hits
        self._texts = texts
        self.endResetModel()

    def _row_texts(self, hit: SearchHit) -> tuple[str, ...]:
        p = hit.patient
        return (
            f"{p.family_name}, {p.given_name}",
            p.native_name or "",
            p.date_of_birth.strftime("%d %b %Y") if p.date_of_birth else self.tr("unknown"),
            p.mrn,
            p.nationality or "",
            self.tr("✔ expected") if hit.expected_today else "",
            f"{hit.score:.2f}",
        )

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
            return translated("SearchResultsModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role == _DISPLAY:
            row, column = index.row(), index.column()
            if 0 <= row < len(self._texts) and 0 <= column < len(HEADERS):
                return self._texts[row][column]
            return None
        if role == _PATIENT_ID and 0 <= index.row() < len(self._hits):
            return self._hits[index.row()].patient.id
        if role == _TOOLTIP and index.column() == 4 and 0 <= index.row() < len(self._hits):
            return country_name(self._hits[index.row()].patient.nationality)
        return None
