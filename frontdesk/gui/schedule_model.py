"""The day's appointments as a Qt table model, one row per appointment.

    model = ScheduleModel(clock=lambda: now)
    model.set_entries(day_schedule(day))          # the whole day
    model.apply_changes(changes.entries, changes.gone)   # what another station changed

Rows are keyed by appointment id, so a live update changes, inserts or removes only the rows
concerned. A row is *late* when its start has passed and the patient has not arrived; the
status column says so in words and with an icon, not by colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from frontdesk.domain import AppointmentStatus, ScheduleEntry
from frontdesk.locales import language_name

_Index = QModelIndex | QPersistentModelIndex

# What a receptionist reads first comes first: a narrow window still shows it.
TIME, STATUS, PATIENT, NATIVE, INTERPRETER, DEPARTMENT, LOCATION, CLINICIAN, TYPE = range(9)
HEADERS = (
    "Time",
    "Status",
    "Patient (passport)",
    "Native name",
    "Interpreter",
    "Department",
    "Location",
    "Clinician",
    "Type",
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (the start instant, ...)
APPOINTMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_KEY_ROLE = Qt.ItemDataRole.UserRole + 4  # "late" or the AppointmentStatus value
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 5  # the tag when an interpreter is needed, else ""

_LATE_BACKGROUND = QBrush(QColor("#fff1d6"))
_CANCELLED_FOREGROUND = QBrush(QColor("#80868b"))


def status_key(entry: ScheduleEntry, now: dt.datetime) -> str:
    if (
        entry.status == AppointmentStatus.SCHEDULED
        and entry.arrived_at is None
        and entry.start <= now
    ):
        return "late"
    return entry.status.value


def status_text(key: str) -> str:
    return "Late" if key == "late" else AppointmentStatus(key).label


def status_icon(key: str) -> QIcon:
    return QIcon(f":/icons/status-{key}.svg")


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent=None, clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ScheduleEntry] = []
        self._row_of: dict[int, int] = {}
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._now = self._clock()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- reading ---------------------------------------------------------------------------
    def entries(self) -> list[ScheduleEntry]:
        return list(self._entries)

    def entry(self, row: int) -> ScheduleEntry:
        return self._entries[row]

    def row_of(self, appointment_id: int) -> int | None:
        return self._row_of.get(appointment_id)

    def status_key(self, entry: ScheduleEntry) -> str:
        return status_key(entry, self._now)

    # -- changing --------------------------------------------------------------------------
    def set_entries(self, entries: list[ScheduleEntry]) -> None:
        self.beginResetModel()
        self._now = self._clock()
        self._entries = list(entries)
        self._reindex()
        self.endResetModel()

    def apply_changes(self, changed: list[ScheduleEntry], gone: set[int]) -> None:
        """Replace changed rows in place, append new ones, remove those gone from the day."""
        for appointment_id in sorted(gone, key=lambda a: -(self._row_of.get(a, -1))):
            row = self._row_of.get(appointment_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self.endRemoveRows()
                self._reindex()
        for entry in changed:
            row = self._row_of.get(entry.appointment_id)
            if row is None:
                row = len(self._entries)
                self.beginInsertRows(QModelIndex(), row, row)
                self._entries.append(entry)
                self._row_of[entry.appointment_id] = row
                self.endInsertRows()
            else:
                self._entries[row] = entry
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def refresh_clock(self) -> None:
        """Time passes: rows may become late. Repaints only the rows whose status changed."""
        before = self._now
        self._now = self._clock()
        for row, entry in enumerate(self._entries):
            if status_key(entry, before) != status_key(entry, self._now):
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def _reindex(self) -> None:
        self._row_of = {e.appointment_id: row for row, e in enumerate(self._entries)}

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column, role)
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_icon(self.status_key(entry))
        if role == Qt.ItemDataRole.BackgroundRole and self.status_key(entry) == "late":
            return _LATE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and entry.status in (
            AppointmentStatus.CANCELLED,
            AppointmentStatus.NO_SHOW,
        ):
            return _CANCELLED_FOREGROUND
        if (
            role == Qt.ItemDataRole.FontRole
            and column == STATUS
            and self.status_key(entry) == "late"
        ):
            return self._bold
        if role == APPOINTMENT_ID_ROLE:
            return entry.appointment_id
        if role == PATIENT_ID_ROLE:
            return entry.patient.id
        if role == STATUS_KEY_ROLE:
            return self.status_key(entry)
        if role == LANGUAGE_ROLE:
            return (
                entry.patient.preferred_language or "" if entry.patient.interpreter_needed else ""
            )
        return None

    def _text(self, entry: ScheduleEntry, column: int, role: int):
        p = entry.patient
        if column == TIME:
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{entry.start:%H:%M}–{entry.end:%H:%M}"
            return entry.start.strftime("%H:%M")
        if column == PATIENT:
            return f"{p.family_name}, {p.given_name}"
        if column == NATIVE:
            return p.native_name or ""
        if column == DEPARTMENT:
            return entry.department or ""
        if column == CLINICIAN:
            return entry.clinician or ""
        if column == LOCATION:
            return entry.location or ""
        if column == TYPE:
            return entry.type or ""
        if column == INTERPRETER:
            if not p.interpreter_needed:
                return ""
            name = language_name(p.preferred_language) or self.tr("needed")
            return name if role == Qt.ItemDataRole.ToolTipRole else name.split(" — ")[0]
        if column == STATUS:
            key = self.status_key(entry)
            text = self.tr(status_text(key))
            if role == Qt.ItemDataRole.ToolTipRole and entry.arrived_at is not None:
                return self.tr("{status}: arrived at {time}").format(
                    status=text,
                    time=entry.arrived_at.astimezone(entry.start.tzinfo).strftime("%H:%M"),
                )
            return text
        return None

    def _sort_value(self, entry: ScheduleEntry, column: int):
        if column == TIME:
            return entry.start.timestamp()
        if column == STATUS:
            return self.status_key(entry)
        return (self._text(entry, column, Qt.ItemDataRole.DisplayRole) or "").casefold()
