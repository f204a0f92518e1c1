"""What a door says of a scan, in words a guard can repeat to the holder (translated with the
door's language): made here from the service's values (:class:`~frontdesk.services.door.
ScanResult`: a reason, the badge's dates, what a misread payload looks like).

    reasonLabel.setText(verdict_words(result, door.zone))
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from frontdesk.badge_token import TOKEN_LENGTH, Reason
from frontdesk.services.door import Misread, ScanResult


def reason_words(reason: Reason) -> str:
    """The refusal for a reason; {time} stands for the badge's start or end."""
    words = {
        Reason.MALFORMED: QCoreApplication.translate(
            "door", "Not a badge of this hospital (the code cannot be read as one)"
        ),
        Reason.UNKNOWN_KEY: QCoreApplication.translate(
            "door", "Not issued by this office (unknown signing key)"
        ),
        Reason.BAD_SIGNATURE: QCoreApplication.translate("door", "Forged or altered badge"),
        Reason.NOT_YET_VALID: QCoreApplication.translate(
            "door", "Not valid yet: valid from {time}"
        ),
        Reason.EXPIRED: QCoreApplication.translate("door", "Expired at {time}"),
        Reason.REVOKED: QCoreApplication.translate(
            "door", "Badge revoked: send the holder to the front desk"
        ),
        Reason.SUPERSEDED: QCoreApplication.translate(
            "door", "Replaced by a newer badge: this one no longer opens doors"
        ),
        Reason.WRONG_VERSION: QCoreApplication.translate(
            "door", "Badge of another version: send the holder to the front desk"
        ),
        Reason.NOT_AS_ISSUED: QCoreApplication.translate(
            "door", "Forged badge: it is not the badge the desk issued"
        ),
        Reason.NOT_IN_COPY: QCoreApplication.translate(
            "door", "Not in this door's list yet: send the holder to the front desk"
        ),
    }
    return words[reason]


def _local_time(instant: dt.datetime | None, zone: dt.tzinfo) -> str:
    """ "30 Nov 19:00" in the door's language, office time."""
    if instant is None:
        return ""
    local = instant.astimezone(zone)
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, "dd MMM HH:mm")


def verdict_words(result: ScanResult, zone: dt.tzinfo) -> str:
    """The verdict in plain words: "Valid", or why not and what to do."""
    if result.valid:
        return QCoreApplication.translate("door", "Valid")
    if result.reason is Reason.MALFORMED or result.reason is None:
        if result.misread is Misread.INCOMPLETE:
            return QCoreApplication.translate(
                "door", "Incomplete read ({n} of {total} characters): scan the badge again"
            ).format(n=result.length, total=TOKEN_LENGTH)
        if result.misread is Misread.SHORT:
            return QCoreApplication.translate(
                "door",
                "Not a badge of this hospital: a code of {n} characters (a wristband? another "
                "barcode?)",
            ).format(n=result.length)
        return reason_words(Reason.MALFORMED)
    when = result.valid_from if result.reason is Reason.NOT_YET_VALID else result.valid_until
    return reason_words(result.reason).format(time=_local_time(when, zone))
