"""Visit summaries from the database and the CLI: every appointment in time order, the
patient's language, a stay of several days, the office's own words, and nothing else."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from frontdesk.cli import main
from frontdesk.domain import AppointmentStatus
from frontdesk.errors import InputError
from frontdesk.services.office import office_settings, set_office_info, summary_paper
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.services.visit_summary import summary_languages, summary_pdf
from frontdesk.store.database import close_database
from frontdesk.store.models import AuditEvent
from tests.pdf_reading import page_sizes, pdf_text

from .helpers import DAY, book, make_patient


@pytest.fixture
def layla(actor):
    patient = make_patient(
        actor,
        mrn="L1",
        native_family_name="حداد",
        native_given_name="ليلى",
        preferred_language="ar",
        interpreter_needed=True,
        passport_no="X1234567",
        nationality="JOR",
        phone="+962 79 123 4567",
        email="layla@example.com",
        local_address="Liberty Hotel, room 1204",
    )
    # booked out of order: the page sorts by time
    book(
        actor,
        patient,
        "A3",
        15,
        department="Oncology",
        clinician="Dr. Chen",
        location="Yawkey Building, floor 9, room 901",
        type="chemotherapy review",
    )
    book(
        actor,
        patient,
        "A1",
        8,
        30,
        department="Laboratory",
        location="Wang Building, floor 2, room 210",
        type="lab",
    )
    book(
        actor,
        patient,
        "A2",
        10,
        department="Cardiology",
        clinician="Dr. Stone",
        location="Yawkey Building, floor 5, room 512",
        type="consultation",
    )
    book(actor, patient, "A4", 12, department="Dermatology", status=AppointmentStatus.CANCELLED)
    book(actor, patient, "B1", 9, day=DAY + dt.timedelta(days=2), department="Urology",
         clinician="Dr. Cohen", location="Wang Building, floor 5, room 502")  # fmt: skip
    add_companion(patient.id, CompanionInput("Haddad", "Omar", "حداد", "عمر", "son"), actor)
    return patient


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", pdf_text(pdf))


def test_every_appointment_of_the_day_in_time_order_in_the_patients_language(layla):
    printed = summary_pdf(layla.id, DAY)
    assert (printed.language, printed.days, printed.appointments) == ("ar", 1, 3)
    text = _flat(printed.pdf)
    order = [text.index(d) for d in ("Laboratory", "Cardiology", "Oncology")]
    assert order == sorted(order)
    for place in ("Wang Building, floor 2, room 210", "Yawkey Building, floor 5, room 512"):
        assert place in text
    assert "Dr. Stone" in text and "Dr. Chen" in text
    assert "ملخص" in text and "الزيارة" in text and "العربية" in text  # title, interpreter
    assert "Dermatology" not in text  # cancelled: not where to go
    assert "Urology" not in text  # another day


def test_nothing_but_the_listed_fields_is_on_the_page(layla):
    text = _flat(summary_pdf(layla.id, DAY, language="en").pdf)
    for private in (
        "L1",  # MRN
        "1980",  # date of birth
        "05-17",
        "X1234567",  # passport
        "JOR",
        "Jordan",
        "962",  # the patient's phone
        "example.com",
        "Liberty Hotel",
        "chemotherapy",  # the appointment type: no hint of a diagnosis
        "consultation",
    ):
        assert private not in text, private
    allowed = (
        "Visit summary Monday, November 30, 2026 Patient: Layla HADDAD ليلى حداد Appointments "
        "8:30 – 9:00 AM 10:00 – 10:30 AM 3:00 – 3:30 PM Laboratory Cardiology Oncology "
        "Clinician: Dr. Stone Dr. Chen Place: Wang Building, floor 2, room 210 "
        "Yawkey Building, floor 5, room 512 Yawkey Building, floor 9, room 901 "
        "Interpreter: Arabic Companions Omar HADDAD عمر حداد son "
        "What to bring / where to go first International Patient Center Page 1 of 1 · "
        "Please bring your passport, this summary, your insurance card or payment guarantee "
        "letter, your recent medical reports and images, and a list of the medicines you take. "
        "On arrival, go first to the International Patient Center desk, where we will check you "
        "in and give you your visitor badges."
    )
    words = set(re.findall(r"[^\s:·,.–]+", allowed))
    printed = set(re.findall(r"[^\s:·,.–]+", text))
    assert printed - words == set()


def test_a_stay_of_several_days_and_the_language_chosen_when_printing(layla):
    printed = summary_pdf(layla.id, DAY, DAY + dt.timedelta(days=2), language="zh-Hans")
    assert (printed.language, printed.days, printed.appointments) == ("zh", 2, 4)
    text = re.sub(r"\s+", "", pdf_text(printed.pdf))
    assert "2026年11月30日星期一" in text and "2026年12月2日星期三" in text
    assert text.index("Oncology") < text.index("Urology")
    assert "就诊摘要" in text and "翻译:阿拉伯语" in text


def test_an_unknown_preferred_language_prints_in_english(actor):
    patient = make_patient(actor, mrn="V1", family="Nguyen", given="Anh", preferred_language="vi")
    book(actor, patient, "V1", 9, department="Imaging")
    printed = summary_pdf(patient.id, DAY)
    assert printed.language == "en"
    assert "Visit summary" in pdf_text(printed.pdf)
    assert summary_pdf(patient.id, DAY, language="tlh").language == "en"


def test_refused_without_appointments_or_with_a_backwards_stay(layla):
    with pytest.raises(InputError, match="no appointments"):
        summary_pdf(layla.id, DAY + dt.timedelta(days=1))
    with pytest.raises(InputError, match="before it starts"):
        summary_pdf(layla.id, DAY, DAY - dt.timedelta(days=1))


def test_the_office_sets_its_details_and_advice_with_an_audit_record(layla, actor):
    changed = set_office_info(
        actor,
        name="Harbor Hospital IPC",
        address="15 Parkman Street\nBoston",
        phone="+1 617 726 2787",
        hours="Mon–Fri 7:30–18:00",
        note="Come to the desk on floor 1 first.",
        paper="a4",
    )
    assert len(changed) == 6
    set_office_info(actor, note="توجه أولاً إلى المكتب في الطابق الأول.", note_language="ar")
    assert set_office_info(actor, phone="+1 617 726 2787") == []  # unchanged: no record
    events = list(AuditEvent.select().where(AuditEvent.action == "setting.change"))
    keys = {e.object_id for e in events}
    assert {"office.name", "office.phone", "office.note", "office.note.ar"} <= keys
    assert all(e.staff_id == actor.staff.id for e in events if e.object_id != "office.timezone")
    assert summary_paper() == "a4" and office_settings()["office.hours"] == "Mon–Fri 7:30–18:00"

    english = summary_pdf(layla.id, DAY, language="en")
    assert page_sizes(english.pdf)[0] == pytest.approx((595.3, 841.9), abs=0.5)
    text = _flat(english.pdf)
    assert "Harbor Hospital IPC" in text and "Phone: +1 617 726 2787" in text
    assert "Come to the desk on floor 1 first." in text and "Please bring" not in text
    arabic = _flat(summary_pdf(layla.id, DAY, paper="letter").pdf)
    assert "الطابق" in arabic and "Come to the desk" not in arabic
    with pytest.raises(InputError):
        set_office_info(actor, paper="legal")
    with pytest.raises(InputError):
        set_office_info(actor, name="x" * 201)


def test_the_languages_offered(db):
    codes = [code for code, _name in summary_languages()]
    assert codes[0] == "en" and {"es", "pt", "ar", "zh", "ru"} <= set(codes)
    assert dict(summary_languages())["ar"] == "Arabic — العربية"


@pytest.fixture
def cli(db_url, capsys, layla):
    close_database()

    def run(*args):
        code = main(["--db", db_url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run
    close_database()


def test_cli_summary_and_office_info(cli, tmp_path):
    out = tmp_path / "day.pdf"
    code, stdout, _ = cli("summary", "L1", "--date", "2026-11-30", "-o", str(out))
    assert code == 0 and "3 appointments, in ar on letter" in stdout
    assert "ملخص" in pdf_text(out.read_bytes())
    stay = tmp_path / "stay.pdf"
    args = ("summary", "l1", "--from", "2026-11-30", "--to", "2026-12-02", "--lang", "pt-BR")
    code, stdout, _ = cli(*args, "--paper", "a4", "-o", str(stay))
    assert code == 0 and "2 days, 4 appointments, in pt on a4" in stdout
    assert "Resumo da visita" in pdf_text(stay.read_bytes())

    code, stdout, _ = cli("office-info", "--name", "Harbor IPC", "--address", r"Suite 1\nBoston")
    assert code == 0 and "name:    Harbor IPC" in stdout and "Suite 1\nBoston" in stdout
    note = tmp_path / "note.txt"
    note.write_text("Первым делом подойдите к стойке на 1 этаже.", encoding="utf-8")
    code, stdout, _ = cli("office-info", "--note-file", str(note), "--note-lang", "ru")
    assert code == 0 and "note (ru): Первым делом" in stdout
    code, _, _ = cli("summary", "L1", "--date", "2026-11-30", "--lang", "ru", "-o", str(out))
    assert "Первым делом" in pdf_text(out.read_bytes()) and "Harbor IPC" in pdf_text(
        out.read_bytes()
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("summary", "L1", "--date", "2026-12-01", "-o", "x.pdf"), "no appointments"),
        (("summary", "NOPE", "--date", "2026-11-30", "-o", "x.pdf"), "no patient"),
        (("summary", "L1", "--to", "2026-12-01", "-o", "x.pdf"), "--to needs --from"),
        (("summary", "L1", "--date", "31/02/2026", "-o", "x.pdf"), "--date"),
        (("office-info", "--note", "x", "--note-lang", "nl"), "no summary catalog"),
    ],
)
def test_cli_bad_input_is_one_line_and_status_2(cli, tmp_path, args, words):
    args = tuple(str(tmp_path / a) if a == "x.pdf" else a for a in args)
    code, stdout, err = cli(*args)
    assert code == 2 and words in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
    json.dumps(stdout)  # nothing half-printed that breaks a caller
