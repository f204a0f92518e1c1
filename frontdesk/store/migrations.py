"""The schema version and the forward migrations that bring an older database up to date.

    upgrade(db, sqlite_file="/path/frontdesk.sqlite3")

A new database gets every table at :data:`SCHEMA_VERSION`. An older one is migrated one version
at a time by the functions in :data:`MIGRATIONS` (``playhouse.migrate``), each in its own
transaction with the version row; a SQLite file is first copied beside itself
(``frontdesk.sqlite3.v1-20261128T091500.bak``) so that a failed upgrade never costs the office its
data. A database newer than this program is refused rather than touched.

To change the schema: edit the models, bump SCHEMA_VERSION, and add the function that migrates
version N-1 to N under MIGRATIONS[N]; add the file the old release wrote to tests/db/fixtures/
(tests/db/test_schema_upgrades.py opens each one).
"""

from __future__ import annotations

import datetime as dt
import glob
import logging
import os
from collections.abc import Callable
from pathlib import Path

from peewee import (
    SQL,
    BigIntegerField,
    BooleanField,
    CharField,
    Database,
    DateField,
    IntegerField,
    PostgresqlDatabase,
    SqliteDatabase,
)
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator, migrate

from frontdesk import clock
from frontdesk.errors import ConfigError
from frontdesk.store import audit_log, posting_signatures, search_changes, search_index_ddl
from frontdesk.store.case_models import CASE_MODELS
from frontdesk.store.clearance_models import CLEARANCE_MODELS
from frontdesk.store.models import (
    ALL_MODELS,
    AuditChainHead,
    Badge,
    BadgeKey,
    Hl7Receipt,
    IdentityConflict,
    ImportRun,
    Scan,
    SchemaVersion,
    SearchPosting,
    StaffCredential,
)
from frontdesk.store.sqlite_backup import create_private, prune_oldest

log = logging.getLogger(__name__)

SCHEMA_VERSION = 15

# Copies made before upgrades (frontdesk.sqlite3.vN-<time>.bak) kept beside the file.
MIGRATION_BACKUPS_KEPT = 3


def _v2_badges(migrator: SchemaMigrator, db: Database) -> None:
    """Version 2: badge signing keys and badges."""
    db.create_tables([BadgeKey, Badge], safe=True)


def _v3_scans(migrator: SchemaMigrator, db: Database) -> None:
    """Version 3: the doors' scan log."""
    db.create_tables([Scan], safe=True)


def _v4_search_changes(migrator: SchemaMigrator, db: Database) -> None:
    """Version 4: search caches learn of changes from rows of the writers' own, not from one
    counter row that every writer updated (on PostgreSQL they all queued on its lock)."""
    search_changes.create_table(db)
    db.execute_sql("DELETE FROM setting WHERE key = 'search.version'")


def _v5_international_case(migrator: SchemaMigrator, db: Database) -> None:
    """Version 5: the interpreter roster and bookings, travel, the pre-arrival checklist."""
    db.create_tables(CASE_MODELS, safe=True)


def _v6_hospital_feeds(migrator: SchemaMigrator, db: Database) -> None:
    """Version 6: a patient whose date of birth is unknown (a hospital feed's newcomer without
    one; asked at check-in), a passport name to confirm (derived from the native one), the
    identity conflicts a feed raised, and the HL7 messages received over MLLP."""
    migrate(
        migrator.add_column(
            "patient",
            "name_to_confirm",
            BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")]),
        ),
        # On SQLite this rebuilds the table (with foreign keys off: see upgrade()).
        migrator.drop_not_null("patient", "date_of_birth"),
    )
    db.create_tables([IdentityConflict, Hl7Receipt], safe=True)


def _v7_inside_doors(migrator: SchemaMigrator, db: Database) -> None:
    """Version 7: a scan's direction holds "inside" (a door into a clinical area); it was
    four characters wide, which PostgreSQL enforces (SQLite does not: nothing to do there)."""
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql('ALTER TABLE "scan" ALTER COLUMN "direction" TYPE varchar(8)')


def _v8_clearance_and_letters(migrator: SchemaMigrator, db: Database) -> None:
    """Version 8 (issue 19): a stay's financial clearance, the register of visa letters, and a
    companion's passport number, nationality and date of birth (which a visa letter names)."""
    have = {c.name for c in db.get_columns("companion")}
    columns = (
        ("passport_no", CharField(max_length=32, null=True)),
        ("nationality", CharField(max_length=3, null=True)),
        ("date_of_birth", DateField(null=True)),
    )
    # Only what is missing: a database set back to an older version number in a test has them.
    migrate(*(migrator.add_column("companion", n, f) for n, f in columns if n not in have))
    db.create_tables(CLEARANCE_MODELS, safe=True)


def _v9_audit_chain(migrator: SchemaMigrator, db: Database) -> None:
    """Version 9: the audit log becomes a hash chain; the records already there are linked in
    id order (one pass, in the upgrade's transaction)."""
    if "seq" in {c.name for c in db.get_columns("audit_event")}:
        return  # chained already (a database brought back to an older version number)
    migrate(
        migrator.add_column("audit_event", "seq", BigIntegerField(null=True)),
        migrator.add_column("audit_event", "prev_hash", CharField(max_length=64, null=True)),
        migrator.add_column("audit_event", "hash", CharField(max_length=64, null=True)),
        migrator.add_index("audit_event", ("seq",), unique=True),
    )
    db.create_tables([AuditChainHead], safe=True)
    chained = audit_log.chain_existing(db)
    log.info("audit chain: %s earlier records linked", chained)


def _v10_staff_credentials(migrator: SchemaMigrator, db: Database) -> None:
    """Version 10: staff sign-in (roles, argon2id password and PIN hashes, lockout)."""
    db.create_tables([StaffCredential], safe=True)


def _v11_audit_batches(migrator: SchemaMigrator, db: Database) -> None:
    """Version 11 (issue 12): a large transaction's audit records (an import's) form a batch
    of their own, sealed by one record of the chain, so that the chain's head is not held while
    they are written. The records already there stay as they are (all in the chain)."""
    have = {c.name for c in db.get_columns("audit_event")}
    columns = (
        ("batch", CharField(max_length=32, null=True)),
        ("batch_pos", IntegerField(null=True)),
    )
    migrate(*(migrator.add_column("audit_event", n, f) for n, f in columns if n not in have))


def _v12_patient_terms_index(migrator: SchemaMigrator, db: Database) -> None:
    """Version 12 (issue 20): on PostgreSQL, an index of each patient's term ids (GIN over
    ``search_terms`` read as an integer array), so that the server intersects the typed words'
    posting lists itself. Nothing changes on SQLite."""
    if isinstance(db, PostgresqlDatabase):
        search_index_ddl.create_patient_terms_index(db)


def _v13_posting_signatures(migrator: SchemaMigrator, db: Database) -> None:
    """Version 13 (issue 20): each posting holds its patient's name signature
    (:mod:`frontdesk.name_signature`), worked out here for the postings already there."""
    if "sig" not in {c.name for c in db.get_columns("search_posting")}:
        # Added as such on both engines (no table rebuilt: a constant default needs none).
        db.execute_sql("ALTER TABLE search_posting ADD COLUMN sig BIGINT NOT NULL DEFAULT 0")
    posting_signatures.fill_signatures(db)
    if isinstance(db, PostgresqlDatabase):
        search_index_ddl.create_posting_signature_index(db)


def _v14_audit_object_index(migrator: SchemaMigrator, db: Database) -> None:
    """Version 14 (issue 12): audit records indexed by their object (type, id, time). Opening
    a patient looks for the same person's opening of the last ten minutes; without the index
    that read every record of those minutes, 8-10 ms after a large import, and on SQLite with
    the write lock held."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "audit_event_object_type_object_id_at" '
        'ON "audit_event" ("object_type", "object_id", "at")'
    )


def _v15_import_runs(migrator: SchemaMigrator, db: Database) -> None:
    """Version 15 (issue 12): a large import is written in chunks that nobody sees until its
    last step (:class:`ImportRun`; the rows it adds carry its id)."""
    db.create_tables([ImportRun], safe=True)
    migrate(
        *(
            migrator.add_column(table, "import_run_id", IntegerField(null=True))
            for table in ("patient", "visit", "appointment")
            if "import_run_id" not in {column.name for column in db.get_columns(table)}
        )
    )


# MIGRATIONS[n] migrates a database at version n-1 to version n.
MIGRATIONS: dict[int, Callable[[SchemaMigrator, Database], None]] = {
    2: _v2_badges,
    3: _v3_scans,
    4: _v4_search_changes,
    5: _v5_international_case,
    6: _v6_hospital_feeds,
    7: _v7_inside_doors,
    8: _v8_clearance_and_letters,
    9: _v9_audit_chain,
    10: _v10_staff_credentials,
    11: _v11_audit_batches,
    12: _v12_patient_terms_index,
    13: _v13_posting_signatures,
    14: _v14_audit_object_index,
    15: _v15_import_runs,
}

# Columns that search by prefix with range comparisons need code-point order on PostgreSQL,
# whatever the server's default collation ("ucs_basic" is PostgreSQL's built-in one for that).
_BINARY_ORDER_COLUMNS = (("search_term", "term"), ("patient", "mrn"), ("patient", "passport_key"))


def current_version(db: Database) -> int | None:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return None
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else None


def upgrade(db: Database, *, sqlite_file: str | None = None) -> int:
    """Create or migrate the schema; returns the version the database is at afterwards."""
    version = current_version(db)
    if version is None:
        _create(db)
        return SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise ConfigError(
            f"the database is at schema version {version}, newer than this Frontdesk "
            f"({SCHEMA_VERSION}); install the newer release instead"
        )
    if version < SCHEMA_VERSION and sqlite_file:
        backup_sqlite(db, sqlite_file, version)
    migrator = _migrator(db)
    sqlite = isinstance(db, SqliteDatabase)
    if sqlite and version < SCHEMA_VERSION:
        # SQLite changes a column by building the table anew and dropping the old one: with
        # foreign keys on, that drop would delete every visit and appointment of the patients
        # (ON DELETE CASCADE). The pragma only takes effect outside a transaction.
        db.pragma("foreign_keys", 0)
    try:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with db.atomic():
                MIGRATIONS[target](migrator, db)
                if sqlite and db.execute_sql("PRAGMA foreign_key_check").fetchone():
                    raise ConfigError(f"the upgrade to schema version {target} broke a link")
                SchemaVersion.update(version=target, upgraded_at=_now()).execute()
            log.info("database schema upgraded to version %s", target)
    finally:
        if sqlite:
            db.pragma("foreign_keys", 1)
    return SCHEMA_VERSION


def _create(db: Database) -> None:
    postgres = isinstance(db, PostgresqlDatabase)
    SearchPosting._meta.without_rowid = not postgres
    with db.atomic():
        if postgres:
            # Two stations starting on an empty schema at once: one creates, the other waits,
            # as long as creating takes (not the desks' short lock timeout); stations of other
            # schemas on the same server do not wait for each other.
            db.execute_sql("SET LOCAL lock_timeout = '120s'")
            db.execute_sql("SELECT pg_advisory_xact_lock(4242001, hashtext(current_schema()))")
        if current_version(db) is not None:
            return
        db.create_tables(ALL_MODELS + CASE_MODELS + CLEARANCE_MODELS, safe=True)
        audit_log.start_head(db)
        search_changes.create_table(db)
        if postgres:
            for table, column in _BINARY_ORDER_COLUMNS:
                db.execute_sql(
                    f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE varchar COLLATE ucs_basic'
                )
            search_index_ddl.create_patient_terms_index(db)
            search_index_ddl.create_posting_signature_index(db)
        SchemaVersion.create(version=SCHEMA_VERSION, upgraded_at=_now())
    log.info("created database schema version %s", SCHEMA_VERSION)


def backup_sqlite(db: Database, sqlite_file: str, version: int) -> Path:
    """A consistent copy of the SQLite file (VACUUM INTO), made before it is upgraded, readable
    by its owner only; the newest MIGRATION_BACKUPS_KEPT of them are kept."""
    stamp = _now().strftime("%Y%m%dT%H%M%S")
    target = Path(f"{sqlite_file}.v{version}-{stamp}.bak")
    if target.exists():  # two upgrades in one second: VACUUM INTO refuses a non-empty file
        target = target.with_name(f"{target.stem}-{os.getpid()}.bak")
    create_private(target)  # VACUUM INTO writes into an empty file it is given
    db.execute_sql("VACUUM INTO ?", (str(target),))
    log.info("backed up %s to %s before upgrading", sqlite_file, target)
    source = Path(sqlite_file)
    copies = sorted(
        source.parent.glob(f"{glob.escape(source.name)}.v*-*.bak"), key=lambda p: p.stat().st_mtime
    )
    prune_oldest(copies, MIGRATION_BACKUPS_KEPT)
    return target


def _migrator(db: Database) -> SchemaMigrator:
    if isinstance(db, PostgresqlDatabase):
        return PostgresqlMigrator(db)
    return SqliteMigrator(db)


def _now() -> dt.datetime:
    return clock.now()
