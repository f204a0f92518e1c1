"""The name signatures of the postings already there, worked out when a database is upgraded to
schema 13 (see :mod:`frontdesk.name_signature` for what a signature is).

    fill_signatures(db)        # inside the upgrade's transaction; returns the patients done

Kept apart from :mod:`frontdesk.store.search_index` because the migrations import it, and the
database module imports the migrations.
"""

from __future__ import annotations

from peewee import PostgresqlDatabase

from frontdesk.name_signature import name_signature


def fill_signatures(db, chunk: int = 20_000) -> int:
    """Every posting's name signature, worked out from its patient's terms (the schema 13
    upgrade); returns the number of patients. Patients are read ``chunk`` at a time."""
    vocabulary = dict(db.execute_sql("SELECT id, term FROM search_term").fetchall())
    postgres = isinstance(db, PostgresqlDatabase)
    marker = "%s" if postgres else "?"
    done = after = 0
    while True:
        read = db.execute_sql(
            f"SELECT id, search_terms FROM patient WHERE id > {marker} AND search_terms <> '' "
            f"ORDER BY id LIMIT {marker}",
            (after, chunk),
        ).fetchall()
        if not read:
            return done
        updates = []
        for patient_id, text in read:
            ids = [int(t) for t in text.split()]
            sig = name_signature(vocabulary[t] for t in ids if t in vocabulary)
            updates += [(t, patient_id, sig) for t in ids]
        updates.sort()
        if postgres:
            db.execute_sql(
                "UPDATE search_posting AS p SET sig = u.sig FROM unnest(%s::integer[], "
                "%s::integer[], %s::bigint[]) AS u(term_id, patient_id, sig) "
                "WHERE p.term_id = u.term_id AND p.patient_id = u.patient_id",
                [list(column) for column in zip(*updates, strict=True)],
            )
        else:
            db.cursor().executemany(
                "UPDATE search_posting SET sig = ? WHERE term_id = ? AND patient_id = ?",
                [(sig, t, p) for t, p, sig in updates],
            )
        done += len(read)
        after = read[-1][0]
