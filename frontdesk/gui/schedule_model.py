"""The day's appointments as a Qt table model, one row per appointment.

    model = ScheduleModel(clock=lambda: now)
    model.set_entries(day_schedule(day))          # the whole day
    model.apply_changes(changes.entries, changes.gone)   # what another station changed

Rows are keyed by appointment id, so a live update changes, inserts or removes only the rows
concerned. A row is *late* when its start has passed and the patient has not arrived; the
status column says so in words and with an icon, not by colour alone.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from frontdesk import clock as desk_clock
from frontdesk.domain import AppointmentStatus, ScheduleEntry
from frontdesk.gui.vocabulary import label, status_word, translated
from frontdesk.locales import language_english_name
from frontdesk.services.case_terms import BookingStatus

_Index = QModelIndex | QPersistentModelIndex

# What a receptionist reads first comes first: a narrow window still shows it.
TIME, STATUS, PATIENT, NATIVE, INTERPRETER, DEPARTMENT, LOCATION, CLINICIAN, TYPE = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("ScheduleModel", "Time"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Status"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Patient (passport)"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Native name"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Interpreter"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Department"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Location"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Clinician"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Type"),
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (the start instant, ...)
APPOINTMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_KEY_ROLE = Qt.ItemDataRole.UserRole + 4  # "late" or the AppointmentStatus value
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 5  # the tag when an interpreter is needed, else ""
INTERPRETER_GAP_ROLE = Qt.ItemDataRole.UserRole + 6  # needs an interpreter, none booked

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


_ICONS: dict[str, QIcon] = {}


def status_icon(key: str) -> QIcon:
    icon = _ICONS.get(key)
    if icon is None:
        icon = _ICONS[key] = QIcon(f":/icons/status-{key}.svg")
    return icon


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent=None, clock: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ScheduleEntry] = []
        self._cache: list[_Row | None] = []
        self._keys: list[str] = []  # each row's status key, kept with the rows (counts)
        self._row_of: dict[int, int] = {}
        self._clock = clock or desk_clock.now
        self._now = self._clock()
        self._bold = QFont()
        self._bold.setBold(True)
        self._busy: dict[int, str] = {}  # patient id -> what is under way ("Checking in…")

    # -- reading ---------------------------------------------------------------------------
    def entries(self) -> list[ScheduleEntry]:
        return list(self._entries)

    def entry(self, row: int) -> ScheduleEntry:
        return self._entries[row]

    def row_of(self, appointment_id: int) -> int | None:
        return self._row_of.get(appointment_id)

    def status_key(self, entry: ScheduleEntry) -> str:
        return status_key(entry, self._now)

    def patient_keys(self) -> list[tuple[int, str]]:
        """(patient id, status key) of every row, as of the model's clock: kept up to date
        row by row, so counting the day after a check-in reads no entry again."""
        return [(e.patient.id, key) for e, key in zip(self._entries, self._keys, strict=True)]

    # -- changing --------------------------------------------------------------------------
    def set_entries(self, entries: list[ScheduleEntry]) -> None:
        """The whole day. The same appointments in the same order (the day read again after
        an import, most often of other days) change only the rows that differ: a reset would
        make the filter and the view ask every row again, each a Python call that waits for
        the GIL while a worker runs (issue 12)."""
        entries = list(entries)
        if len(entries) == len(self._entries) and all(
            new.appointment_id == old.appointment_id
            for new, old in zip(entries, self._entries, strict=True)
        ):
            self._replace_rows(entries)
            return
        self.beginResetModel()
        self._now = self._clock()
        self._entries = list(entries)
        self._cache = [None] * len(self._entries)
        self._keys = [status_key(e, self._now) for e in self._entries]
        self._reindex()
        self.endResetModel()

    def _replace_rows(self, entries: list[ScheduleEntry]) -> None:
        self._now = self._clock()
        first = None  # the first row of a run of changed rows
        for row, entry in enumerate([*entries, None]):
            key = status_key(entry, self._now) if entry is not None else ""
            if entry is not None and (entry != self._entries[row] or key != self._keys[row]):
                self._entries[row], self._cache[row], self._keys[row] = entry, None, key
                first = row if first is None else first
            elif first is not None:
                self.dataChanged.emit(self.index(first, 0), self.index(row - 1, len(HEADERS) - 1))
                first = None

    def apply_changes(self, changed: list[ScheduleEntry], gone: set[int]) -> None:
        """Replace changed rows in place, append new ones, remove those gone from the day."""
        for appointment_id in sorted(gone, key=lambda a: -(self._row_of.get(a, -1))):
            row = self._row_of.get(appointment_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                del self._cache[row]
                del self._keys[row]
                self._reindex()
                self.endRemoveRows()
        for entry in changed:
            row = self._row_of.get(entry.appointment_id)
            if row is not None and self._entries[row].start != entry.start:
                # Moved to another time: out of its old place, into its new one below.
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                del self._cache[row]
                del self._keys[row]
                self._reindex()
                self.endRemoveRows()
                row = None
            if row is None:
                starts = [e.start for e in self._entries]
                row = bisect.bisect_right(starts, entry.start)  # keep the day in time order
                self.beginInsertRows(QModelIndex(), row, row)
                self._entries.insert(row, entry)
                self._cache.insert(row, None)
                self._keys.insert(row, status_key(entry, self._now))
                self._reindex()
                self.endInsertRows()
            else:
                self._entries[row] = entry
                self._cache[row] = None
                self._keys[row] = status_key(entry, self._now)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def set_busy(self, patient_id: int, doing: str | None) -> None:
        """The patient's rows say what is under way in their status (``None``: nothing)."""
        if doing is None:
            if self._busy.pop(patient_id, None) is None:
                return
        else:
            self._busy[patient_id] = doing
        for row, entry in enumerate(self._entries):
            if entry.patient.id == patient_id:
                index = self.index(row, STATUS)
                self.dataChanged.emit(index, index)

    def refresh_clock(self) -> None:
        """Time passes: rows may become late. Repaints only the rows whose status changed."""
        self._now = self._clock()
        for row, entry in enumerate(self._entries):
            key = status_key(entry, self._now)
            if self._keys[row] != key:
                self._keys[row] = key
                self._cache[row] = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def retranslate(self) -> None:
        """The desk's language changed: every row's words are made again when next painted."""
        self._cache = [None] * len(self._entries)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._entries) - 1, len(HEADERS) - 1)
            )

    def _reindex(self) -> None:
        self._row_of = {e.appointment_id: row for row, e in enumerate(self._entries)}

    # -- Qt --------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """One Python call where Qt's own index() makes two (rowCount and columnCount): the
        filter asks for an index for each cell it reads, and each call from the event loop
        waits for the GIL while a worker computes (issue 12)."""
        if parent.isValid() or not (0 <= row < len(self._entries) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translated("ScheduleModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not 0 <= row < len(self._entries) or not index.isValid():
            return None
        cached = self._cache[row]
        if cached is None:
            cached = self._cache[row] = self._render(self._entries[row])
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATUS and self._busy:
                busy = self._busy.get(self._entries[row].patient.id)
                if busy is not None:
                    return f"⏳ {busy}"
            return cached.display[column]
        if role == Qt.ItemDataRole.DecorationRole:
            return cached.icon if column == STATUS else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return _LATE_BACKGROUND if cached.key == "late" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _CANCELLED_FOREGROUND if cached.greyed else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column == STATUS and cached.key == "late" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return cached.tooltips.get(column, cached.display[column])
        if role == SORT_ROLE:
            return cached.sort[column]
        entry = self._entries[row]
        if role == APPOINTMENT_ID_ROLE:
            return entry.appointment_id
        if role == PATIENT_ID_ROLE:
            return entry.patient.id
        if role == STATUS_KEY_ROLE:
            return cached.key
        if role == LANGUAGE_ROLE:
            return cached.language
        if role == INTERPRETER_GAP_ROLE:
            return cached.gap
        return None

    def _render(self, entry: ScheduleEntry) -> _Row:
        """Everything a row shows, computed once: painting asks for it many times a second."""
        p = entry.patient
        key = self.status_key(entry)
        status = status_word(key)
        interpreter, interpreter_tip, gap = self._interpreter(entry)
        display = [""] * len(HEADERS)
        display[TIME] = entry.start.strftime("%H:%M")
        display[STATUS] = status
        display[PATIENT] = f"{p.family_name}, {p.given_name}"
        display[NATIVE] = p.native_name or ""
        display[INTERPRETER] = interpreter
        display[DEPARTMENT] = entry.department or ""
        display[LOCATION] = entry.location or ""
        display[CLINICIAN] = entry.clinician or ""
        display[TYPE] = entry.type or ""
        tooltips = {TIME: f"{entry.start:%H:%M}–{entry.end:%H:%M}", INTERPRETER: interpreter_tip}
        if entry.arrived_at is not None:
            arrived = entry.arrived_at.astimezone(entry.start.tzinfo).strftime("%H:%M")
            tooltips[STATUS] = self.tr("{status}: arrived at {time}").format(
                status=status, time=arrived
            )
        sort = [text.casefold() for text in display]
        sort[TIME] = entry.start.timestamp()
        sort[STATUS] = key
        return _Row(
            display=tuple(display),
            tooltips=tooltips,
            sort=tuple(sort),
            key=key,
            icon=status_icon(key),
            greyed=entry.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW),
            language=(p.preferred_language or "") if p.interpreter_needed else "",
            gap=gap,
        )

    def _interpreter(self, entry: ScheduleEntry) -> tuple[str, str, bool]:
        """The interpreter cell: the language, and whether one is booked (a mark and a word,
        not a colour alone); its tooltip; whether the row needs one and has none."""
        p, cover = entry.patient, entry.interpreter
        closed = entry.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
        who = ""
        if cover is not None:
            if cover.interpreter_name:
                who = cover.interpreter_name
            elif cover.mode == "phone":
                who = self.tr("by phone")
            elif cover.mode == "video":
                who = self.tr("by video")
            else:
                who = self.tr("someone")
        if not p.interpreter_needed:
            if cover is not None and cover.covers:
                return f"✔ {who}", self.tr("Interpreter booked: {who}").format(who=who), False
            return "", "", False
        language = language_english_name(p.preferred_language) or self.tr("needed")
        tip = self.tr("Interpreter needed: {language} ({tag})").format(
            language=language, tag=p.preferred_language or "?"
        )
        if closed:
            return language, tip, False
        if cover is not None and cover.needs_review:
            return (
                f"⚠ {language}",
                tip + " · " + self.tr("{who}: to review, the appointment moved").format(who=who),
                True,
            )
        if cover is not None and cover.covers:
            return (
                f"✔ {language}",
                tip
                + " · "
                + self.tr("booked: {who} ({status})").format(
                    who=who, status=label(BookingStatus(cover.status))
                ),
                False,
            )
        status = self.tr("requested") if cover is not None else self.tr("none booked")
        return f"✖ {language}", tip + " · " + status, True


@dataclass(frozen=True, slots=True)
class _Row:
    display: tuple[str, ...]
    tooltips: dict[int, str]
    sort: tuple
    key: str
    icon: QIcon
    greyed: bool
    language: str
    gap: bool = False
