"""Schedule import benchmark: 10,000 appointments from CSV, HL7 v2 SIU and FHIR R4.

    .venv/bin/python benchmarks/bench_import.py      # after bench_foundation.py (its database)

On a fresh copy of ``bench-data/foundation.sqlite3`` (1,000,000 patients) per format, a file of
10,000 appointments on 2026-12-01/02 for 8,000 patients: 6,000 already registered (their
details as the database has them) and 2,000 new ones, in the names and scripts of the demo
data. Measured, in one process, through ``import_schedule_bytes`` (what the CLI and the window
call): the import (read, check, write, commit), then the same file again; then the naive ways
on the HL7 records: (a) the foundation's CSV path, ``save_validated_patient`` +
``upsert_appointment`` per record in one transaction, and (b) one transaction per appointment
(1,000 records, extrapolated); and fhir.resources validating the FHIR file's resources.
Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_common import foundation_copy  # noqa: E402

APPOINTMENTS = 10_000
EXISTING, NEW = 6_000, 2_000
DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))
IDEOGRAPHIC = {
    "url": "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation",
    "valueCode": "IDE",
}
NATIVE = [("김", "민준"), ("王", "芳"), ("محمد", "القحطاني"), ("Иванов", "Иван"), ("田中", "由紀")]


def patients(copy: Path, seed: int = 11) -> list[dict]:
    import sqlite3

    with sqlite3.connect(copy) as raw:
        raw.row_factory = sqlite3.Row
        top = raw.execute("SELECT MAX(id) FROM patient").fetchone()[0]
        ids = random.Random(seed).sample(range(1, top + 1), EXISTING)
        found = []
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            marks = ",".join("?" * len(chunk))
            found += [
                dict(r) for r in raw.execute(f"SELECT * FROM patient WHERE id IN ({marks})", chunk)
            ]
    for p in found:
        # The demo registry's phone numbers are random digits that phonenumbers rightly
        # refuses; an export that left the phone out changes nothing of what the desk has.
        p["phone"] = None
    rng = random.Random(seed)
    for n in range(NEW):
        native = rng.choice(NATIVE)
        found.append(
            {
                "mrn": f"NEW{n:06d}",
                "family_name": "Newcomer",
                "given_name": f"Patient {n}",
                "native_family_name": native[0],
                "native_given_name": native[1],
                "date_of_birth": dt.date(rng.randint(1930, 1999), rng.randint(1, 12), 15),
                "sex": rng.choice("FM"),
                "nationality": "SAU",
                "passport_no": f"N{n:08d}",
                "preferred_language": "ar",
                "interpreter_needed": 0,
                "phone": f"+9665{n:08d}",
                "email": None,
            }
        )
    return found


def bookings(people: list[dict], seed: int = 12):
    rng = random.Random(seed)
    order = people + rng.sample(people, APPOINTMENTS - len(people))
    for k, p in enumerate(order):
        day = DAYS[k % 2]
        start = dt.datetime.combine(day, dt.time(7 + (k % 11), 5 * (k % 12)))
        yield f"B{k:06d}", start, p


def csv_file(people) -> bytes:
    head = (
        "appointment_id,start,duration_min,department,clinician,location,type,status,mrn,"
        "family_name,given_name,native_family_name,native_given_name,date_of_birth,sex,"
        "nationality,passport_no,preferred_language,phone"
    )
    lines = [head]
    for aid, start, p in bookings(people):
        cells = [
            aid, start.isoformat(timespec="minutes"), "30", "Cardiology", "Dr. Robert Kim",
            "Yawkey 5", "consultation", "", p["mrn"], p["family_name"], p["given_name"],
            p["native_family_name"] or "", p["native_given_name"] or "", str(p["date_of_birth"]),
            p["sex"], p["nationality"] or "", p["passport_no"] or "",
            p["preferred_language"] or "", p["phone"] or "",
        ]  # fmt: skip
        lines.append(",".join(c.replace(",", " ") for c in cells))
    return ("\r\n".join(lines) + "\r\n").encode()


def hl7_escape(text: str | None) -> str:
    return (text or "").replace("\\", "\\E\\").replace("&", "\\T\\").replace("^", "\\S\\")


def hl7_file(people) -> bytes:
    out = []
    for k, (aid, start, p) in enumerate(bookings(people)):
        when = start.strftime("%Y%m%d%H%M") + "-0500"
        ids = f"{p['mrn']}^^^MGH^MR" + (f"~{p['passport_no']}^^^^PPN" if p["passport_no"] else "")
        name = f"{hl7_escape(p['family_name'])}^{hl7_escape(p['given_name'])}^^^^^L^A"
        if p["native_family_name"]:
            native_given = hl7_escape(p["native_given_name"])
            name += f"~{hl7_escape(p['native_family_name'])}^{native_given}^^^^^L^I"
        phone = f"^PRN^PH^^^^^^^^^{p['phone']}" if p["phone"] else ""
        out.append(
            "\r".join(
                [
                    "MSH|^~\\&|EPIC|MGH|FRONTDESK|IPC|20261130060000-0500||SIU^S12^SIU_S12|"
                    f"C{k:06d}|P|2.5.1||||||UNICODE UTF-8",
                    f"SCH||{aid}^EPIC||||||CONSULT^Consultation|30|min|^^M30^{when}"
                    + "|" * 14
                    + "Booked",
                    f"PID|1||{ids}||{name}||{str(p['date_of_birth']).replace('-', '')}|{p['sex']}"
                    f"|||||{phone}||{p['preferred_language'] or ''}"
                    + "|" * 11
                    + (p["nationality"] or ""),
                    "RGS|1|A",
                    f"AIS|1|A|CONS^Consultation|{when}",
                    "AIL|1|A|Cardiology^512^^MGH^^^Yawkey Building^5",
                    "AIP|1|A|1234^Kim^Robert^^^Dr.|ATND^Attending",
                ]
            )
            + "\r"
        )
    return "".join(out).encode()


def fhir_file(people) -> bytes:
    v2 = "http://terminology.hl7.org/CodeSystem/v2-0203"
    entries = [
        {"fullUrl": "urn:uuid:dr", "resource": {"resourceType": "Practitioner", "id": "dr",
                                                 "name": [{"text": "Dr. Robert Kim"}]}},
        {"fullUrl": "urn:uuid:loc", "resource": {"resourceType": "Location", "id": "loc",
                                                  "name": "Yawkey 5"}},
    ]  # fmt: skip
    seen = set()
    for aid, start, p in bookings(people):
        ref = f"urn:uuid:{p['mrn']}"
        if p["mrn"] not in seen:
            seen.add(p["mrn"])
            identifiers = [{"type": {"coding": [{"system": v2, "code": "MR"}]}, "value": p["mrn"]}]
            if p["passport_no"]:
                identifiers.append(
                    {"type": {"coding": [{"system": v2, "code": "PPN"}]}, "value": p["passport_no"]}
                )
            names = [{"use": "official", "family": p["family_name"], "given": [p["given_name"]]}]
            if p["native_family_name"]:
                native = {"family": p["native_family_name"], "extension": [IDEOGRAPHIC]}
                if p["native_given_name"]:
                    native["given"] = [p["native_given_name"]]
                names.append(native)
            patient = {
                "resourceType": "Patient", "identifier": identifiers, "name": names,
                "birthDate": str(p["date_of_birth"]),
                "gender": {"F": "female", "M": "male", "X": "other"}.get(p["sex"], "unknown"),
            }  # fmt: skip
            if p["phone"]:
                patient["telecom"] = [{"system": "phone", "value": p["phone"]}]
            if p["preferred_language"]:
                patient["communication"] = [
                    {"language": {"coding": [{"code": p["preferred_language"]}]}}
                ]
            entries.append({"fullUrl": ref, "resource": patient})
        entries.append(
            {
                "resource": {
                    "resourceType": "Appointment", "id": aid, "status": "booked",
                    "specialty": [{"text": "Cardiology"}],
                    "appointmentType": {"text": "consultation"},
                    "start": start.isoformat() + "-05:00", "minutesDuration": 30,
                    "participant": [
                        {"actor": {"reference": ref}, "status": "accepted"},
                        {"actor": {"reference": "urn:uuid:dr"}, "status": "accepted"},
                        {"actor": {"reference": "urn:uuid:loc"}, "status": "accepted"},
                    ],
                }
            }
        )  # fmt: skip
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()


def timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def run_format(fmt: str, make, results: dict) -> bytes:
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.schedule_import import import_schedule_bytes
    from frontdesk.store.database import close_database, open_database

    with foundation_copy(f"import-{fmt}") as copy:
        data = make(patients(copy))
        open_database(f"sqlite:///{copy}")
        create_staff("bench", "Benchmark")
        actor = actor_for("bench", "Bench desk")
        first, report = timed(lambda: import_schedule_bytes(data, actor, name=fmt))
        again, report2 = timed(lambda: import_schedule_bytes(data, actor, name=fmt))
        assert report.appointments["created"] == APPOINTMENTS, report.describe()
        assert report2.appointments["unchanged"] == APPOINTMENTS, report2.describe()
        results[fmt] = {
            "bytes": len(data),
            "import": first,
            "reimport": again,
            "patients": dict(report.patients),
        }
        close_database()
    return data


def run_naive(hl7_data: bytes, results: dict) -> None:
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.appointments import upsert_appointment
    from frontdesk.services.office import office_zone
    from frontdesk.services.patients import save_validated_patient
    from frontdesk.services.schedule_import import parse_schedule
    from frontdesk.store.database import close_database, open_database
    from frontdesk.store.models import database_proxy

    def one(rec, actor):
        patient, _ = save_validated_patient(rec.patient, actor, fields=rec.supplied)
        upsert_appointment(rec.appointment, patient, actor)

    with foundation_copy("import-naive") as copy:
        open_database(f"sqlite:///{copy}")
        create_staff("bench", "Benchmark")
        actor = actor_for("bench", "Bench desk")
        parse_s, parsed = timed(lambda: parse_schedule(hl7_data, "hl7", tz=office_zone()))
        records = parsed.records

        def whole():
            with database_proxy.atomic():
                for rec in records:
                    one(rec, actor)

        results["naive_one_txn"], _ = timed(whole)
        results["naive_one_txn_again"], _ = timed(whole)
        results["hl7_parse"] = parse_s
        close_database()
    with foundation_copy("import-naive-txn") as copy:
        open_database(f"sqlite:///{copy}")
        create_staff("bench", "Benchmark")
        actor = actor_for("bench", "Bench desk")

        def each():
            for rec in records[:1000]:
                with database_proxy.atomic():
                    one(rec, actor)

        results["naive_per_txn_1000"], _ = timed(each)
        close_database()


def run_fhir_resources(fhir_data: bytes, results: dict) -> None:
    from fhir.resources.R4B import get_fhir_model_class

    bundle = json.loads(fhir_data)
    models = {}

    def validate():
        for entry in bundle["entry"]:
            resource = entry["resource"]
            kind = resource["resourceType"]
            model = models.get(kind) or models.setdefault(kind, get_fhir_model_class(kind))
            model.model_validate(resource)

    results["fhir_resources"], _ = timed(validate)
    results["fhir_resources_count"] = len(bundle["entry"])


def markdown(r: dict) -> str:
    rows = ["| measure | CSV | HL7 v2 SIU | FHIR R4 |", "|---|---|---|---|"]
    rows.append(
        "| file size | "
        + " | ".join(f"{r[f]['bytes'] / 1e6:.1f} MB" for f in ("csv", "hl7", "fhir"))
        + " |"
    )
    rows.append(
        "| **import, 10,000 appointments (read, check, write, commit)** | "
        + " | ".join(f"**{r[f]['import']:.2f} s**" for f in ("csv", "hl7", "fhir"))
        + " |"
    )
    rows.append(
        "| **the same file again (nothing changes)** | "
        + " | ".join(f"**{r[f]['reimport']:.2f} s**" for f in ("csv", "hl7", "fhir"))
        + " |"
    )
    rows.append("| patients created / unchanged | " + " | ".join(
        f"{r[f]['patients'].get('created', 0):,} / {r[f]['patients'].get('unchanged', 0):,}"
        for f in ("csv", "hl7", "fhir")) + " |")  # fmt: skip
    extra = [
        ("HL7: reading the 10,000 messages alone (python-hl7, checks)", f"{r['hl7_parse']:.2f} s"),
        ("naive (a): the foundation's path, save + upsert per record, one transaction",
         f"{r['naive_one_txn']:.2f} s"),
        ("naive (a), the same file again", f"{r['naive_one_txn_again']:.2f} s"),
        ("naive (b): one transaction per appointment, 1,000 records (x10 for the file)",
         f"{r['naive_per_txn_1000']:.2f} s (~{r['naive_per_txn_1000'] * 10:.0f} s)"),
        (f"fhir.resources (R4B) validating the FHIR file's {r['fhir_resources_count']:,} "
         "resources, one by one", f"{r['fhir_resources']:.2f} s"),
        ("benchmark process peak memory (RSS)", f"{r['rss_mb']:.0f} MB"),
    ]  # fmt: skip
    rows += ["", "| other measures | |", "|---|---|"]
    rows += [f"| {a} | {b} |" for a, b in extra]
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    results: dict = {}
    run_format("csv", csv_file, results)
    hl7_data = run_format("hl7", hl7_file, results)
    fhir_data = run_format("fhir", fhir_file, results)
    run_naive(hl7_data, results)
    run_fhir_resources(fhir_data, results)
    results["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
