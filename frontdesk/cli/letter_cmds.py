"""Visa invitation letters and companions' passports from the command line.

    frontdesk letter M00000042 --kind visa [--lang ar] [--date D] [--companion ID ...] \\
        [--purpose consultation|treatment|second_opinion|consultation_and_treatment] \\
        --staff amal -o letter.pdf
    frontdesk letters [MRN] [--json]                 # the register
    frontdesk revoke-letter VL-2026-00017 --reason "travel cancelled" --staff amal
    frontdesk verify-letter PAYLOAD [--on D] [--json]                  # with the register
    frontdesk verify-letter PAYLOAD --key keys.pem --key-id 3 [--on D]  # offline: no database
    frontdesk letter-keys                            # the public keys, to check letters offline
    frontdesk companion-passport ID --mrz "LINE1" "LINE2" --staff amal
    frontdesk companion-passport ID --passport X1234567 --nationality SAU --born 1992-04-03 ...

``verify-letter`` exits 0 for a valid letter and 1 for a refused one, with one reason:
``malformed``, ``not_a_letter``, ``unknown_key``, ``bad_signature``, ``expired``, ``revoked``
or ``not_as_issued``.
"""

from __future__ import annotations

import json
import sys

from frontdesk.cli.case_cmds import acting_actor, add_actor_options
from frontdesk.cli.common import all_or_nothing, check_output, day_arg, open_db, write_pdf
from frontdesk.errors import ConfigError, InputError
from frontdesk.timeutil import parse_date


def register(sub) -> None:
    letter = sub.add_parser("letter", help="issue a visa invitation letter (a signed PDF)")
    letter.add_argument("mrn")
    letter.add_argument("--kind", choices=["visa"], default="visa")
    letter.add_argument("--lang", metavar="TAG", help="the second language (default: patient's)")
    letter.add_argument("--date", metavar="D", help="the stay on or after this day (today)")
    letter.add_argument(
        "--companion",
        type=int,
        action="append",
        metavar="ID",
        help="a companion travelling (default: all; see frontdesk companions)",
    )
    letter.add_argument("--purpose", default="consultation_and_treatment")
    letter.add_argument("--purpose-text", metavar="TEXT", help="the office's own words instead")
    letter.add_argument("--coordinator", metavar="NAME", help="(default: the staff member)")
    letter.add_argument("--paper", choices=["letter", "a4"], default="letter")
    letter.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    letter.add_argument("--json", action="store_true")
    add_actor_options(letter)
    letter.set_defaults(handler=cmd_letter)

    letters = sub.add_parser("letters", help="the register of visa letters")
    letters.add_argument("mrn", nargs="?")
    letters.add_argument("--json", action="store_true")
    letters.set_defaults(handler=cmd_letters)

    revoke = sub.add_parser("revoke-letter", help="revoke a visa letter: it no longer verifies")
    revoke.add_argument("number")
    revoke.add_argument("--reason", required=True)
    add_actor_options(revoke)
    revoke.set_defaults(handler=cmd_revoke)

    check = sub.add_parser("verify-letter", help="check a visa letter's QR text")
    check.add_argument("payload")
    check.add_argument("--on", metavar="D", help="the day it is checked on (today)")
    check.add_argument("--key", metavar="FILE.pem", help="offline: a public key (letter-keys)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_verify)

    keys = sub.add_parser("letter-keys", help="the public keys that sign letters (PEM)")
    keys.set_defaults(handler=cmd_keys)

    passport = sub.add_parser("companion-passport", help="a companion's passport details")
    passport.add_argument("companion_id", type=int)
    passport.add_argument("--mrz", nargs=2, metavar=("LINE1", "LINE2"))
    passport.add_argument("--passport", metavar="NUMBER")
    passport.add_argument("--nationality", metavar="CODE")
    passport.add_argument("--born", metavar="D")
    add_actor_options(passport)
    passport.set_defaults(handler=cmd_companion_passport)


def cmd_letter(args, url: str) -> int:
    from frontdesk.printing.letter_pdf import render_letter
    from frontdesk.services.letters import issue_letter, letter_content
    from frontdesk.services.patients import patient_by_mrn

    check_output(args.output)
    open_db(url)
    day = day_arg(args.date)
    actor = acting_actor(args)
    patient = patient_by_mrn(args.mrn)
    language = args.lang or patient.preferred_language
    with all_or_nothing():  # nothing registered unless the PDF is written
        letter, token = issue_letter(
            patient.id,
            actor,
            day=day,
            companion_ids=args.companion,
            language=language,
            purpose=args.purpose,
            purpose_text=args.purpose_text,
            coordinator=args.coordinator,
        )
        content = letter_content(letter)
        pdf = render_letter(
            content, token, key_id=letter.key_id, language=language, paper=args.paper
        )
        write_pdf(args.output, pdf)
    if args.json:
        print(json.dumps({"number": letter.number, "token": token, "file": args.output}))
    else:
        travellers = len(content["travellers"])
        print(f"{letter.number}: visa letter for {travellers} travellers -> {args.output}")
    return 0


def cmd_letters(args, url: str) -> int:
    from frontdesk.services.letters import register as letter_register
    from frontdesk.services.office import office_zone
    from frontdesk.services.patients import patient_by_mrn

    open_db(url)
    patient_id = patient_by_mrn(args.mrn).id if args.mrn else None
    lines = letter_register(patient_id)
    tz = office_zone()
    if args.json:
        print(json.dumps([line.as_json(tz) for line in lines], ensure_ascii=False, indent=1))
        return 0
    if not lines:
        print("no visa letters")
        return 0
    for line in lines:
        state = f"revoked: {line.revoked_reason}" if line.revoked_at else "valid"
        print(
            f"{line.number}  {line.mrn}  {line.patient} (+{line.travellers - 1})  "
            f"{line.first_day} to {line.last_day}  issued {line.issued_at.astimezone(tz):%Y-%m-%d}"
            f" by {line.issued_by or '?'}  {state}"
        )
    return 0


def cmd_revoke(args, url: str) -> int:
    from frontdesk.services.letters import revoke_letter

    open_db(url)
    actor = acting_actor(args)
    letter = revoke_letter(args.number, actor, reason=args.reason)
    print(f"{letter.number}: revoked ({letter.revoked_reason})")
    return 0


def cmd_verify(args, url: str) -> int:
    on = parse_date(args.on, what="--on") if args.on else None
    if args.key:
        return _verify_offline(args, on)
    from frontdesk.services.letters import verify_letter

    open_db(url)
    check = verify_letter(args.payload, on)
    if args.json:
        print(json.dumps(check.as_json(), ensure_ascii=False, indent=1))
    elif check.valid:
        v = check.verdict
        print(f"valid: letter {check.number}, issued {v.issued_on}, valid until {v.valid_until}")
        for t in (check.content or {}).get("travellers", []):
            name = f"{t['given_name']} {t['family_name'].upper()}"
            print(f"  {name}  {t['passport_no']}  {t['nationality']}")
    else:
        reason = check.verdict.reason
        print(f"refused: {reason.value if reason else 'unknown'}")
    return 0 if check.valid else 1


def _verify_offline(args, on) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    from frontdesk import clock
    from frontdesk.letter_token import verify

    try:
        with open(args.key, "rb") as handle:
            pem = handle.read()
    except OSError as error:
        raise ConfigError(f"cannot read {args.key}: {error.strerror}") from None
    keys = {}
    for block in pem.split(b"-----END PUBLIC KEY-----"):
        if b"BEGIN PUBLIC KEY" not in block:
            continue
        head, _, body = block.partition(b"-----BEGIN PUBLIC KEY-----")
        key = load_pem_public_key(
            b"-----BEGIN PUBLIC KEY-----" + body + b"-----END PUBLIC KEY-----"
        )
        if not isinstance(key, Ed25519PublicKey):
            raise InputError(f"{args.key} holds a key that is not Ed25519")
        key_id = next((int(w) for w in head.split() if w.isdigit()), None)  # "# key 3"
        keys[key_id] = key
    if not keys:
        raise InputError(f"{args.key} holds no public key (see frontdesk letter-keys)")
    single = next(iter(keys.values())) if len(keys) == 1 else None
    verdict = verify(
        args.payload, on or clock.now().date(), lambda kid: keys.get(kid, single), lambda i: None
    )
    result = {
        "valid": verdict.valid,
        "reason": verdict.reason.value if verdict.reason else None,
        "letter_id": verdict.letter_id,
        "key_id": verdict.key_id,
        "issued_on": verdict.issued_on.isoformat() if verdict.issued_on else None,
        "valid_until": verdict.valid_until.isoformat() if verdict.valid_until else None,
        "revocation_checked": False,
    }
    if args.json:
        print(json.dumps(result, indent=1))
    elif verdict.valid:
        print(
            f"signature valid: letter id {verdict.letter_id}, issued {verdict.issued_on}, valid "
            f"until {verdict.valid_until} (offline: revocation not checked; ask the office)"
        )
    else:
        print(f"refused: {verdict.reason.value if verdict.reason else 'unknown'}")
    return 0 if verdict.valid else 1


def cmd_keys(args, url: str) -> int:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from frontdesk.services.letters import public_keys

    open_db(url)
    keys = public_keys()
    if not keys:
        print("no signing keys yet (made with a desk's first badge or letter)", file=sys.stderr)
        return 0
    for key_id, public_hex, retired in keys:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        pem = public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")
        state = f" (retired {retired:%Y-%m-%d})" if retired else ""
        print(f"# key {key_id}{state}\n{pem}", end="")
    return 0


def cmd_companion_passport(args, url: str) -> int:
    from frontdesk.mrz import read_td3
    from frontdesk.services.companion_passports import set_companion_passport

    zone = read_td3(*args.mrz) if args.mrz else None
    if zone is None and not (args.passport or args.nationality or args.born):
        raise InputError("give --mrz LINE1 LINE2, or --passport, --nationality and --born")
    open_db(url)
    actor = acting_actor(args)
    companion = set_companion_passport(
        args.companion_id,
        actor,
        zone=zone,
        passport_no=args.passport,
        nationality=args.nationality,
        date_of_birth=args.born,
    )
    born = companion.date_of_birth.isoformat() if companion.date_of_birth else "?"
    print(
        f"{companion.id}: {companion.given_name} {companion.family_name.upper()}  "
        f"{companion.passport_no or '-'}  {companion.nationality or '-'}  born {born}"
    )
    return 0
