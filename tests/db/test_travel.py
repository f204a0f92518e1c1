"""Travel per stay, and the arrivals and departures sheets of a day across time zones."""

from __future__ import annotations

import datetime as dt

import pytest

from frontdesk import clock
from frontdesk.errors import InputError
from frontdesk.services.arrivals import arrivals_on, departures_on
from frontdesk.services.travel import save_travel, travel_of
from frontdesk.store.models import AuditEvent, Companion, Patient

from .helpers import DAY, book, make_patient

NOV_29 = DAY - dt.timedelta(days=1)


def visit_of(actor, mrn, family, given, hour=9, day=DAY, **extra):
    patient = make_patient(actor, mrn, family, given, **extra)
    return book(actor, patient, f"A-{mrn}", hour, day=day).visit_id


def test_times_are_typed_in_the_airports_zone_and_stored_as_instants(actor):
    visit = visit_of(actor, "M1", "Al-Qahtani", "Mohammed")
    with clock.frozen(dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC)):
        travel, changed = save_travel(
            visit,
            {
                "arrival_number": "sv35",
                "arrival_from": "ruh",
                "arrival_place": "bos",
                "arrival_time": "2026-11-29 18:05",
                "pickup_by": "Logan Car Service",
                "pickup_meeting_point": "Terminal E arrivals, door 4",
                "stay_address": "Liberty Hotel, 215 Charles St (room 804)",
                "stay_check_in": "2026-11-29",
                "stay_check_out": "2026-12-04",
                "departure_number": "SV 36",
                "departure_place": "BOS",
                "departure_to": "RUH",
                "departure_time": "2026-12-04 20:30",
            },
            actor,
        )
    assert travel.arrival_number == "SV 35" and travel.arrival_mode.value == "flight"
    assert (travel.arrival_from, travel.arrival_place, travel.arrival_zone) == (
        "RUH",
        "BOS",
        "America/New_York",
    )
    assert travel.arrival_at == dt.datetime(2026, 11, 29, 23, 5, tzinfo=dt.UTC)
    assert travel.pickup_booked  # naming the driver books the pickup
    assert "arrival_at" in changed and "pickup_booked" in changed
    # The hotel becomes the patient's local address, which the desk's panel shows.
    assert Patient.get(Patient.mrn == "M1").local_address.startswith("Liberty Hotel")
    audit = AuditEvent.get(AuditEvent.action == "travel.update")
    assert audit.object_id == str(visit) and '"arrival_number"' in audit.details
    # Only the fields given change; the same values again change nothing.
    again, changed = save_travel(visit, {"arrival_number": "SV 35"}, actor)
    assert changed == [] and again.departure_number == "SV 36"
    assert travel_of(visit).as_json(dt.UTC)["arrival"]["at_local"] == "2026-11-29T18:05:00-05:00"


@pytest.mark.parametrize(
    ("fields", "where", "words"),
    [
        ({"arrival_time": "29/11/2026 6pm"}, "arrival_time", "not a date and time"),
        ({"arrival_time": "2026-11-29 18:00", "arrival_zone": "Mars/Base"}, "arrival_zone", "zone"),
        (
            {"stay_check_in": "2026-12-04", "stay_check_out": "2026-11-29"},
            "stay_check_out",
            "before",
        ),
        (
            {"arrival_time": "2026-12-05 10:00", "departure_time": "2026-12-04 10:00"},
            "departure_time",
            "before the arrival",
        ),
        ({"arrival_mode": "camel"}, "arrival_mode", "flight, train or road"),
        ({"pickup_booked": "perhaps"}, "pickup_booked", "yes/no"),
        ({"gate": "B12"}, None, "unknown travel field"),
    ],
)
def test_bad_travel_is_refused_with_its_field_and_nothing_is_written(actor, fields, where, words):
    visit = visit_of(actor, "M1", "Haddad", "Layla")
    with pytest.raises(InputError, match=words) as caught:
        save_travel(visit, fields, actor)
    if where:
        assert caught.value.where == where
    assert travel_of(visit) is None


def test_the_arrivals_sheet_is_the_offices_day_across_zones(actor):
    """New York office. Boston 23:50 lands on the 29th; JFK 00:20 and Chicago 23:30 (00:30 in
    New York) land on the 30th; a train's time needs no airport."""
    late_boston = visit_of(
        actor, "M1", "Al-Qahtani", "Mohammed", preferred_language="ar", interpreter_needed=True
    )
    after_midnight = visit_of(
        actor,
        "M2",
        "Kim",
        "Min-jun",
        native_given_name="민준",
        native_family_name="김",
        preferred_language="ko",
    )
    chicago = visit_of(
        actor, "M3", "Ivanova", "Olga", preferred_language="ru", interpreter_needed=True
    )
    by_train = visit_of(actor, "M4", "Silva", "João", preferred_language="pt-BR")
    Companion.create(
        patient=Patient.get(Patient.mrn == "M1"), family_name="Al-Qahtani", given_name="Noura"
    )
    save_travel(
        late_boston,
        {
            "arrival_number": "EK 237",
            "arrival_from": "DXB",
            "arrival_place": "BOS",
            "arrival_time": "2026-11-29 23:50",
            "pickup_by": "Logan Car Service",
            "pickup_time": "2026-11-30 00:30",
        },
        actor,
    )
    save_travel(
        after_midnight,
        {
            "arrival_number": "KE 85",
            "arrival_from": "ICN",
            "arrival_place": "JFK",
            "arrival_time": "2026-11-30 00:20",
        },
        actor,
    )
    save_travel(
        chicago,
        {
            "arrival_number": "AA 100",
            "arrival_from": "SVO",
            "arrival_place": "ORD",
            "arrival_time": "2026-11-29 23:30",
        },
        actor,
    )
    save_travel(
        by_train,
        {
            "arrival_mode": "train",
            "arrival_number": "Acela 2153",
            "arrival_from": "New York Penn",
            "arrival_place": "Boston Back Bay",
            "arrival_time": "2026-11-30 13:02",
        },
        actor,
    )

    sheet_29 = arrivals_on(NOV_29)
    assert [(m.family_name, m.at.strftime("%H:%M")) for m in sheet_29] == [("Al-Qahtani", "23:50")]
    first = sheet_29[0]
    assert first.party == 2 and first.interpreter_needed and first.language == "ar"
    assert first.pickup_by == "Logan Car Service" and first.pickup_at.strftime("%H:%M") == "00:30"
    assert first.at_there is None  # Boston is on office time

    sheet_30 = arrivals_on(DAY)
    assert [(m.family_name, m.at.strftime("%m-%d %H:%M"), m.number) for m in sheet_30] == [
        ("Kim", "11-30 00:20", "KE 85"),
        ("Ivanova", "11-30 00:30", "AA 100"),
        ("Silva", "11-30 13:02", "Acela 2153"),
    ]
    chicago_line = sheet_30[1]
    assert chicago_line.at_there.strftime("%m-%d %H:%M") == "11-29 23:30"
    assert sheet_30[2].mode.value == "train" and sheet_30[2].place == "Boston Back Bay"
    assert sheet_30[0].native_name == "김민준"
    as_json = sheet_30[1].as_json()
    assert as_json["at"] == "2026-11-30T00:30:00-05:00"
    assert as_json["at_local"] == "2026-11-29T23:30:00-06:00"
    assert "mrn" not in as_json["patient"]  # the sheet goes to drivers: minimum necessary


def test_the_departures_sheet(actor):
    visit = visit_of(actor, "M1", "Tanaka", "Yuki")
    save_travel(
        visit,
        {
            "departure_number": "JL 7",
            "departure_place": "BOS",
            "departure_to": "NRT",
            "departure_time": "2026-12-02 13:25",
            "departure_transfer_by": "Hotel shuttle",
        },
        actor,
    )
    sheet = departures_on(dt.date(2026, 12, 2))
    assert [(m.family_name, m.number, m.other_end, m.pickup_by) for m in sheet] == [
        ("Tanaka", "JL 7", "NRT", "Hotel shuttle")
    ]
    assert arrivals_on(dt.date(2026, 12, 2)) == []
