"""What a hospital feed left for the desk to settle about a patient's identity, and settling it.

frontdesk identity MRN                                   # the open questions
frontdesk identity MRN --keep 12 --staff amal            # conflict 12: the desk's value stays
frontdesk identity MRN --take 12 --staff amal            # conflict 12: the feed's value
frontdesk identity MRN --confirm-name TANAKA Yuki --staff amal
frontdesk identity MRN --birth-date 1979-12-25 --staff amal

A feed's date of birth or sex that differs from the one on file is kept as a conflict (a
wrong-patient signal), and a passport name derived from a native one is marked to confirm;
each is shown on the patient's panel in the window. Every decision is audited.
"""

from __future__ import annotations

from frontdesk.cli.common import acting, open_db
from frontdesk.errors import FrontdeskError


def register(sub) -> None:
    identity = sub.add_parser(
        "identity",
        help="a patient's identity questions from hospital feeds (conflicts, a name to confirm)",
    )
    identity.add_argument("mrn")
    decide = identity.add_mutually_exclusive_group()
    decide.add_argument("--keep", type=int, metavar="ID", help="keep the desk's value")
    decide.add_argument("--take", type=int, metavar="ID", help="take the feed's value")
    decide.add_argument(
        "--confirm-name",
        nargs=2,
        metavar=("FAMILY", "GIVEN"),
        help="the passport name as read from the passport",
    )
    decide.add_argument("--birth-date", metavar="YYYY-MM-DD", help="as the patient gave it")
    identity.add_argument(
        "--staff", metavar="USER", help="staff account the change is recorded under"
    )
    identity.add_argument("--station", default="cli", metavar="NAME")
    identity.set_defaults(handler=cmd_identity)


def cmd_identity(args, url: str) -> int:
    from frontdesk.services.identity import (
        confirm_passport_name,
        identity_flags,
        record_birth_date,
        resolve_conflict,
    )
    from frontdesk.services.office import office_zone
    from frontdesk.services.patient_view import identity_warnings
    from frontdesk.services.patients import patient_by_mrn
    from frontdesk.timeutil import parse_date, today

    open_db(url)
    patient = patient_by_mrn(args.mrn)
    decided = args.keep or args.take
    if decided or args.confirm_name or args.birth_date:
        if not args.staff:
            raise FrontdeskError("name who decides with --staff (the decision is audited)")
        if decided and decided not in {c.id for c in identity_flags(patient.id).conflicts}:
            raise FrontdeskError(f"{patient.mrn} has no open identity conflict {decided}")
        with acting(args) as actor:
            if decided:
                resolve_conflict(decided, actor, replace=bool(args.take))
            elif args.confirm_name:
                family, given = args.confirm_name
                confirm_passport_name(patient.id, family, given, actor)
            else:
                day = parse_date(args.birth_date, what="--birth-date")
                record_birth_date(patient.id, day, actor, today=today(office_zone()))
    lines = identity_warnings(patient.id)
    if identity_flags(patient.id).birth_date_unknown:
        lines += ("Date of birth unknown: ask the patient (--birth-date)",)
    if not lines:
        print(f"{patient.mrn}: no open identity questions")
        return 0
    print(f"{patient.mrn} {patient.family_name}, {patient.given_name}:")
    for line in lines:
        print(f"  {line}")
    return 0
