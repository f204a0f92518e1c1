"""A large import on SQLite writes its new patients in chunks that nobody sees half done
(issue 12): between two chunks a desk checks patients in and registers patients (its writes
get in), while search, the day's schedule, the case board and the audit verifier see nothing
of the file; after its last step they see all of it. A station that dies between chunks leaves
rows nobody ever saw, which the next import sweeps; a plan gone stale in the last step is swept
and planned again. The model the reads are checked against is the file itself: before the last
step none of its rows, after it every one."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from frontdesk.errors import InputError
from frontdesk.services.case_board import case_board
from frontdesk.services.checkin import check_in
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.patients import save_patient
from frontdesk.services.schedule import day_schedule
from frontdesk.services.schedule_import import chunked_write, import_schedule_bytes, writer
from frontdesk.services.search import search_patients
from frontdesk.store import import_runs
from frontdesk.store.audit_verify import verify_chain
from frontdesk.store.case_rows import board_visits
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import (
    Appointment,
    AuditEvent,
    ImportRun,
    Patient,
    SearchPosting,
    SearchTerm,
    Visit,
)
from frontdesk.store.search_index import patients_with_visit_on

from .helpers import DAY
from .test_csv_import import csv_bytes

NEWCOMERS = 30  # 5 chunks of 7 patients (the last one 2), two appointments each
PER_CHUNK = 7


def _row(external_id: str, hour: int, mrn: str, family: str, given: str, phone="") -> str:
    return (
        f"{external_id},{DAY.isoformat()}T{hour:02d}:00,30,Imaging,Radiology team,Lunder 1,MRI,,"
        f"{mrn},{family},{given},,,1980-01-01,F,USA,,en,no,{phone},"
    )


def _family(n: int) -> str:  # a name nobody has: new terms for the vocabulary
    return "Zorv" + "".join(chr(ord("a") + int(d)) for d in f"{n:03d}")


def _file(phone: str = "") -> bytes:
    rows = [
        _row(f"K-{n}-{k}", 8 + k, f"K{n:03d}", _family(n), "Ilse")
        for n in range(NEWCOMERS)
        for k in (1, 2)
    ]
    rows.append(_row("K-E", 13, "E1", "Existing", "Ona", phone))  # known already: last step
    return csv_bytes(rows)


@pytest.fixture
def sqlite_actor(tmp_path, monkeypatch):
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.office import set_office_zone

    open_database(f"sqlite:///{tmp_path / 'frontdesk.sqlite3'}")
    create_staff("amal", "Amal Haddad")
    set_office_zone("America/New_York", None)
    monkeypatch.setattr(writer, "CHUNKED_MIN_NEWCOMERS", 10)
    monkeypatch.setattr(chunked_write, "PATIENTS_PER_CHUNK", PER_CHUNK)
    yield actor_for("amal", "Desk 1")
    close_database()


def _known(actor) -> tuple[int, int]:
    """A patient the desk knows, expected today (E1, whom the file books too), and another."""
    import_schedule_bytes(csv_bytes([_row("D-1", 9, "E1", "Existing", "Ona")]), actor)
    import_schedule_bytes(csv_bytes([_row("D-2", 10, "E2", "Waiting", "Ren")]), actor)
    return Patient.get(Patient.mrn == "E1").id, Patient.get(Patient.mrn == "E2").id


def _import_calling(hook, data: bytes, actor):
    """The file imported with ``hook(chunk number, run id)`` called after each chunk's commit:
    what a desk does meanwhile."""
    chunked_write.after_chunk = hook
    try:
        return import_schedule_bytes(data, actor)
    finally:
        chunked_write.after_chunk = None


def _seen() -> dict:
    """What a desk sees of the day (through the reads the window and the CLI use)."""
    return {
        "search": sorted(h.patient.mrn for h in search_patients("zorv", limit=200)),
        "mrn": sorted(h.patient.mrn for h in search_patients("K0", limit=200)),
        "schedule": sorted(e.external_id for e in day_schedule(DAY)),
        "patients": Patient.select().count(),
        "visits": Visit.select().where(Visit.local_date == DAY).count(),
        "appointments": Appointment.select().count(),
        "expected": len(patients_with_visit_on(DAY, 1000)),
        "board": len(board_visits(DAY, DAY)),
        "board rows": len(case_board(DAY, 1)),
    }


def test_a_file_written_in_chunks_is_seen_all_at_once(sqlite_actor):
    actor = sqlite_actor
    e1, e2 = _known(actor)
    before = _seen()
    seen_between: list[dict] = []
    hidden_between: list[int] = []
    desk_ids: list[int] = []

    def a_desk_between_chunks(number: int, run_id: int) -> None:
        seen_between.append(_seen())
        hidden_between.append(Patient.select_including_unfinished().count())
        report = verify_chain()  # the run's unsealed records are an unfinished import's
        assert report.ok and report.unfinished > 0
        assert ImportRun.get_by_id(run_id).state == "writing"
        if number == 0:  # the desk's writes get in between two chunks
            assert not check_in(e2, DAY, actor).already
            desk, _ = save_patient(
                PatientInput(
                    mrn="W1", family_name="Walkin", given_name="Ada", date_of_birth="1990-01-01"
                ),
                actor,
            )
            desk_ids.append(desk.id)
        if number == 1:  # an MRN the file is adding (its chunk is written): said, not a crash
            with pytest.raises(InputError, match="being added by a schedule import"):
                _register_k029(actor)

    report = _import_calling(a_desk_between_chunks, _file(), actor)
    assert not report.errors
    assert report.appointments["created"] == 2 * NEWCOMERS + 1
    assert len(seen_between) == 5  # chunks of 7, 7, 7, 7 and 2 patients
    for number, seen in enumerate(seen_between):
        # nothing of the file, whatever was written: only the desk's own walk-in and check-in
        assert seen == dict(before, patients=before["patients"] + min(number, 1)), number
    # the last patients' chunk first (2 of them), then 7 at a time; the desk's walk-in after it
    assert hidden_between == [before["patients"] + n for n in (2, 10, 17, 24, 31)]
    # the desk's patient took an id above every id the file had given (no clash later)
    run = ImportRun.get()
    assert run.state == "done"
    low, high = map(int, run.patient_ids.split("-"))
    assert high - low + 1 == NEWCOMERS and desk_ids[0] > high

    after = _seen()
    newcomers = sorted(f"K{n:03d}" for n in range(NEWCOMERS))
    assert after["search"] == newcomers  # the search caches learnt of the whole file at once
    assert after["mrn"] == newcomers
    assert len(after["schedule"]) == len(before["schedule"]) + 2 * NEWCOMERS + 1
    assert after["visits"] == before["visits"] + NEWCOMERS
    assert after["expected"] == before["expected"] + NEWCOMERS
    assert after["board"] == before["board"] + NEWCOMERS
    # each appointment with its patient and that patient's visit; the index agrees
    for n in range(NEWCOMERS):
        patient = Patient.get(Patient.mrn == f"K{n:03d}")
        assert patient.import_run_id == run.id
        for k in (1, 2):
            a = Appointment.get(Appointment.external_id == f"K-{n}-{k}")
            assert (a.patient_id, a.visit.patient_id, a.visit.local_date) == (
                patient.id,
                patient.id,
                DAY,
            )
    for term in SearchTerm.select().where(SearchTerm.term.startswith("zorv")):
        assert term.df == SearchPosting.select().where(SearchPosting.term_id == term.id).count()
    known = Appointment.get(Appointment.external_id == "K-E")
    assert known.patient_id == e1 and known.import_run_id is None  # written by the last step
    assert verify_chain().ok
    created = AuditEvent.select().where(AuditEvent.action == "appointment.create")
    assert created.count() == 2 + 2 * NEWCOMERS + 1


def test_a_plan_gone_stale_in_the_last_step_is_swept_and_planned_again(sqlite_actor):
    """A desk edits the patient the file updates while the chunks are written: the last step
    finds it, the run's rows are swept, and the file is planned again and written."""
    actor = sqlite_actor
    e1, _e2 = _known(actor)
    edits: list[int] = []

    def a_desk_edits_the_patient(number: int, run_id: int) -> None:
        if number == 1 and not edits:
            edits.append(run_id)
            save_patient(
                PatientInput(
                    mrn="E1",
                    family_name="Existing",
                    given_name="Ona",
                    date_of_birth="1980-01-01",
                    email="ona@example.org",
                    sex="F",
                    nationality="USA",
                    preferred_language="en",
                ),
                actor,
            )

    report = _import_calling(a_desk_edits_the_patient, _file(phone="+1 617 555 0100"), actor)
    assert not report.errors
    assert report.appointments["created"] == 2 * NEWCOMERS + 1
    runs = {r.id: r.state for r in ImportRun.select()}
    assert runs[edits[0]] == "swept" and sorted(runs.values()) == ["done", "swept"]
    assert Patient.select_including_unfinished().where(Patient.mrn.startswith("K")).count() == (
        NEWCOMERS
    )
    ona = Patient.get_by_id(e1)
    assert ona.email == "ona@example.org" and ona.phone == "+16175550100"
    for term in SearchTerm.select().where(SearchTerm.term.startswith("zorv")):
        assert term.df == SearchPosting.select().where(SearchPosting.term_id == term.id).count()
    assert verify_chain().ok


DIES = textwrap.dedent(
    """
    import os, sys
    from frontdesk.store.database import open_database
    from frontdesk.services.actors import actor_for
    from frontdesk.services.schedule_import import chunked_write, import_schedule_bytes, writer
    open_database(sys.argv[1], upgrade=False)
    writer.CHUNKED_MIN_NEWCOMERS = 10
    chunked_write.PATIENTS_PER_CHUNK = int(sys.argv[3])
    def dies(number, run_id):
        if number == 2:
            os._exit(9)  # the station's power goes: no cleanup of any kind
    chunked_write.after_chunk = dies
    import_schedule_bytes(open(sys.argv[2], "rb").read(), actor_for("amal", "Station 2"))
    """
)


def _register_k029(actor):
    """A desk registers one of the MRNs the file adds."""
    new = PatientInput(mrn="K029", family_name="Other", given_name="Bo", date_of_birth="1990-01-01")
    return save_patient(new, actor)


def _dies_sweeping(ids: str, run_id: int) -> int:
    raise RuntimeError("the sweeping station's power goes")


def test_a_station_that_dies_between_chunks_leaves_nothing_seen_and_is_swept(
    sqlite_actor, tmp_path, monkeypatch
):
    actor = sqlite_actor
    _known(actor)
    before = _seen()
    before_terms = {t.term: t.df for t in SearchTerm.select()}
    records_before = AuditEvent.select().count()
    path = tmp_path / "file.csv"
    path.write_bytes(_file())
    url = f"sqlite:///{tmp_path / 'frontdesk.sqlite3'}"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    died = subprocess.run(
        [sys.executable, "-c", DIES, url, str(path), str(PER_CHUNK)], env=env, timeout=120
    )
    assert died.returncode == 9
    # three chunks (2, 7 and 7 patients) were written by the station that died: there, unseen
    assert Patient.select_including_unfinished().count() == before["patients"] + 2 + 2 * PER_CHUNK
    assert _seen() == before
    report = verify_chain()
    assert report.ok and report.unfinished == 3 * (3 * NEWCOMERS // 5)  # 3 of 5 slices
    with pytest.raises(InputError, match="being added by a schedule import"):
        _register_k029(actor)
    # once its station is taken for dead, a desk is told the MRN waits for a sweep
    monkeypatch.setattr(import_runs, "STALE_AFTER", import_runs.dt.timedelta(0))
    with pytest.raises(InputError, match="left half imported by Station 2"):
        _register_k029(actor)
    # a station sweeps it and dies too, half way (its audit records gone, its patients not)
    with monkeypatch.context() as patched:
        patched.setattr(import_runs, "_delete_patients", _dies_sweeping)
        with pytest.raises(RuntimeError):
            import_runs.sweep_abandoned()
    assert [r.state for r in ImportRun.select()] == ["swept"]
    assert Patient.select_including_unfinished().count() > before["patients"]
    assert _seen() == before and verify_chain().ok
    # the next station to open the file sweeps what is left
    close_database()
    open_database(url)
    assert Patient.select_including_unfinished().count() == before["patients"]
    assert import_runs.left_behind() == []
    # and the file imports whole
    report = import_schedule_bytes(_file(), actor)
    assert not report.errors and report.appointments["created"] == 2 * NEWCOMERS + 1
    states = sorted(r.state for r in ImportRun.select())
    assert states == ["done", "swept"]
    assert Patient.select_including_unfinished().count() == before["patients"] + NEWCOMERS
    assert Patient.select().count() == before["patients"] + NEWCOMERS
    # the swept run's postings, counts and audit records are gone with its rows
    for term in SearchTerm.select():
        count = SearchPosting.select().where(SearchPosting.term_id == term.id).count()
        assert term.df == count, term.term
        if term.term in before_terms and not term.term.startswith("zorv"):
            assert term.df >= before_terms[term.term]
    report = verify_chain()
    assert report.ok and report.unfinished == 0
    batched = AuditEvent.select().where(AuditEvent.batch.is_null(False)).count()
    assert batched == 3 * NEWCOMERS  # one file's records, not the dead station's too
    assert AuditEvent.select().count() > records_before


def test_a_run_swept_while_its_station_still_writes_can_commit_nothing_more(sqlite_actor):
    """Another station took this one for dead (a laptop asleep past the heartbeat's limit) and
    swept its run between two chunks: the next chunk cannot commit, nothing of the run shows,
    and the file is planned again and written once."""
    actor = sqlite_actor
    _known(actor)
    before = _seen()
    swept: list[int] = []
    seen_after_sweep: list[dict] = []

    def another_station_sweeps(number: int, run_id: int) -> None:
        if number == 1 and not swept:
            swept.append(run_id)
            import_runs.sweep(run_id)
            seen_after_sweep.append(_seen())

    report = _import_calling(another_station_sweeps, _file(), actor)
    assert not report.errors and report.appointments["created"] == 2 * NEWCOMERS + 1
    assert seen_after_sweep == [before]
    assert ImportRun.get_by_id(swept[0]).state == "swept"
    assert Patient.select_including_unfinished().count() == before["patients"] + NEWCOMERS
    gone = Appointment.select_including_unfinished().where(Appointment.import_run_id == swept[0])
    assert gone.count() == 0
    assert verify_chain().ok


def _walk_in(actor, n: int):
    from frontdesk.services.appointments import AppointmentInput, register_walk_in
    from frontdesk.services.office import office_zone

    start = dt.datetime.combine(DAY, dt.time(15, n % 60), tzinfo=office_zone())
    return register_walk_in(
        PatientInput(
            mrn=f"W{n}", family_name="Walkin", given_name=f"Ada{n}", date_of_birth="1990-01-01"
        ),
        AppointmentInput(external_id=f"WALK-{n}", start=start),
        actor,
    )


def _bookings_of_e1(actor, count: int) -> list[str]:
    ids = [f"D-{3 + i}" for i in range(count)]
    rows = [_row(d, 11, "E1", "Existing", "Ona") for d in ids]
    assert not import_schedule_bytes(csv_bytes(rows), actor).errors
    return ids


@pytest.mark.parametrize(
    "shape",
    [
        "new appointments",
        # the first chunk's patients (the file's last two) only take over bookings of E1: the
        # newcomers' largest appointment id belongs to a patient of another chunk
        "the last newcomers take over bookings",
        # no newcomer has a new appointment, a known patient has: the ids the file gave before
        # the chunks for the last step's visit and appointment are the largest
        "every newcomer takes over a booking, a known patient is booked",
    ],
)
def test_walk_ins_between_chunks_take_no_id_the_import_keeps(sqlite_actor, shape):
    """A walk-in (a patient, a visit, an appointment) registered at a desk between every two
    chunks gets an id nobody else uses: no chunk and not the last step finds its id taken."""
    actor = sqlite_actor
    _known(actor)
    if shape == "new appointments":
        rows = [
            _row(f"K-{n}-{k}", 8 + k, f"K{n:03d}", _family(n), "Ilse")
            for n in range(NEWCOMERS)
            for k in (1, 2)
        ]
    elif shape == "the last newcomers take over bookings":
        rows = [
            _row(f"K-{n}-{k}", 8 + k, f"K{n:03d}", _family(n), "Ilse")
            for n in range(NEWCOMERS - 2)
            for k in (1, 2)
        ]
        bookings = _bookings_of_e1(actor, 2)
        rows += [
            _row(d, 11, f"K{n:03d}", _family(n), "Ilse")
            for d, n in zip(bookings, (NEWCOMERS - 2, NEWCOMERS - 1), strict=True)
        ]
    else:
        bookings = _bookings_of_e1(actor, NEWCOMERS)
        rows = [_row(d, 11, f"K{n:03d}", _family(n), "Ilse") for n, d in enumerate(bookings)]
        save_patient(
            PatientInput(
                mrn="E3", family_name="Known", given_name="Tove", date_of_birth="1980-01-01"
            ),
            actor,
        )
        rows.append(_row("K-E3", 14, "E3", "Known", "Tove"))  # no visit that day: last step
    walk_ins = []

    def walk_in_between_chunks(number: int, run_id: int) -> None:
        walk_ins.append(_walk_in(actor, number))

    report = _import_calling(walk_in_between_chunks, csv_bytes(rows), actor)
    assert not report.errors, report.errors
    assert ImportRun.get().state == "done" and len(walk_ins) == 5
    for patient, appointment in walk_ins:  # each walk-in as the desk wrote it
        row = Appointment.get_by_id(appointment.id)
        assert (row.external_id, row.patient_id) == (appointment.external_id, patient.id)
        assert row.visit.patient_id == patient.id and row.import_run_id is None
    for n in range(NEWCOMERS):
        patient = Patient.get(Patient.mrn == f"K{n:03d}")
        mine = Appointment.select().where(Appointment.patient == patient.id)
        assert mine.count() >= 1 and all(a.visit.patient_id == patient.id for a in mine)
    if shape.endswith("is booked"):
        tove = Patient.get(Patient.mrn == "E3")
        booked = Appointment.get(Appointment.external_id == "K-E3")
        assert booked.patient_id == tove.id and booked.visit.local_date == DAY
        created = AuditEvent.select().where(
            (AuditEvent.action == "appointment.create") & (AuditEvent.object_id == str(booked.id))
        )
        assert created.count() == 1  # its record names the id it got in the last step
    assert verify_chain().ok


def test_a_message_arriving_during_the_chunks_waits_for_the_file(sqlite_actor):
    """An HL7 message (applied in a transaction of its own) meets an import between two of its
    chunks: it waits for the file's end before its transaction, so it plans against the whole
    file; a message whose transaction began anyway is refused, to be sent again, not applied
    against half a file."""
    import threading

    from frontdesk.services.mllp_receiver import receive_message
    from frontdesk.services.schedule_import import ImportFailed
    from frontdesk.store.models import database_proxy
    from tests.schedule_samples import siu

    actor = sqlite_actor
    _known(actor)
    acks: list = []
    refused: list[str] = []
    threads: list[threading.Thread] = []

    def a_message_meanwhile(number: int, run_id: int) -> None:
        if number != 1:
            return
        message = siu("S12", "0900", "H-1", "M1", "202611301000-0500").encode()
        threads.append(
            threading.Thread(target=lambda: acks.append(receive_message(message, actor)))
        )
        threads[0].start()
        cancel = _row("K-29-1", 9, "K029", _family(29), "Ilse").replace(",MRI,,", ",MRI,cancelled,")
        with database_proxy.atomic(), pytest.raises(ImportFailed) as failed:
            import_schedule_bytes(csv_bytes([cancel]), actor)
        refused.append(str(failed.value))

    report = _import_calling(a_message_meanwhile, _file(), actor)
    assert not report.errors
    threads[0].join(30)
    assert [ack.code for ack in acks] == ["AA"]
    assert "writing a schedule import right now" in refused[0]
    assert Appointment.get(Appointment.external_id == "K-29-1").status == "scheduled"
    # the message was applied after the file's last step, against the whole file
    summary = (
        AuditEvent.select().where(AuditEvent.action == "import.csv").order_by(AuditEvent.id.desc())
    ).first()  # the file's (the two before it are _known's)
    message = Appointment.get(Appointment.external_id == "H-1")
    created = AuditEvent.get(
        (AuditEvent.action == "appointment.create") & (AuditEvent.object_id == str(message.id))
    )
    assert created.id > summary.id


def test_the_audit_view_and_the_change_feed_leave_out_an_unfinished_import(sqlite_actor):
    from frontdesk.services.audit_view import audit_rows
    from frontdesk.store import changes

    actor = sqlite_actor
    _known(actor)
    cursor = changes.latest_event_id()
    looked: list[int] = []

    def look(number: int, run_id: int) -> None:
        hidden = {
            str(a.id)
            for a in Appointment.select_including_unfinished().where(
                Appointment.import_run_id == run_id
            )
        } | {
            str(p.id)
            for p in Patient.select_including_unfinished().where(Patient.import_run_id == run_id)
        }
        assert hidden
        rows = audit_rows(actor)
        assert not [r for r in rows if (r.object_type, r.object_id) in hidden]
        assert not [e for e in changes.events_after(cursor) if (e[1], e[2]) in hidden]
        looked.append(number)

    _import_calling(look, _file(), actor)
    assert looked == [0, 1, 2, 3, 4]
    after = audit_rows(actor)
    assert sum(r.action == "appointment.create" for r in after) == 2 + 2 * NEWCOMERS + 1
