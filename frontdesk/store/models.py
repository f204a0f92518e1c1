"""The peewee models: the one place where the shape of the database is written down.

    >>> from frontdesk.store.database import open_database
    >>> db = open_database("sqlite:///:memory:")
    >>> Patient.select().count()
    0

Every model is bound to :data:`database_proxy`, which :func:`frontdesk.store.database.open_database`
initialises with a SQLite or PostgreSQL database. Instants are stored as naive UTC and come back
as aware UTC datetimes (:class:`UTCDateTimeField`); a visit's date is the office's local date.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from frontdesk import clock


class _DatabaseProxy(DatabaseProxy):
    """The database's own savepoints, not peewee's plain ones: a savepoint rolled back takes
    back the audit records kept for its transaction's batch (audit_log.Sealing)."""

    def savepoint(self):
        return self.obj.savepoint()


database_proxy = _DatabaseProxy()

UTC = dt.UTC


def utc_now() -> dt.datetime:
    return clock.now()


class UTCDateTimeField(DateTimeField):
    """An instant: aware datetimes in, stored as naive UTC, aware UTC datetimes out."""

    def db_value(self, value: dt.datetime | None):  # type: ignore[override]
        if value is not None and isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError(f"{self.name}: a naive datetime is ambiguous; give it a zone")
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):  # type: ignore[override]
        value = super().python_value(value)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the version of the schema this file or server holds."""

    version = IntegerField()
    upgraded_at = UTCDateTimeField(default=utc_now)


class Setting(BaseModel):
    """What the whole office shares (its time zone, name, ...), as text by key."""

    key = CharField(primary_key=True, max_length=100)
    value = TextField()


class Staff(BaseModel):
    username = CharField(unique=True, max_length=64)
    display_name = CharField(max_length=200)
    active = BooleanField(default=True)
    created_at = UTCDateTimeField(default=utc_now)


class StaffCredential(BaseModel):
    """How a staff member proves who they are, and what they may do: a role, an argon2id
    password hash, a PIN hash (to unlock their own locked screen), failures and a lock."""

    staff = ForeignKeyField(Staff, primary_key=True, on_delete="CASCADE")
    role = CharField(max_length=16, default="reception")  # services.roles.Role
    password_hash = CharField(max_length=200, null=True)
    pin_hash = CharField(max_length=200, null=True)
    token_hash = CharField(max_length=200, null=True)  # a service account's API token
    failed_attempts = IntegerField(default=0)
    locked_until = UTCDateTimeField(null=True)
    changed_at = UTCDateTimeField(default=utc_now)


class Station(BaseModel):
    name = CharField(unique=True, max_length=100)
    kind = CharField(max_length=16, default="desk")  # desk | door
    created_at = UTCDateTimeField(default=utc_now)


class ImportRun(BaseModel):
    """A large import being written in chunks (SQLite, issue 12): the rows it adds carry its id
    (``import_run_id``) and stay invisible to every read until its ``state`` is ``done``;
    its last step sets ``done`` in the transaction that makes the file's other changes, so the
    whole file appears at once. A run left ``writing`` by a station that died (its heartbeat
    old) is swept: ``state`` ``swept`` first, then its rows deleted (unseen until then too:
    only a ``done`` run's rows are seen). See :mod:`frontdesk.store.import_runs`."""

    station = CharField(max_length=100)
    started_at = UTCDateTimeField(default=utc_now)
    heartbeat = UTCDateTimeField(default=utc_now)
    state = CharField(max_length=16, default="writing")  # writing | done | swept
    audit_batch = CharField(max_length=32, null=True)  # its audit records' batch, sealed last
    first_audit_id = BigIntegerField(null=True)  # where its batch's records begin
    # the id ranges its rows were given (inclusive; a sweep deletes by them)
    patient_ids = CharField(max_length=64, default="")
    visit_ids = CharField(max_length=64, default="")
    appointment_ids = CharField(max_length=64, default="")


class _HidesUnfinishedImports(BaseModel):
    """Every query that starts from the model leaves out the rows of an import still being
    written (:class:`ImportRun`). A row that reads another row by its foreign key needs no
    filter: only the unfinished import's own rows point at its rows."""

    @classmethod
    def select(cls, *fields):
        return super().select(*fields).where(visible_rows(cls))

    @classmethod
    def select_including_unfinished(cls, *fields):
        """Also the rows of imports still being written (the import's own checks, the sweep)."""
        return super().select(*fields)


def visible_rows(model):
    """The condition that leaves out an unfinished import's rows of ``model``."""
    unfinished = ImportRun.select(ImportRun.id).where(ImportRun.state != "done")
    column = model.import_run_id
    return column.is_null() | column.not_in(unfinished)


class Patient(_HidesUnfinishedImports):
    id = AutoField()
    mrn = CharField(unique=True, max_length=32)
    family_name = CharField(max_length=200)  # as in the passport, Latin letters
    given_name = CharField(max_length=200)
    native_family_name = CharField(max_length=200, null=True)
    native_given_name = CharField(max_length=200, null=True)
    date_of_birth = DateField(index=True, null=True)  # None: unknown, asked at check-in
    sex = CharField(max_length=1, default="U")  # F | M | X | U (unknown)
    nationality = CharField(max_length=3, null=True)  # ISO 3166-1 alpha-3 (or alpha-2)
    passport_no = CharField(max_length=32, null=True)
    passport_key = CharField(max_length=32, null=True, index=True)  # upper-case, letters+digits
    preferred_language = CharField(max_length=35, null=True)  # BCP 47
    interpreter_needed = BooleanField(default=False)
    phone = CharField(max_length=32, null=True)
    email = CharField(max_length=254, null=True)
    local_address = TextField(null=True)  # local address or hotel
    # The passport name was derived (transliterated) from the native one by an import: the
    # desk confirms it from the passport.
    # DEFAULT in the table too: bulk loaders that name their columns need not know this one.
    name_to_confirm = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])
    # Space-separated ids of this patient's SearchTerm rows (see store.search_index).
    search_terms = TextField(default="")
    created_at = UTCDateTimeField(default=utc_now)
    updated_at = UTCDateTimeField(default=utc_now)
    import_run_id = IntegerField(null=True)  # added by an import written in chunks (ImportRun)


class IdentityConflict(BaseModel):
    """A feed said something else of a known patient's identity (date of birth, sex) than the
    desk has: a wrong-patient signal, kept here (the stored value is not changed) until a
    person at the desk resolves it."""

    patient = ForeignKeyField(Patient, backref="identity_conflicts", on_delete="CASCADE")
    field = CharField(max_length=32)  # date_of_birth | sex
    stored = CharField(max_length=64, null=True)
    incoming = CharField(max_length=64)
    source = CharField(max_length=64)  # the source system of the file or feed
    unit = CharField(max_length=200)  # where in it: "message 3 (control id 42)"
    found_at = UTCDateTimeField(default=utc_now)
    resolved_at = UTCDateTimeField(null=True)
    resolved_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    resolution = CharField(max_length=16, null=True)  # kept | replaced

    class Meta:
        indexes = ((("patient", "resolved_at"), False),)


class Hl7Receipt(BaseModel):
    """An HL7 message a sender delivered over MLLP and the desk answered, by the sender's
    control id (MSH-10): written in the transaction that applied the message, so that a resend
    after a lost acknowledgement changes nothing and is answered the same way."""

    sender = CharField(max_length=200)  # MSH-3 and MSH-4
    control_id = CharField(max_length=200)  # MSH-10
    received_at = UTCDateTimeField(default=utc_now)
    ack_code = CharField(max_length=2)  # AA | AE | AR
    ack_text = TextField(default="")  # the ACK sent, so that a resend gets the same answer

    class Meta:
        primary_key = CompositeKey("sender", "control_id")


class Companion(BaseModel):
    patient = ForeignKeyField(Patient, backref="companions", on_delete="CASCADE")
    family_name = CharField(max_length=200)
    given_name = CharField(max_length=200)
    native_family_name = CharField(max_length=200, null=True)
    native_given_name = CharField(max_length=200, null=True)
    relationship = CharField(max_length=64, null=True)
    phone = CharField(max_length=32, null=True)
    # What a visa invitation letter names (issue 19); read from the passport's MRZ at the desk.
    passport_no = CharField(max_length=32, null=True)
    nationality = CharField(max_length=3, null=True)
    date_of_birth = DateField(null=True)
    created_at = UTCDateTimeField(default=utc_now)


class Visit(_HidesUnfinishedImports):
    """A patient's presence on one local date; groups that day's appointments."""

    patient = ForeignKeyField(Patient, backref="visits", on_delete="CASCADE")
    local_date = DateField()
    status = CharField(max_length=16, default="expected")  # see domain.VisitStatus
    arrived_at = UTCDateTimeField(null=True)
    # No index on these two: nothing looks visits up by them, and each index is one more page
    # written by every check-in.
    checked_in_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    checked_in_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    updated_at = UTCDateTimeField(default=utc_now)
    import_run_id = IntegerField(null=True)

    class Meta:
        indexes = ((("patient", "local_date"), True), (("local_date",), False))


class Appointment(_HidesUnfinishedImports):
    source_system = CharField(max_length=64, default="desk")
    external_id = CharField(max_length=128)
    patient = ForeignKeyField(Patient, backref="appointments", on_delete="CASCADE")
    visit = ForeignKeyField(Visit, backref="appointments", null=True, on_delete="SET NULL")
    start = UTCDateTimeField(index=True)
    duration_min = IntegerField(default=30)
    department = CharField(max_length=100, null=True)
    clinician = CharField(max_length=200, null=True)
    location = CharField(max_length=200, null=True)
    type = CharField(max_length=64, null=True)
    status = CharField(max_length=16, default="scheduled")  # see domain.AppointmentStatus
    updated_at = UTCDateTimeField(default=utc_now)
    import_run_id = IntegerField(null=True)

    class Meta:
        indexes = ((("source_system", "external_id"), True),)


class AuditEvent(BaseModel):
    """Append-only: who did what, where and when. Nothing updates or deletes these rows; each
    carries its place in the chain and a hash over its content and the previous record's hash
    (see :mod:`frontdesk.store.audit_log`), so a change, a removal or an insertion shows."""

    at = UTCDateTimeField(default=utc_now, index=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="RESTRICT", index=False)
    station = ForeignKeyField(Station, null=True, on_delete="RESTRICT", index=False)
    action = CharField(max_length=64)
    object_type = CharField(max_length=32)
    object_id = CharField(max_length=64, null=True)
    details = TextField(default="{}")  # JSON
    seq = BigIntegerField(null=True, unique=True)  # the place in the chain: 1, 2, 3, ...
    prev_hash = CharField(max_length=64, null=True)
    hash = CharField(max_length=64, null=True)
    # A large transaction's records (an import's) form a batch of their own instead: no seq,
    # the batch's id and the place in it (1, 2, 3, ...), chained among themselves; one record
    # of the chain ("audit.batch") seals the batch with its count and last hash.
    batch = CharField(max_length=32, null=True)
    batch_pos = IntegerField(null=True)

    class Meta:
        # A record's own history, and whether a patient's opening is already recorded
        # (services.patient_access): a few index entries, however many records the last
        # minutes brought (an import's 90,000).
        indexes = ((("object_type", "object_id", "at"), False),)


class AuditChainHead(BaseModel):
    """One row: the chain's last place and hash. Writers take its row lock (UPDATE), so two
    desks never link to the same record; a removed tail shows against it."""

    id = IntegerField(primary_key=True)
    seq = BigIntegerField(default=0)
    hash = CharField(max_length=64)


class BadgeKey(BaseModel):
    """A public key that badge tokens may be signed with; its private half stays on the desk
    that made it. A retired key no longer verifies."""

    key_id = IntegerField(primary_key=True)
    public_key = CharField(max_length=64)  # raw Ed25519 public key, hex
    station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utc_now)
    retired_at = UTCDateTimeField(null=True)


class Badge(BaseModel):
    """One printed badge: who holds it, for which visit, where to, and until when."""

    visit = ForeignKeyField(Visit, backref="badges", on_delete="CASCADE")
    holder_type = CharField(max_length=16)  # badge_token.HolderType
    companion = ForeignKeyField(Companion, null=True, on_delete="SET NULL")
    display_name = CharField(max_length=200)  # as printed: passport name
    native_name = CharField(max_length=200, null=True)
    destination = CharField(max_length=200, null=True)  # floor / zone / building, never a ward
    valid_from = UTCDateTimeField()
    valid_until = UTCDateTimeField()
    key_id = IntegerField()
    generation = IntegerField(default=1)
    supersedes = ForeignKeyField("self", null=True, on_delete="SET NULL", index=False)
    issued_at = UTCDateTimeField(default=utc_now)
    issued_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    issued_station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    revoked_at = UTCDateTimeField(null=True)
    revoked_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", index=False)
    revoked_reason = CharField(max_length=200, null=True)
    superseded_at = UTCDateTimeField(null=True)
    print_count = IntegerField(default=0)


class Scan(BaseModel):
    """One badge scan at a door: what the door decided, where, when. Written by the door from
    its local queue; ``uid`` (made at the door) makes a resent scan land once."""

    uid = CharField(unique=True, max_length=36)
    at = UTCDateTimeField(index=True)
    door = CharField(max_length=100)
    direction = CharField(max_length=8)  # in | out | both | inside
    valid = BooleanField()
    reason = CharField(max_length=16, null=True)  # badge_token.Reason, for a refusal
    badge_id = IntegerField(null=True, index=True)  # as the token says; no foreign key: forged
    holder_type = CharField(max_length=16, null=True)
    station = ForeignKeyField(Station, null=True, on_delete="SET NULL", index=False)
    received_at = UTCDateTimeField(default=utc_now)  # when the database got it (late: offline)


class SearchTerm(BaseModel):
    """One folded name word (see frontdesk.names) with its phonetic key."""

    term = CharField(unique=True, max_length=200)
    phonetic = CharField(max_length=32, null=True, index=True)
    df = IntegerField(default=0)  # how many patients carry the term (their postings)


class SearchPosting(BaseModel):
    """Which patients carry which term: (term, patient), the search's inverted index."""

    term_id = IntegerField()
    patient_id = IntegerField()
    # The patient's name signature (frontdesk.name_signature), the same on all their postings:
    # lets a posting list be filtered by the other typed words without reading the patients.
    sig = BigIntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("term_id", "patient_id")
        without_rowid = True


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Setting,
    Staff,
    StaffCredential,
    Station,
    ImportRun,
    Patient,
    IdentityConflict,
    Hl7Receipt,
    Companion,
    Visit,
    Appointment,
    AuditEvent,
    AuditChainHead,
    SearchTerm,
    SearchPosting,
    BadgeKey,
    Badge,
    Scan,
]
