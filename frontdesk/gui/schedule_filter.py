"""Filtering and sorting the day's table: by department, status (late included) and the
language an interpreter is needed for, and "needs an interpreter, none booked".

    proxy = ScheduleFilter()
    proxy.setSourceModel(model)
    proxy.set_department("Heart Center"); proxy.set_status("late"); proxy.set_language("ar")
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from frontdesk.gui.schedule_model import (
    DEPARTMENT,
    INTERPRETER_GAP_ROLE,
    LANGUAGE_ROLE,
    PATIENT_ID_ROLE,
    SORT_ROLE,
    STATUS_KEY_ROLE,
)


class ScheduleFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._department: str | None = None
        self._status: str | None = None
        self._language: str | None = None
        self._patients: frozenset[int] | None = None  # issue 19: the clearance filter's
        self._interpreter_gap = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_department(self, department: str | None) -> None:
        self._changing()
        self._department = department or None
        self._changed()

    def set_status(self, status: str | None) -> None:
        self._changing()
        self._status = status or None
        self._changed()

    def set_language(self, language: str | None) -> None:
        self._changing()
        self._language = language or None
        self._changed()

    def set_patients(self, patient_ids: frozenset[int] | None) -> None:
        """Only these patients' rows (None: everyone's)."""
        self._changing()
        self._patients = patient_ids
        self._changed()

    def set_interpreter_gap(self, only_gaps: bool) -> None:
        """Only the appointments that need an interpreter and have none booked."""
        self._changing()
        self._interpreter_gap = only_gaps
        self._changed()

    def _changing(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()

    def _changed(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if (
            self._department is None
            and self._status is None
            and self._language is None
            and self._patients is None
            and not self._interpreter_gap
        ):
            return True  # no filter: no need to ask every row of the day
        model = self.sourceModel()
        if self._patients is not None:
            patient = model.index(source_row, 0, source_parent).data(PATIENT_ID_ROLE)
            if patient not in self._patients:
                return False
        department = model.index(source_row, DEPARTMENT, source_parent).data()
        if self._department is not None and department != self._department:
            return False
        index = model.index(source_row, 0, source_parent)
        if self._status is not None and index.data(STATUS_KEY_ROLE) != self._status:
            return False
        if self._interpreter_gap and not index.data(INTERPRETER_GAP_ROLE):
            return False
        return self._language is None or index.data(LANGUAGE_ROLE) == self._language
