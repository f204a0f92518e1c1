"""What every schedule parser produces: format-neutral records, located problems, a report.

    record = ScheduleRecord(unit="message 3 (control id 0042)", action=Action.CANCEL,
                            source_system="hl7:EPIC@MGH", external_id="A-17", mrn="M1")

A parser turns a file into ``ScheduleRecord``s (one per CSV row, HL7 message or FHIR entry: a
*unit*) and ``Problem``s that say where and what was expected; the applier writes the records.
A unit with a problem yields no record, so ``--skip-bad`` can leave exactly the bad units out.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from enum import StrEnum

from frontdesk.errors import InputError
from frontdesk.services.appointments import AppointmentInput
from frontdesk.services.patient_input import PatientInput

MAX_PROBLEMS = 200
# A day's schedule of the largest hospital is a few thousand appointments; past this a file is
# not a day's export (and reading it whole would hold it all in memory): refused, whole.
MAX_UNITS = 100_000

# progress(stage, done, total): stage is "read" or "apply".
Progress = Callable[[str, int, int], None]


class Action(StrEnum):
    UPSERT = "upsert"  # create or update (the status comes with the appointment)
    CANCEL = "cancel"
    DELETE = "delete"  # remove, unless the patient has been checked in for it
    NO_SHOW = "no_show"


@dataclasses.dataclass(frozen=True)
class ScheduleRecord:
    unit: str  # "line 4", "message 3 (control id 0042)", "entry[2]"
    action: Action
    source_system: str
    external_id: str
    mrn: str
    # Validated patient details, or None when the unit only refers to a known patient.
    patient: PatientInput | None = None
    # The patient fields the unit actually supplies: the others of a known patient are kept.
    supplied: frozenset[str] = frozenset()
    # Validated appointment details; None for a cancel/delete that names only the id.
    appointment: AppointmentInput | None = None
    # False: the source's status code could not be read; a known appointment keeps its own.
    status_given: bool = True
    # A modification without a start (an HL7 S14 that says only where or with whom): these
    # fields change an appointment the desk has; one it does not have cannot be created.
    changes: dict | None = None


@dataclasses.dataclass(frozen=True)
class Problem:
    """One thing wrong with one unit (or with the file, ``unit`` = "file")."""

    unit: str
    where: str  # the full location: "line 3, column start", "message 2 (...), SCH-11.4"
    message: str
    line: int | None = None  # CSV only
    column: str | None = None  # CSV only

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def problem_from(unit: str, place: str, exc: InputError | str, *, sep: str = ", ") -> Problem:
    """A Problem for ``unit`` at ``place`` (a field, segment or JSON path)."""
    message = exc if isinstance(exc, str) else exc.message
    where = unit + (sep + place if place else "")
    return Problem(unit=unit, where=where, message=message)


class Findings:
    """What reading one unit found wrong, all of it (not only the first thing): errors (the
    unit cannot be applied) and notices (something optional was left out or read a certain
    way). Places are collected first and made into Problems once the unit's label is known
    (an HL7 message is named by its control id, read from its MSH)."""

    def __init__(self, unit: str, sep: str = ", ") -> None:
        self.unit = unit
        self.sep = sep
        self._errors: list[tuple[str, str]] = []
        self._notices: list[tuple[str, str]] = []

    @property
    def errors(self) -> bool:
        return bool(self._errors)

    def error(self, place: str, message: str) -> None:
        if (place, message) not in self._errors:
            self._errors.append((place, message))

    def notice(self, place: str, message: str) -> None:
        if (place, message) not in self._notices:
            self._notices.append((place, message))

    def _problem(self, place: str, message: str) -> Problem:
        if not self.sep:  # a FHIR JSON path says where on its own (even in another entry)
            return Problem(unit=self.unit, where=place or self.unit, message=message)
        return problem_from(self.unit, place, message, sep=self.sep)

    def error_problems(self) -> list[Problem]:
        return [self._problem(p, m) for p, m in self._errors]

    def notice_problems(self) -> list[Problem]:
        return [self._problem(p, m) for p, m in self._notices]


@dataclasses.dataclass
class ParseResult:
    format: str
    unit_word: str  # "rows", "messages", "entries"
    units: int = 0
    records: list[ScheduleRecord] = dataclasses.field(default_factory=list)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    notices: list[Problem] = dataclasses.field(default_factory=list)

    def add_problem(self, problem: Problem) -> bool:
        """Adds it; False once there are so many that reading further is pointless."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        return len(self.problems) < MAX_PROBLEMS

    def too_many(self) -> bool:
        """True (and the file refused) once the file holds more units than a day's export."""
        if self.units <= MAX_UNITS:
            return False
        self.records.clear()  # the memory goes back at once: nothing of the file is applied
        self.problems.append(
            Problem(
                "file",
                "file",
                f"holds more than {MAX_UNITS:,} {self.unit_word}: that is not one day's "
                "schedule; export one day at a time (nothing was read further)",
            )
        )
        return True

    def add_unit(self, findings: Findings, record: ScheduleRecord | None) -> bool:
        """One unit read: its record (when it has no error) and everything found in it.
        False once there are so many problems that reading further is pointless."""
        self.units += 1
        if self.too_many():
            return False
        if len(self.notices) < MAX_PROBLEMS * 10:
            self.notices.extend(findings.notice_problems())
        if findings.errors or record is None:
            return all(self.add_problem(problem) for problem in findings.error_problems())
        self.records.append(record)
        return True


APPOINTMENT_COUNTS = ("created", "updated", "cancelled", "no_show", "deleted", "unchanged")
PATIENT_COUNTS = ("created", "updated", "unchanged")


@dataclasses.dataclass
class ImportReport:
    file: str
    dry_run: bool
    format: str = "csv"
    unit_word: str = "rows"
    rows: int = 0  # units read (rows, messages or entries)
    appointments: Counter = dataclasses.field(default_factory=Counter)
    patients: Counter = dataclasses.field(default_factory=Counter)
    errors: list[Problem] = dataclasses.field(default_factory=list)
    skip_bad: bool = False
    # Not errors, but worth a look: a cancellation or deletion of an appointment this desk never
    # had (a mismatched source or id would otherwise pass as "unchanged").
    notices: list[Problem] = dataclasses.field(default_factory=list)

    @property
    def written(self) -> bool:
        return not self.dry_run and (self.skip_bad or not self.errors)

    @property
    def refused(self) -> bool:
        return bool(self.errors) and not self.skip_bad

    def describe(self) -> str:
        if self.refused:
            lines = [f"{self.file}: {len(self.errors)} error(s); nothing was imported"]
            lines += [f"  {e}" for e in self.errors]
            return "\n".join(lines)
        verb = "would change" if self.dry_run else "imported"
        a, p = self.appointments, self.patients
        extra = "".join(
            f", {a[k]} {label}"
            for k, label in (("no_show", "no-show"), ("deleted", "deleted"))
            if a[k]
        )
        skipped = {e.unit for e in self.errors}
        text = (
            f"{self.file}: {self._units(self.rows - len(skipped))} {verb}: appointments "
            f"{a['created']} created, {a['updated']} updated, {a['cancelled']} cancelled{extra}, "
            f"{a['unchanged']} unchanged; patients {p['created']} created, "
            f"{p['updated']} updated, {p['unchanged']} unchanged"
        )
        if self.errors:
            text += f"\n{self._units(len(skipped), 'bad ')} left out:"
            text += "".join(f"\n  {e}" for e in self.errors)
        if self.notices:
            text += f"\n{len(self.notices)} notice{'s' if len(self.notices) != 1 else ''}:"
            text += "".join(f"\n  {n}" for n in self.notices)
        return text

    def _units(self, count: int, adjective: str = "") -> str:
        """'1 row', '3 bad messages', '2 entries'."""
        word = self.unit_word
        if count == 1:
            word = {"entries": "entry"}.get(word, word.removesuffix("s"))
        return f"{count} {adjective}{word}"

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "format": self.format,
            "dry_run": self.dry_run,
            "written": self.written,
            "rows": self.rows,
            "appointments": {k: self.appointments[k] for k in APPOINTMENT_COUNTS},
            "patients": {k: self.patients[k] for k in PATIENT_COUNTS},
            "errors": [dataclasses.asdict(e) for e in self.errors],
            "notices": [dataclasses.asdict(n) for n in self.notices],
        }


class ImportFailed(InputError):
    """The file was refused; ``report.errors`` says where and why. Nothing was written."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(report.describe())
