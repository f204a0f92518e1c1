"""The audit commands: ``frontdesk audit verify`` walks the hash chain of the audit log."""

from __future__ import annotations

import json

from frontdesk.cli import credentials
from frontdesk.cli.common import open_db


def register(sub) -> None:
    audit = sub.add_parser("audit", help="the audit log: verify that nothing in it was changed")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="recompute every record's hash; exit 1 naming the first record changed, removed "
        "or inserted",
    )
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_audit_verify)
    listing = actions.add_parser(
        "list", help="the audit records (a supervisor's): filter by person, patient, action, day"
    )
    listing.add_argument("--by", metavar="USER", help="records of this staff member")
    listing.add_argument("--patient", metavar="MRN", help="records about this patient")
    listing.add_argument("--action", metavar="PREFIX", help="e.g. visit. or patient.view")
    listing.add_argument("--date", metavar="D", help="one day, office time")
    listing.add_argument("--csv", metavar="FILE", help="write them as CSV (UTF-8)")
    listing.add_argument("--staff", metavar="USER", help="who reads (a supervisor or admin)")
    listing.add_argument("--station", default="cli", metavar="NAME")
    credentials.add_options(listing)  # a sub-command of its own: not reached by the loop
    listing.set_defaults(handler=cmd_audit_list)


def cmd_audit_verify(args, url: str) -> int:
    from frontdesk.services.audit_view import verify_chain

    open_db(url)
    report = verify_chain()
    if args.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "records": report.records,
                    "head_seq": report.head_seq,
                    "head_hash": report.head_hash,
                    "problem": report.problem,
                    "record_id": report.record_id,
                    "unfinished": report.unfinished,
                }
            )
        )
    elif report.ok:
        print(
            f"audit chain intact: {report.records} record{'s' if report.records != 1 else ''}, "
            f"last #{report.head_seq} {report.head_hash}"
        )
        if report.unfinished:
            print(
                f"  of which {report.unfinished} of an import still being written in chunks "
                "(or being swept): sealed when it ends, checked then"
            )
    else:
        print(f"AUDIT CHAIN BROKEN: {report.problem}")
    return 0 if report.ok else 1


def cmd_audit_list(args, url: str) -> int:
    import csv
    import datetime as dt
    import sys

    from frontdesk.cli.common import day_arg
    from frontdesk.cli.credentials import signed_in
    from frontdesk.services.audit_view import audit_rows
    from frontdesk.services.office import office_zone
    from frontdesk.services.patients import patient_by_mrn

    open_db(url)
    actor = signed_in(args, args.staff, args.station)
    since = until = None
    if args.date:
        start = dt.datetime.combine(day_arg(args.date), dt.time(0), tzinfo=office_zone())
        since, until = start, start + dt.timedelta(days=1)
    patient_id = patient_by_mrn(args.patient).id if args.patient else None
    rows = audit_rows(
        actor, by=args.by, patient_id=patient_id, action=args.action, since=since, until=until
    )
    zone = office_zone()
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(["seq", "at", "staff", "station", "action", "object", "id", "details"])
            for r in rows:
                when = r.at.astimezone(zone).isoformat()
                row = [_place(r), when, r.staff, r.station, r.action, r.object_type, r.object_id]
                out.writerow([*row, r.details])
        print(f"{len(rows)} audit record{'s' if len(rows) != 1 else ''} written to {args.csv}")
        return 0
    if not rows:
        print("no audit records match")
    for r in rows:
        at = r.at.astimezone(zone)
        sys.stdout.write(
            f"#{_place(r) or '-':<6} {at:%Y-%m-%d %H:%M:%S}  {r.staff or '-':<12} "
            f"{r.station or '-':<14} {r.action:<22} {r.object_type} {r.object_id or ''}  "
            f"{r.details}\n"
        )
    return 0


def _place(r) -> str:
    """A record's place: its seq in the chain, or "<seal's seq>.<place in the batch>" for a
    record of a batch (an import's), sealed by the chain's record #<seal's seq>."""
    if r.seq is not None:
        return str(r.seq)
    if r.batch_pos is not None:
        return f"{r.sealed_by or '?'}.{r.batch_pos}"
    return ""
