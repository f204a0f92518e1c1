"""The patient commands: a patient's companions (whose ids ``badge --companion`` takes)."""

from __future__ import annotations

import json

from frontdesk.cli.common import open_db, plural


def register(sub) -> None:
    companions = sub.add_parser("companions", help="a patient's companions, with their ids")
    companions.add_argument("mrn")
    companions.add_argument("--json", action="store_true")
    companions.set_defaults(handler=cmd_companions)


def cmd_companions(args, url: str) -> int:
    from frontdesk.services.patient_view import companion_lines
    from frontdesk.services.patients import patient_by_mrn

    open_db(url)
    patient = patient_by_mrn(args.mrn)
    lines = companion_lines(patient.id)
    if args.json:
        rows = [
            {
                "id": c.id,
                "name": c.name,
                "native_name": c.native_name,
                "relationship": c.relationship,
            }
            for c in lines
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not lines:
        print(f"{patient.mrn}: no companions")
        return 0
    print(f"{patient.mrn}: {plural(len(lines), 'companion')}")
    for c in lines:
        native = f" ({c.native_name})" if c.native_name else ""
        print(f"{c.id:>8}  {c.name}{native}  {c.relationship or ''}".rstrip())
    return 0
