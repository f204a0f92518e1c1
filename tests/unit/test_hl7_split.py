"""The HL7 split of hl7_fields is python-hl7's: proved against ``hl7.parse`` on the samples
and on generated messages (delimiters of every kind, empty pieces, escapes, any letters)."""

from __future__ import annotations

import hl7
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.services.schedule_import.hl7_fields import Fields
from tests.schedule_samples import day_messages, msh, segment


def python_hl7(text: str) -> list[list]:
    """hl7.parse's tree as plain lists: repetitions of components of subcomponents."""
    message = hl7.parse(text)
    out = []
    for seg in message:
        fields = []
        for field in seg[1:]:
            reps = []
            for rep in field:
                if isinstance(rep, str):
                    reps.append([[rep]])
                else:
                    reps.append([[c] if isinstance(c, str) else list(c) for c in rep])
            fields.append(reps)
        out.append([str(seg[0][0]), *fields])
    return out


def ours(text: str) -> list[list]:
    return Fields(text, "utf-8").structure()


def test_the_samples_split_as_python_hl7_splits_them():
    for message in day_messages():
        assert ours(message) == python_hl7(message)
    other = "\r".join(
        [msh("S12", "1", delimiters="#!$*"), segment("PID", {3: "A#B!C*D", 5: "x$T$y"})]
    )
    assert ours(other) == python_hl7(other)


pieces = st.text(alphabet="AB1 |^~&\\#!$*é김", max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["^~\\&", "#!$*", "^~\\&#"]),
    st.lists(st.lists(pieces, max_size=8), min_size=1, max_size=4),
    st.lists(st.sampled_from(["SCH", "PID", "AIS", "NTE", "ZX1"]), min_size=4, max_size=4),
)
def test_generated_messages_split_as_python_hl7_splits_them(delimiters, bodies, ids):
    head = f"MSH|{delimiters}|APP|FAC"
    segments = [head] + [f"{ids[k]}|" + "|".join(body) for k, body in enumerate(bodies)]
    text = "\r".join(segments)
    assert ours(text) == python_hl7(text)
