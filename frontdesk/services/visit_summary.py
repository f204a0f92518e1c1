"""The visit summary of a patient: read from the database, printed in their language.

    printed = summary_pdf(patient_id, dt.date(2026, 11, 30))               # their language
    printed = summary_pdf(patient_id, first, last, language="ar", paper="a4")
    printed.pdf, printed.language, printed.appointments

The page's language is the patient's preferred language unless one is chosen when printing,
matched to the catalogs in ``resources/locale`` (English when none fits). Cancelled and no-show
appointments are left off: the page says where to go. Reading only: nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import InputError
from frontdesk.locales import language_name
from frontdesk.names import patient_native_name
from frontdesk.printing.summary_pdf import (
    OfficeInfo,
    SummaryAppointment,
    SummaryCompanion,
    SummaryDay,
    VisitSummary,
    render_summary,
)
from frontdesk.printing.translations import PageLanguage, available_languages, page_language
from frontdesk.services.office import office_settings, office_zone, summary_paper
from frontdesk.services.patients import patient_by_id
from frontdesk.services.schedule import entries_for_patient_between
from frontdesk.store.models import Companion

LONGEST_STAY = 31  # days on one summary
_LEFT_OFF = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)


@dataclass(frozen=True, slots=True)
class PrintedSummary:
    pdf: bytes
    language: str  # the catalog used: "ar", "en"...
    paper: str
    days: int
    appointments: int
    # The office details a patient needs that are not set ("address", "phone"): the page
    # prints without them, and the desk is told (frontdesk office-info sets them).
    office_unset: tuple[str, ...] = ()


def summary_languages() -> list[tuple[str, str]]:
    """(catalog code, "Arabic — العربية") of each language a summary can be printed in."""
    return [(code, language_name(code.replace("_", "-")) or code) for code in available_languages()]


def display_name(family: str, given: str) -> str:
    """The passport name as the page prints it: "Layla HADDAD"."""
    return f"{given} {family.upper()}".strip()


def office_info(words: PageLanguage, settings: dict[str, str]) -> OfficeInfo:
    return OfficeInfo(
        name=settings.get("office.name"),
        address=settings.get("office.address"),
        phone=settings.get("office.phone"),
        hours=settings.get("office.hours"),
        note=settings.get(f"office.note.{words.code}") or settings.get("office.note"),
    )


def visit_summary(
    patient_id: int,
    first: dt.date,
    last: dt.date | None = None,
    *,
    language: str | None = None,
) -> tuple[VisitSummary, PageLanguage]:
    """What the page shows, and the language it is printed in."""
    last = last or first
    if last < first:
        raise InputError(f"the stay ends ({last}) before it starts ({first})")
    if (last - first).days >= LONGEST_STAY:
        raise InputError(f"a summary covers at most {LONGEST_STAY} days")
    patient = patient_by_id(patient_id)
    tz = office_zone()
    entries = [
        e
        for e in entries_for_patient_between(patient_id, first, last, tz=tz)
        if e.status not in _LEFT_OFF
    ]
    if not entries:
        when = first.isoformat() if first == last else f"{first} to {last}"
        raise InputError(f"{patient.mrn} has no appointments on {when}")
    days = tuple(
        SummaryDay(
            day,
            tuple(
                SummaryAppointment(e.start, e.end, e.department, e.clinician, e.location)
                for e in group
            ),
        )
        for day, group in groupby(entries, key=lambda e: e.start.date())
    )
    companions = list(
        Companion.select().where(Companion.patient == patient_id).order_by(Companion.id)
    )
    words = page_language(language or patient.preferred_language)
    summary = VisitSummary(
        office=office_info(words, office_settings()),
        patient_name=display_name(patient.family_name, patient.given_name),
        native_name=patient_native_name(patient),
        days=days,
        companions=tuple(
            SummaryCompanion(
                display_name(c.family_name, c.given_name),
                patient_native_name(c),
                c.relationship,
            )
            for c in companions
        ),
        interpreter_language=patient.preferred_language if patient.interpreter_needed else None,
        language=patient.preferred_language,
        interpreters=tuple(
            display_name(c.family_name, c.given_name)
            for c in companions
            if (c.relationship or "").strip().lower() == "interpreter"
        ),
    )
    return summary, words


def summary_pdf(
    patient_id: int,
    first: dt.date,
    last: dt.date | None = None,
    *,
    language: str | None = None,
    paper: str | None = None,
) -> PrintedSummary:
    """The summary as a PDF, on the office's paper unless ``paper`` says otherwise."""
    summary, words = visit_summary(patient_id, first, last, language=language)
    paper = (paper or summary_paper()).lower()
    pdf = render_summary(summary, words, paper)
    count = sum(len(day.appointments) for day in summary.days)
    unset = tuple(field for field in ("address", "phone") if not getattr(summary.office, field))
    return PrintedSummary(pdf, words.code, paper, len(summary.days), count, unset)
