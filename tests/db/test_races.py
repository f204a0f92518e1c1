"""Stations racing each other, each in its own process, on the real databases (PostgreSQL runs
READ COMMITTED: a row read after a conditional write may already have changed again)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frontdesk.services.checkin import check_in
from frontdesk.store.models import AuditEvent, Badge, BadgeKey, Visit
from tests.db.helpers import DAY, NEW_YORK, book, make_patient

WORKER = Path(__file__).with_name("race_worker.py")
ROOT = Path(__file__).parents[2]


def _desk(url, role, seconds, station, args, home) -> subprocess.Popen:
    env = {**os.environ, "FRONTDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, role, str(seconds), DAY.isoformat(), station, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _results(desks) -> list[dict]:
    results = []
    for desk in desks:
        out, err = desk.communicate(timeout=180)
        assert desk.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]) | {"stderr": err})
    return results


@pytest.mark.postgres
def test_check_in_racing_undo_on_postgresql_never_fails(pg_url, tmp_path):
    """Two desks check in, two undo, the same three patients, for 20 s: every call either does
    its work or says no in words; none crashes; the audit trail matches what is stored."""
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.office import set_office_zone
    from frontdesk.store.database import open_database

    open_database(pg_url)
    create_staff("amal", "Amal Haddad")
    set_office_zone("America/New_York", None)
    actor = actor_for("amal", "Desk 0")
    patients = [make_patient(actor, mrn=f"R{i}", family=f"Race{i}") for i in range(3)]
    for i, patient in enumerate(patients):
        book(actor, patient, f"RA{i}", 9 + i)
        check_in(patient.id, DAY, actor)  # the visits exist: the undoing desks start at once
    ids = [str(p.id) for p in patients]
    roles = ["checkin", "undo", "checkin", "undo"]
    desks = [
        _desk(pg_url, role, 20, f"Desk {n + 1}", ids, tmp_path / f"home{n}")
        for n, role in enumerate(roles)
    ]
    results = _results(desks)
    errors = [e for r in results for e in r["errors"]]
    assert errors == [], f"{len(errors)} unexpected errors, first: {errors[:3]}\n" + "\n".join(
        r["stderr"] for r in results
    )
    calls = {
        role: sum(r["calls"] for r, rl in zip(results, roles, strict=True) if rl == role)
        for role in ("checkin", "undo")
    }
    assert calls["checkin"] > 200 and calls["undo"] > 200, calls  # they did race
    for patient in patients:
        visit = Visit.get(Visit.patient == patient.id)
        ins = (
            AuditEvent.select()
            .where(
                (AuditEvent.action == "visit.check_in") & (AuditEvent.object_id == str(visit.id))
            )
            .count()
        )
        outs = (
            AuditEvent.select()
            .where(
                (AuditEvent.action == "visit.undo_check_in")
                & (AuditEvent.object_id == str(visit.id))
            )
            .count()
        )
        assert ins - outs == (1 if visit.arrived_at is not None else 0), (ins, outs)
        assert (visit.status == "arrived") == (visit.arrived_at is not None)


def test_four_desks_making_their_first_key_at_once_get_four_badges(db_url, tmp_path):
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.office import set_office_zone
    from frontdesk.store.database import open_database

    open_database(db_url)
    create_staff("amal", "Amal Haddad")
    set_office_zone("America/New_York", None)
    actor = actor_for("amal", "Desk 0")
    patient = make_patient(actor)
    tomorrow = dt.datetime.now(NEW_YORK).date() + dt.timedelta(days=1)  # the badges are valid
    book(actor, patient, "K1", 9, day=tomorrow)
    assert Visit.get(Visit.patient == patient.id).local_date == tomorrow
    start = tmp_path / "go"
    desks = [
        _desk(db_url, "key", 0, f"Desk {n + 1}", [str(start), str(patient.id)], tmp_path / f"h{n}")
        for n in range(4)
    ]
    time.sleep(3)  # every desk has opened the database and waits for the start
    start.touch()
    results = _results(desks)
    assert [r["errors"] for r in results] == [[]] * 4, [r["stderr"] for r in results]
    assert [r["refused"] for r in results] == [0] * 4, [r["stderr"] for r in results]
    assert Badge.select().count() == 4
    assert sorted(k.key_id for k in BadgeKey.select()) == [1, 2, 3, 4]
    assert {b.key_id for b in Badge.select()} == {1, 2, 3, 4}  # each desk signed with its own
