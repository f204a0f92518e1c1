"""Render a specimen visa invitation letter (English, then Arabic) to docs/letters/: the PDF and
a PNG of each page, for review and the README. The letter is issued for real, into a throwaway
database (a patient with two companions, an estimate), signed with a throwaway key.

    .venv/bin/python scripts/render_letters.py [--out docs/letters] [--dpi 100]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "letters"))
    parser.add_argument("--dpi", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["FRONTDESK_HOME"] = home  # the throwaway key lives and dies here
        pdf = _issue(Path(home) / "letters.sqlite3")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "visa-letter.pdf").write_bytes(pdf)
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index, name in enumerate(("visa-letter-en.png", "visa-letter-ar.png")):
            document[index].render(scale=args.dpi / 72).to_pil().save(out / name)
    finally:
        document.close()
    print(f"wrote {out}/visa-letter.pdf, visa-letter-en.png, visa-letter-ar.png")
    return 0


def _issue(path: Path) -> bytes:
    from zoneinfo import ZoneInfo

    from frontdesk import clock
    from frontdesk.printing.letter_pdf import render_letter
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.appointments import AppointmentInput, upsert_appointment
    from frontdesk.services.clearance import set_estimate
    from frontdesk.services.letters import issue_letter, letter_content
    from frontdesk.services.office import set_office_info, set_office_zone
    from frontdesk.services.patient_input import PatientInput
    from frontdesk.services.patients import CompanionInput, add_companion, save_patient
    from frontdesk.store.database import close_database, open_database
    from frontdesk.store.models import database_proxy

    boston = ZoneInfo("America/New_York")
    first = dt.date(2026, 11, 30)
    open_database(f"sqlite:///{path}")
    try:
        create_staff("amal", "Amal Haddad")
        set_office_zone("America/New_York", None)
        actor = actor_for("amal", "Desk 1")
        set_office_info(
            actor,
            name="Massachusetts General Hospital — International Patient Center",
            address="Wang Ambulatory Care Center, 15 Parkman Street, Suite 120, Boston, MA 02114",
            phone="+1 617 726 2787",
        )
        patient, _ = save_patient(
            PatientInput(
                mrn="M00000042", family_name="Al-Qahtani", given_name="Mohammed",
                native_family_name="القحطاني", native_given_name="محمد",
                date_of_birth="1970-02-14", sex="M", nationality="SAU",
                passport_no="S98765432", preferred_language="ar",
            ),
            actor,
        )  # fmt: skip
        for n, day in enumerate((first, first + dt.timedelta(days=2))):
            start = dt.datetime.combine(day, dt.time(9, 30), tzinfo=boston)
            with database_proxy.atomic():
                appointment, _ = upsert_appointment(
                    AppointmentInput(external_id=f"A-{n}", start=start), patient, actor
                )
        for given, relation, number, born in (
            ("Noura", "wife", "S12345678", "1974-06-02"),
            ("Faisal", "son", "T7654321", "1999-01-10"),
        ):
            companion = CompanionInput(
                "Al-Qahtani", given, relationship=relation, passport_no=number,
                nationality="SAU", date_of_birth=born,
            )  # fmt: skip
            add_companion(patient.id, companion, actor)
        with clock.frozen(dt.datetime(2026, 11, 2, 15, tzinfo=dt.UTC)):
            set_estimate(appointment.visit_id, "48750.50", "SAR", actor, today=first)
            letter, token = issue_letter(patient.id, actor, day=first, language="ar")
        return render_letter(letter_content(letter), token, key_id=letter.key_id, language="ar")
    finally:
        close_database()


if __name__ == "__main__":
    sys.exit(main())
