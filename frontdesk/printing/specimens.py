"""Specimen badges: one holder for each script a badge must print, for the documentation's
pictures (``scripts/render_badges.py``), the tests and the benchmark. Not patients: made-up
names, signed with a throwaway key.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from frontdesk.badge_token import BadgeClaims, HolderType, sign
from frontdesk.printing.badge_pdf import BadgeFace

# (holder, passport name, native-script name, destination)
HOLDERS: tuple[tuple[HolderType, str, str | None, str | None], ...] = (
    (HolderType.PATIENT, "Mohammed AL-QAHTANI", "محمد القحطاني", "Yawkey Building, floor 7"),
    (HolderType.COMPANION, "Noa LEVI", "נועה לוי", "Yawkey Building, floor 7"),
    (HolderType.PATIENT, "Xiaoming WANG", "王小明", "Wang Building, floor 3"),
    (HolderType.PATIENT, "Min-jun KIM", "김민준", "Lunder Building, floor 6"),
    (HolderType.INTERPRETER, "Dmitry IVANOV", "Дмитрий Иванов", "Lunder Building, floor 6"),
    (
        HolderType.PATIENT,
        "Georgios PAPADOPOULOS",
        "Γεώργιος Παπαδόπουλος",
        "Wang Building, floor 4",
    ),
    (HolderType.PATIENT, "Somchai JAIDEE", "สมชาย ใจดี", "Yawkey Building, floor 5"),
    (HolderType.COMPANION, "Priya SHARMA", "प्रिया शर्मा", "Yawkey Building, floor 5"),
    (HolderType.VISITOR, "Thi Minh Khai NGUYEN", "Nguyễn Thị Minh Khai", "Wang Building, floor 3"),
)
OFFICE = ZoneInfo("America/New_York")
DAY = dt.date(2026, 11, 30)


def specimen_faces(count: int | None = None, photo: bytes | None = None) -> list[BadgeFace]:
    """``count`` specimen badges (default one per holder above), each with its own valid
    token; with ``photo``, the first holder's badge carries it."""
    key = Ed25519PrivateKey.generate()
    start = dt.datetime.combine(DAY, dt.time(7), tzinfo=OFFICE)
    end = dt.datetime.combine(DAY, dt.time(19), tzinfo=OFFICE)
    faces = []
    for i in range(count if count is not None else len(HOLDERS)):
        holder, name, native, destination = HOLDERS[i % len(HOLDERS)]
        until = end + dt.timedelta(days=3) if i % len(HOLDERS) == 1 else end
        token = sign(BadgeClaims(1, 1000 + i, holder, start, until), key)
        faces.append(
            BadgeFace(
                holder,
                name,
                native,
                start,
                until,
                destination,
                f"B-{1000 + i}",
                token,
                photo if i == 0 else None,
            )
        )
    return faces
