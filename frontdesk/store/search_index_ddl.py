"""PostgreSQL's indexes for search: the patients' term ids, which lets the server intersect
posting lists, and the postings with their name signatures, read without the table.

    create_patient_terms_index(db)        # schema creation and the version 12 upgrade
    TERM_IDS_HAS                          # "<the indexed expression> && %b::int[]"
    create_posting_signature_index(db)    # schema creation and the version 13 upgrade

``patient.search_terms`` holds the ids of a patient's name terms as text ("12 407 9031"). Read as
an integer array, it is indexed with GIN: ``terms && '{...}'`` finds the patients who carry any
of a word's terms, and two such conditions joined by AND are answered by intersecting the two
bitmaps in the index, a small cost a posting, rather than by reading either list whole. The
expression is an index expression, so the server keeps it up to date whenever the text
changes; no writer has anything more to do. SQLite has no such index (nothing there uses it).
"""

from __future__ import annotations

from peewee import Database

INDEX_NAME = "patient_term_ids"
# The same text in the index and in the queries, or the planner does not use the index.
TERM_IDS = "(string_to_array(search_terms, ' ')::int[])"
TERM_IDS_HAS = f"{TERM_IDS} && %b::int[]"


def create_patient_terms_index(db: Database) -> None:
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{INDEX_NAME}" ON "patient" USING gin ({TERM_IDS})')


SIGNATURE_INDEX_NAME = "search_posting_sig"


def create_posting_signature_index(db: Database) -> None:
    """The postings in their primary key's order with each one's name signature: a term's
    posting list filtered by signature (see :mod:`frontdesk.name_signature`) is then an
    index-only scan, the table's pages never read (once VACUUM has marked them all visible)."""
    db.execute_sql(
        f'CREATE INDEX IF NOT EXISTS "{SIGNATURE_INDEX_NAME}" ON "search_posting" '
        "(term_id, patient_id) INCLUDE (sig)"
    )
