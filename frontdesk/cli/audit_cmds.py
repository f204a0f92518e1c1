"""The audit commands: ``frontdesk audit verify`` walks the hash chain of the audit log."""

from __future__ import annotations

import json

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


def cmd_audit_verify(args, url: str) -> int:
    from frontdesk.store.audit_verify import verify_chain

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
                }
            )
        )
    elif report.ok:
        print(
            f"audit chain intact: {report.records} record{'s' if report.records != 1 else ''}, "
            f"last #{report.head_seq} {report.head_hash}"
        )
    else:
        print(f"AUDIT CHAIN BROKEN: {report.problem}")
    return 0 if report.ok else 1
