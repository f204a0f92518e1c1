"""Reading the audit log, for a supervisor: who did what, to whom, where and when.

    rows = audit_rows(actor, by="amal", patient_id=42, action="visit.", day=date)

Refused unless the actor may read the audit (supervisor, admin; anyone while the office has
not switched sign-in on). A patient's rows are those about the patient itself, its visits'
check-ins (which name its MRN) and who opened its record.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from frontdesk.services.actors import Actor
from frontdesk.services.roles import Permission, require
from frontdesk.store.audit_verify import ChainReport
from frontdesk.store.audit_verify import verify_chain as _verify_chain
from frontdesk.store.models import AuditEvent, ImportRun, Patient, Staff, Station


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int | None
    at: dt.datetime
    staff: str | None
    station: str | None
    action: str
    object_type: str
    object_id: str | None
    details: str
    # A record of a batch (an import's) has no seq: its place in the batch, and the seq of the
    # chain's record that sealed the batch (README, "The audit log").
    batch_pos: int | None = None
    sealed_by: int | None = None


def audit_rows(
    actor: Actor | None,
    *,
    by: str | None = None,
    patient_id: int | None = None,
    action: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int = 10_000,
) -> list[AuditRow]:
    require(actor, Permission.READ_AUDIT)
    # not the records of an import still being written (or swept): they name rows nobody sees
    unfinished = ImportRun.select(ImportRun.audit_batch).where(
        (ImportRun.state != "done") & ImportRun.audit_batch.is_null(False)
    )
    query = AuditEvent.select().where(
        AuditEvent.batch.is_null() | AuditEvent.batch.not_in(unfinished)
    )
    if by:
        person = Staff.get_or_none(Staff.username == by)
        query = query.where(AuditEvent.staff == (person.id if person else -1))
    if action:
        query = query.where(AuditEvent.action.startswith(action))
    if since:
        query = query.where(AuditEvent.at >= since)
    if until:
        query = query.where(AuditEvent.at < until)
    if patient_id is not None:
        patient = Patient.get_by_id(patient_id)
        mrn_text = json.dumps(patient.mrn)
        query = query.where(
            (
                AuditEvent.object_type.in_(["patient", "access"])
                & (AuditEvent.object_id == str(patient_id))
            )
            | AuditEvent.details.contains(f'"mrn": {mrn_text}')
        )
    events = list(query.order_by(AuditEvent.id).limit(limit))
    batches = sorted({e.batch for e in events if e.batch})
    seals: dict[str, int] = {}
    for start in range(0, len(batches), 500):
        sealing = AuditEvent.select(AuditEvent.object_id, AuditEvent.seq).where(
            (AuditEvent.action == "audit.batch")
            & (AuditEvent.object_type == "audit_batch")
            & AuditEvent.object_id.in_(batches[start : start + 500])
        )
        seals.update((e.object_id, e.seq) for e in sealing)
    staff = {p.id: p.username for p in Staff.select(Staff.id, Staff.username)}
    stations = {p.id: p.name for p in Station.select(Station.id, Station.name)}
    return [
        AuditRow(
            e.seq,
            e.at,
            staff.get(e.staff_id),
            stations.get(e.station_id),
            e.action,
            e.object_type,
            e.object_id,
            e.details,
            e.batch_pos,
            seals.get(e.batch) if e.batch else None,
        )
        for e in events
    ]


def verify_chain() -> ChainReport:
    """Every audit record's hash computed again from the raw rows, and the chain's head checked
    (:mod:`frontdesk.store.audit_verify`, written apart from the code that appends)."""
    return _verify_chain()
