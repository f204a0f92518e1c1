"""Issue 19's tables: a stay's financial clearance and the register of visa invitation letters.

    Clearance(visit=..., needed=True, currency="USD", estimate_minor=1250000)   # 12,500.00
    ClearanceDeposit(clearance=..., amount_minor=500000, received_on=date(2026, 11, 20))
    ClearanceGuarantee(clearance=..., guarantor="Embassy of Kuwait", kind="embassy",
                       number="HO/2026/118", amount_minor=..., valid_from=..., valid_to=...)
    VisaLetter(number="VL-2026-0017", visit=..., content='{"travellers": ...}', digest=...)

Money is stored as an integer count of the currency's minor unit (cents; fils, 3 decimals, for
KWD; yen, no decimals): exact on SQLite and PostgreSQL alike, never a float. One currency per
clearance: deposits and guarantees are in the estimate's currency. Like the checklist, a
clearance belongs to the stay's case visit (:mod:`frontdesk.services.stays`).

A visa letter keeps what it said (``content``, JSON: travellers with their passport names and
numbers, dates, purpose, estimate, coordinator) so that the register shows what was issued
whatever the records say later, and a reprint is the same letter.
"""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from frontdesk.store.models import (
    BaseModel,
    Patient,
    Staff,
    Station,
    UTCDateTimeField,
    Visit,
    utc_now,
)


class Clearance(BaseModel):
    visit = ForeignKeyField(Visit, unique=True, backref="clearance", on_delete="CASCADE")
    needed = BooleanField(default=True)
    currency = CharField(max_length=3, null=True)  # ISO 4217
    estimate_minor = BigIntegerField(null=True)
    note = CharField(max_length=500, null=True)
    updated_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    updated_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    updated_at = UTCDateTimeField(default=utc_now)


class ClearanceDeposit(BaseModel):
    clearance = ForeignKeyField(Clearance, backref="deposits", on_delete="CASCADE")
    amount_minor = BigIntegerField()
    received_on = DateField()
    reference = CharField(max_length=100, null=True)  # receipt or transfer number
    recorded_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    recorded_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    recorded_at = UTCDateTimeField(default=utc_now)


class ClearanceGuarantee(BaseModel):
    """A guarantee of payment (a letter from an insurer, embassy or employer)."""

    clearance = ForeignKeyField(Clearance, backref="guarantees", on_delete="CASCADE")
    guarantor = CharField(max_length=200)
    kind = CharField(max_length=16)  # insurer | embassy | employer | other
    number = CharField(max_length=100, null=True)
    amount_minor = BigIntegerField()
    valid_from = DateField()
    valid_to = DateField()
    recorded_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    recorded_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    recorded_at = UTCDateTimeField(default=utc_now)


class VisaLetter(BaseModel):
    number = CharField(unique=True, max_length=32)  # "VL-2026-0017"
    kind = CharField(max_length=16, default="visa")
    visit = ForeignKeyField(Visit, backref="letters", on_delete="RESTRICT")
    patient = ForeignKeyField(Patient, backref="letters", on_delete="RESTRICT")
    language = CharField(max_length=35, default="en")  # the second language printed, if any
    content = TextField()  # JSON: what the letter says
    digest = CharField(max_length=64)  # SHA-256 of the content, hex; the token carries part
    key_id = IntegerField()
    valid_until = DateField()  # the last day the letter is meant to be presented
    issued_at = UTCDateTimeField(default=utc_now)
    issued_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    issued_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    revoked_at = UTCDateTimeField(null=True)
    revoked_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    revoked_reason = CharField(max_length=200, null=True)


CLEARANCE_MODELS: list[type[BaseModel]] = [
    Clearance,
    ClearanceDeposit,
    ClearanceGuarantee,
    VisaLetter,
]
