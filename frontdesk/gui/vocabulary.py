"""The services' codes in the desk's language: appointment and booking statuses, checklist items
and states, interpreter modes, booking warnings, badge holders.

    label(AppointmentStatus.NO_SHOW)     # 'No-show', 'No se presentó', 'لم يحضر', '未到'
    label(CheckItem.VISA_LETTER, short=True)
    status_word("late")                  # a schedule row's status, "late" included
    translated("ScheduleModel", HEADERS[section])

Every text is written here once, literally, inside ``QT_TRANSLATE_NOOP`` so that ``lupdate``
extracts it into the catalogs (``resources/i18n``); a text computed at run time (``tr(variable)``)
cannot be. The English is the services' own ``label`` (tests/unit/test_gui_vocabulary.py keeps the
two the same, every member present).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.badge_token import HolderType
from frontdesk.domain import AppointmentStatus
from frontdesk.services.case_terms import (
    BookingStatus,
    CheckItem,
    ConflictKind,
    InterpreterMode,
    ItemState,
)

CONTEXT = "Vocabulary"

# Keyed by enum class first: StrEnums of two classes with the same value ("cancelled") are
# equal as strings, so one dict of members would mix them up.
LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    AppointmentStatus: {
        AppointmentStatus.SCHEDULED: QT_TRANSLATE_NOOP("Vocabulary", "Scheduled"),
        AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("Vocabulary", "Arrived"),
        AppointmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
        AppointmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
        AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
        AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("Vocabulary", "No-show"),
    },
    BookingStatus: {
        BookingStatus.REQUESTED: QT_TRANSLATE_NOOP("Vocabulary", "Requested"),
        BookingStatus.BOOKED: QT_TRANSLATE_NOOP("Vocabulary", "Booked"),
        BookingStatus.CONFIRMED: QT_TRANSLATE_NOOP("Vocabulary", "Confirmed"),
        BookingStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "Done"),
        BookingStatus.NO_SHOW: QT_TRANSLATE_NOOP("Vocabulary", "No-show"),
        BookingStatus.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    },
    InterpreterMode: {
        InterpreterMode.IN_PERSON: QT_TRANSLATE_NOOP("Vocabulary", "In person"),
        InterpreterMode.PHONE: QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
        InterpreterMode.VIDEO: QT_TRANSLATE_NOOP("Vocabulary", "Video"),
    },
    ConflictKind: {
        ConflictKind.DOUBLE_BOOKED: QT_TRANSLATE_NOOP("Vocabulary", "Double-booked"),
        ConflictKind.TRAVEL_TIGHT: QT_TRANSLATE_NOOP(
            "Vocabulary", "Tight travel between buildings"
        ),
        ConflictKind.OUTSIDE_HOURS: QT_TRANSLATE_NOOP("Vocabulary", "Outside working hours"),
        ConflictKind.DAY_OFF: QT_TRANSLATE_NOOP("Vocabulary", "Day off"),
        ConflictKind.INACTIVE: QT_TRANSLATE_NOOP("Vocabulary", "Not on the roster any more"),
    },
    CheckItem: {
        CheckItem.RECORDS_RECEIVED: QT_TRANSLATE_NOOP("Vocabulary", "Medical records received"),
        CheckItem.RECORDS_TRANSLATED: QT_TRANSLATE_NOOP("Vocabulary", "Records translated"),
        CheckItem.VISA_LETTER: QT_TRANSLATE_NOOP("Vocabulary", "Visa letter issued"),
        CheckItem.FINANCIAL_CLEARANCE: QT_TRANSLATE_NOOP("Vocabulary", "Financial clearance"),
        CheckItem.TRAVEL_BOOKED: QT_TRANSLATE_NOOP("Vocabulary", "Travel booked"),
        CheckItem.HOTEL_BOOKED: QT_TRANSLATE_NOOP("Vocabulary", "Hotel booked"),
        CheckItem.INTERPRETER_BOOKED: QT_TRANSLATE_NOOP("Vocabulary", "Interpreter booked"),
    },
    ItemState: {
        ItemState.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Open"),
        ItemState.DONE: QT_TRANSLATE_NOOP("Vocabulary", "Done"),
        ItemState.NOT_NEEDED: QT_TRANSLATE_NOOP("Vocabulary", "Not needed"),
    },
    HolderType: {
        HolderType.PATIENT: QT_TRANSLATE_NOOP("Vocabulary", "patient"),
        HolderType.COMPANION: QT_TRANSLATE_NOOP("Vocabulary", "companion"),
        HolderType.INTERPRETER: QT_TRANSLATE_NOOP("Vocabulary", "interpreter"),
        HolderType.VISITOR: QT_TRANSLATE_NOOP("Vocabulary", "visitor"),
    },
}

# A checklist item's column heading (CheckItem.short).
SHORT: dict[CheckItem, str] = {
    CheckItem.RECORDS_RECEIVED: QT_TRANSLATE_NOOP("Vocabulary", "Records"),
    CheckItem.RECORDS_TRANSLATED: QT_TRANSLATE_NOOP("Vocabulary", "Translated"),
    CheckItem.VISA_LETTER: QT_TRANSLATE_NOOP("Vocabulary", "Visa"),
    CheckItem.FINANCIAL_CLEARANCE: QT_TRANSLATE_NOOP("Vocabulary", "Finance"),
    CheckItem.TRAVEL_BOOKED: QT_TRANSLATE_NOOP("Vocabulary", "Travel"),
    CheckItem.HOTEL_BOOKED: QT_TRANSLATE_NOOP("Vocabulary", "Hotel"),
    CheckItem.INTERPRETER_BOOKED: QT_TRANSLATE_NOOP("Vocabulary", "Interp."),
}

# Who set a checklist item (case_terms.SOURCE_*; issue 19's sources read as themselves).
SOURCES: dict[str, str] = {
    "desk": QT_TRANSLATE_NOOP("Vocabulary", "the desk"),
    "interpreters": QT_TRANSLATE_NOOP("Vocabulary", "the interpreter bookings"),
}

LATE = QT_TRANSLATE_NOOP("Vocabulary", "Late")


def translated(context: str, text: str) -> str:
    """``text`` (written in a ``QT_TRANSLATE_NOOP(context, ...)`` table) in the desk's language."""
    return QCoreApplication.translate(context, text)


def label(code: StrEnum, *, short: bool = False) -> str:
    """A code's label (a checklist item's column heading with ``short``)."""
    english = SHORT[code] if short else LABELS[type(code)][code]  # type: ignore[index]
    return QCoreApplication.translate(CONTEXT, english)


def status_word(key: str) -> str:
    """A schedule row's status: an appointment status's value, or "late"."""
    return label(AppointmentStatus(key)) if key != "late" else translated(CONTEXT, LATE)


def source_word(source: str) -> str:
    english = SOURCES.get(source)
    return source if english is None else translated(CONTEXT, english)
