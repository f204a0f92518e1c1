"""The day's schedule as a Qt table model (one row per appointment).

model = ScheduleModel()
model.set_entries(day_schedule(day))
view.setModel(model)
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from frontdesk.domain import ScheduleEntry

COLUMNS = (
    "Time",
    "Patient",
    "Native name",
    "MRN",
    "Department",
    "Clinician",
    "Location",
    "Type",
    "Status",
)

_Index = QModelIndex | QPersistentModelIndex


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[ScheduleEntry] = []

    def set_entries(self, entries: list[ScheduleEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ScheduleEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self._entries[index.row()]
        column = index.column()
        values = (
            e.start.strftime("%H:%M"),
            f"{e.patient.family_name}, {e.patient.given_name}",
            e.patient.native_name or "",
            e.patient.mrn,
            e.department or "",
            e.clinician or "",
            e.location or "",
            e.type or "",
            self.tr(e.status.label),
        )
        return values[column] if 0 <= column < len(values) else None
