"""Property-based fuzzing of the three schedule parsers: whatever the bytes, a parser returns
records and located problems; it never raises (the import then raises only ImportFailed)."""

from __future__ import annotations

import copy
import json
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontdesk.services.schedule_import import Problem, ScheduleRecord, parse_schedule
from tests.db.test_csv_import import ROWS, csv_bytes
from tests.schedule_samples import collection_bundle, day_messages, fhir_bytes, hl7_file

TZ = ZoneInfo("America/New_York")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HL7 = hl7_file(day_messages()[:4])
FHIR = fhir_bytes(collection_bundle())
CSV = csv_bytes(ROWS)


def check(data: bytes, fmt: str) -> None:
    result = parse_schedule(data, fmt, tz=TZ, name="fuzz")
    assert all(isinstance(r, ScheduleRecord) for r in result.records)
    assert all(isinstance(p, Problem) and p.message for p in result.problems + result.notices)
    # every unit read is a record, or has a problem, or a notice that says why it was left
    # alone: nothing is dropped silently
    said = {p.unit for p in result.problems} | {n.unit for n in result.notices}
    assert len(result.records) + len(said - {r.unit for r in result.records}) >= result.units


@st.composite
def mutated(draw, sample: bytes, alphabet: bytes):
    """The sample with a few bytes replaced, inserted or cut, or truncated."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 8))):
        where = draw(st.integers(0, max(0, len(data) - 1)))
        kind = draw(st.sampled_from(["replace", "insert", "delete", "truncate"]))
        byte = draw(st.sampled_from(list(alphabet)))
        if kind == "replace" and data:
            data[where] = byte
        elif kind == "insert":
            data.insert(where, byte)
        elif kind == "delete" and data:
            del data[where]
        elif kind == "truncate":
            del data[where:]
    return bytes(data)


HL7_BYTES = b"|^~\\&\r\n\x0b\x1cMSHPIDSC0123456789+-.XTFERN \xc3\xa9\xff"
JSON_BYTES = b'{}[]":,0123456789-+.TZetrufalsn \\\xc3\xa9\xff'
CSV_BYTES = b',;"\r\n0123456789-:TAZ \xef\xbb\xbf\xff'


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    for fmt in ("hl7", "fhir", "csv", "auto"):
        check(data, fmt)


@FUZZ
@given(mutated(HL7, HL7_BYTES))
def test_mutated_hl7(data):
    check(data, "hl7")


@FUZZ
@given(mutated(FHIR, JSON_BYTES))
def test_mutated_fhir(data):
    check(data, "fhir")


@FUZZ
@given(mutated(CSV, CSV_BYTES))
def test_mutated_csv(data):
    check(data, "csv")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=9),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(st.data())
def test_fhir_elements_of_the_wrong_shape(data):
    """Any element of a real bundle replaced by any JSON value: a located problem or a record."""
    bundle = copy.deepcopy(collection_bundle())  # the samples share parts: never mutate them
    node = bundle
    path: list = []
    while isinstance(node, dict | list) and node and data.draw(st.booleans()):
        key = data.draw(
            st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node)))
        )
        path.append(key)
        node = node[key]
    if not path:
        return
    parent = bundle
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = data.draw(json_values)
    check(json.dumps(bundle).encode(), "fhir")


XML_BYTES = b"<>/=\"' abcdefgilmnoprstuvxPatientAppointment&;!-?[]\xc3\xa9\x00\xff"


@FUZZ
@given(st.data())
def test_mutated_fhir_xml(data):
    from tests.db.test_import_liberal import XML_BOOKING

    check(data.draw(mutated(XML_BOOKING, XML_BYTES)), "fhir")
