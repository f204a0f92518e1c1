"""The international case's tables: the interpreter roster and bookings, travel, the checklist.

    Interpreter(name="Nadia Haddad", kind="staff")   # with InterpreterLanguage rows ("ar", ...)
    InterpreterBooking(appointment=..., interpreter=..., status="booked")
    VisitTravel(visit=..., arrival_number="SV 35", arrival_at=<UTC instant>)
    ChecklistItem(visit=..., item="records_received", state="done", set_by=..., set_at=...)

Kept beside :mod:`frontdesk.store.models` (same base, same proxy) so that the core schema stays
readable; :mod:`frontdesk.store.migrations` creates both lists of tables. Codes stored here are
the values of the enums in :mod:`frontdesk.services.case_terms`.
"""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from frontdesk.store.models import (
    Appointment,
    BaseModel,
    Staff,
    Station,
    UTCDateTimeField,
    Visit,
    utc_now,
)


class Interpreter(BaseModel):
    """A staff or agency interpreter the office books; never deleted (bookings refer to them),
    made inactive instead."""

    name = CharField(unique=True, max_length=200)  # as the desk calls them; unique to be named
    native_name = CharField(max_length=200, null=True)
    kind = CharField(max_length=16, default="staff")  # staff | agency
    agency = CharField(max_length=200, null=True)
    phone = CharField(max_length=32, null=True)  # E.164
    email = CharField(max_length=254, null=True)
    # The building where they start the day (travel time to a first booking elsewhere).
    base = CharField(max_length=200, null=True)
    active = BooleanField(default=True)
    created_at = UTCDateTimeField(default=utc_now)
    updated_at = UTCDateTimeField(default=utc_now)


class InterpreterLanguage(BaseModel):
    interpreter = ForeignKeyField(Interpreter, backref="languages", on_delete="CASCADE")
    tag = CharField(max_length=35, index=True)  # BCP 47, canonical case (ar, zh-Hans, pt-BR)

    class Meta:
        indexes = ((("interpreter", "tag"), True),)


class InterpreterHours(BaseModel):
    """Working hours on one weekday (0 Monday .. 6 Sunday), in the office's local time.
    An interpreter without any row works whenever booked (an agency on call)."""

    interpreter = ForeignKeyField(Interpreter, backref="hours", on_delete="CASCADE")
    weekday = IntegerField()
    starts_min = IntegerField()  # minutes after local midnight
    ends_min = IntegerField()


class InterpreterAbsence(BaseModel):
    """Days off, first to last inclusive (leave, training, a public holiday)."""

    interpreter = ForeignKeyField(Interpreter, backref="absences", on_delete="CASCADE")
    first_day = DateField()
    last_day = DateField()
    reason = CharField(max_length=200, null=True)


class InterpreterBooking(BaseModel):
    """The interpreter of one appointment: a person of the roster in person, or a phone or
    video service. ``booked_*`` keep the appointment's time and place as they were when the
    booking was made or last reviewed, so a flagged booking says what moved."""

    appointment = ForeignKeyField(
        Appointment, unique=True, backref="interpreter_booking", on_delete="CASCADE"
    )
    interpreter = ForeignKeyField(Interpreter, null=True, backref="bookings", on_delete="RESTRICT")
    mode = CharField(max_length=16, default="in_person")  # in_person | phone | video
    language = CharField(max_length=35, null=True)
    status = CharField(max_length=16, default="requested")
    remote_service = CharField(max_length=200, null=True)  # who interprets by phone / video
    note = CharField(max_length=500, null=True)
    needs_review = BooleanField(default=False)
    review_reason = CharField(max_length=16, null=True)  # moved | cancelled
    booked_start = UTCDateTimeField(null=True)
    booked_minutes = IntegerField(null=True)
    booked_location = CharField(max_length=200, null=True)
    updated_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    updated_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utc_now)
    updated_at = UTCDateTimeField(default=utc_now)


class VisitTravel(BaseModel):
    """How the patient comes and goes for a visit, and where they stay. Instants are UTC; the
    zone each was given in is kept to show the local time at the airport or station too."""

    visit = ForeignKeyField(Visit, unique=True, backref="travel", on_delete="CASCADE")
    arrival_mode = CharField(max_length=8, null=True)  # flight | train | road
    arrival_number = CharField(max_length=32, null=True)  # "SV 35", "Acela 2153"
    arrival_from = CharField(max_length=100, null=True)  # origin: "RUH", "Riyadh"
    arrival_place = CharField(max_length=100, null=True)  # "BOS", "Boston Back Bay"
    arrival_at = UTCDateTimeField(null=True, index=True)
    arrival_zone = CharField(max_length=64, null=True)
    pickup_booked = BooleanField(default=False)
    pickup_by = CharField(max_length=200, null=True)  # driver or car service
    pickup_meeting_point = CharField(max_length=200, null=True)
    pickup_at = UTCDateTimeField(null=True)
    stay_address = CharField(max_length=500, null=True)  # hotel or flat, with the room
    stay_check_in = DateField(null=True)
    stay_check_out = DateField(null=True)
    departure_mode = CharField(max_length=8, null=True)
    departure_number = CharField(max_length=32, null=True)
    departure_place = CharField(max_length=100, null=True)
    departure_to = CharField(max_length=100, null=True)
    departure_at = UTCDateTimeField(null=True, index=True)
    departure_zone = CharField(max_length=64, null=True)
    departure_transfer_by = CharField(max_length=200, null=True)  # who drives them back
    note = TextField(null=True)
    updated_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    updated_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    updated_at = UTCDateTimeField(default=utc_now)


class ChecklistItem(BaseModel):
    """One item of a visit's pre-arrival checklist as last set; an item without a row is open.
    ``source`` says what set it: a person at the desk, or another record (the interpreter
    bookings; later the visa letters and the financial clearance of issue 19)."""

    visit = ForeignKeyField(Visit, backref="checklist", on_delete="CASCADE", index=False)
    item = CharField(max_length=32)
    state = CharField(max_length=16)  # open | done | not_needed
    source = CharField(max_length=32, default="desk")
    reference = CharField(max_length=100, null=True)  # the record that drove it, if any
    note = CharField(max_length=500, null=True)
    set_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    set_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    set_at = UTCDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("visit", "item"), True),)


CASE_MODELS: list[type[BaseModel]] = [
    Interpreter,
    InterpreterLanguage,
    InterpreterHours,
    InterpreterAbsence,
    InterpreterBooking,
    VisitTravel,
    ChecklistItem,
]
