"""The case dialog's travel form: arrival, pickup, where the patient stays, departure.

    form = TravelForm(zone)
    form.show_travel(stay.travel)                   # None: nothing known yet
    form.save_requested.connect(dialog.save_travel) # the fields the coordinator changed

Times are typed as the ticket prints them, in the local time of the airport or station (the
zone comes from the airport's code, see :mod:`frontdesk.services.travel`), and shown back the
same way, with the office's time beside them. Only the fields changed are sent; the service
checks them and names the field that is wrong.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.vocabulary import translated
from frontdesk.services.travel import Travel
from frontdesk.timeutil import zone as named_zone

_TIME_HINT = QT_TRANSLATE_NOOP("TravelForm", "YYYY-MM-DD HH:MM, as on the ticket")
_MODES = (
    ("", "—"),
    ("flight", QT_TRANSLATE_NOOP("TravelForm", "Flight")),
    ("train", QT_TRANSLATE_NOOP("TravelForm", "Train")),
    ("road", QT_TRANSLATE_NOOP("TravelForm", "Road")),
)
# The fields that belong together: a time is read in its place's zone, so they go as one.
_ARRIVAL = ("arrival_mode", "arrival_number", "arrival_from", "arrival_place", "arrival_time")
_DEPARTURE = (
    "departure_mode",
    "departure_number",
    "departure_place",
    "departure_to",
    "departure_time",
)
_PICKUP_TIME = ("pickup_time", "arrival_place")


def _local(instant: dt.datetime | None, zone_name: str | None, office: dt.tzinfo) -> str:
    if instant is None:
        return ""
    try:
        there = named_zone(zone_name) if zone_name else office
    except Exception:  # a zone this computer's tz database lacks: show office time
        there = office
    return instant.astimezone(there).strftime("%Y-%m-%d %H:%M")


def travel_values(travel: Travel | None, office: dt.tzinfo) -> dict[str, object]:
    """What the form shows for a stay's travel, field by field (times as typed there)."""
    if travel is None:
        return {}
    return {
        "arrival_mode": travel.arrival_mode.value if travel.arrival_mode else "",
        "arrival_number": travel.arrival_number or "",
        "arrival_from": travel.arrival_from or "",
        "arrival_place": travel.arrival_place or "",
        "arrival_time": _local(travel.arrival_at, travel.arrival_zone, office),
        "pickup_booked": travel.pickup_booked,
        "pickup_by": travel.pickup_by or "",
        "pickup_meeting_point": travel.pickup_meeting_point or "",
        "pickup_time": _local(travel.pickup_at, travel.arrival_zone, office),
        "stay_address": travel.stay_address or "",
        "stay_check_in": travel.stay_check_in.isoformat() if travel.stay_check_in else "",
        "stay_check_out": travel.stay_check_out.isoformat() if travel.stay_check_out else "",
        "departure_mode": travel.departure_mode.value if travel.departure_mode else "",
        "departure_number": travel.departure_number or "",
        "departure_place": travel.departure_place or "",
        "departure_to": travel.departure_to or "",
        "departure_time": _local(travel.departure_at, travel.departure_zone, office),
        "departure_transfer_by": travel.departure_transfer_by or "",
        "note": travel.note or "",
    }


class TravelForm(QWidget):
    save_requested = Signal(dict)  # field -> value, only what changed (with its companions)

    def __init__(self, office: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.shown: dict[str, object] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.modes: dict[str, QComboBox] = {}
        self.pickup_check = QCheckBox(self.tr("Pickup booked"), self)
        self.office_times: dict[str, QLabel] = {}

        arrival = QGroupBox(self.tr("Arrival"), self)
        form = QFormLayout(arrival)
        form.addRow(self.tr("By"), self._mode("arrival_mode"))
        form.addRow(self.tr("Flight / train"), self._edit("arrival_number", "SV 35"))
        form.addRow(self.tr("From"), self._edit("arrival_from", "RUH"))
        form.addRow(self.tr("Lands at"), self._edit("arrival_place", "BOS"))
        form.addRow(self.tr("Local time there"), self._time("arrival_time"))
        pickup = QGroupBox(self.tr("Pickup"), self)
        form = QFormLayout(pickup)
        form.addRow("", self.pickup_check)
        form.addRow(self.tr("By"), self._edit("pickup_by", self.tr("driver or company")))
        form.addRow(self.tr("Meeting point"), self._edit("pickup_meeting_point", ""))
        form.addRow(self.tr("At (local time)"), self._time("pickup_time"))
        stay = QGroupBox(self.tr("Where they stay"), self)
        form = QFormLayout(stay)
        form.addRow(self.tr("Address"), self._edit("stay_address", self.tr("hotel, street")))
        form.addRow(self.tr("Check-in"), self._edit("stay_check_in", "YYYY-MM-DD"))
        form.addRow(self.tr("Check-out"), self._edit("stay_check_out", "YYYY-MM-DD"))
        departure = QGroupBox(self.tr("Departure"), self)
        form = QFormLayout(departure)
        form.addRow(self.tr("By"), self._mode("departure_mode"))
        form.addRow(self.tr("Flight / train"), self._edit("departure_number", ""))
        form.addRow(self.tr("Leaves from"), self._edit("departure_place", "BOS"))
        form.addRow(self.tr("To"), self._edit("departure_to", ""))
        form.addRow(self.tr("Local time there"), self._time("departure_time"))
        form.addRow(self.tr("Transfer by"), self._edit("departure_transfer_by", ""))

        grid = QGridLayout()
        grid.addWidget(arrival, 0, 0)
        grid.addWidget(pickup, 0, 1)
        grid.addWidget(departure, 1, 0)
        grid.addWidget(stay, 1, 1)
        self.save_button = QPushButton(self.tr("Save travel"), self)
        self.save_button.setObjectName("saveTravelButton")
        self.revert_button = QPushButton(self.tr("Revert"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Note"), self))
        buttons.addWidget(self._edit("note", ""), 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.show_values(self.shown))
        self.edits["pickup_by"].textEdited.connect(
            lambda text: self.pickup_check.setChecked(True) if text.strip() else None
        )

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        self.edits[name] = edit
        return edit

    def _time(self, name: str) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._edit(name, translated("TravelForm", _TIME_HINT)), 1)
        office = QLabel(box)
        office.setObjectName(f"{name}_office")
        self.office_times[name] = office
        row.addWidget(office)
        return box

    def _mode(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, title in _MODES:
            combo.addItem(translated("TravelForm", title), value)
        self.modes[name] = combo
        return combo

    # -- showing ------------------------------------------------------------------------------
    def show_travel(self, travel: Travel | None) -> None:
        self.show_values(travel_values(travel, self.office))
        for name, instant in (
            ("arrival_time", travel.arrival_at if travel else None),
            ("pickup_time", travel.pickup_at if travel else None),
            ("departure_time", travel.departure_at if travel else None),
        ):
            self.office_times[name].setText(
                self.tr("office time {time}").format(
                    time=instant.astimezone(self.office).strftime("%a %d %b %H:%M")
                )
                if instant
                else ""
            )

    def show_values(self, values: dict[str, object]) -> None:
        self.shown = dict(values)
        for name, edit in self.edits.items():
            edit.setText(str(values.get(name, "") or ""))
        for name, combo in self.modes.items():
            combo.setCurrentIndex(max(0, combo.findData(values.get(name, "") or "")))
        self.pickup_check.setChecked(bool(values.get("pickup_booked", False)))

    def values(self) -> dict[str, object]:
        """The form as it stands now."""
        now: dict[str, object] = {name: edit.text().strip() for name, edit in self.edits.items()}
        for name, combo in self.modes.items():
            now[name] = combo.currentData() or ""
        now["pickup_booked"] = self.pickup_check.isChecked()
        return now

    def changes(self) -> dict[str, object]:
        """The fields to send: those changed, with the fields they are read together with
        (a time goes with its place, whose airport gives its zone)."""
        now = self.values()
        before = {
            name: self.shown.get(name, False if name == "pickup_booked" else "") for name in now
        }
        changed = {name for name in now if now[name] != before[name]}
        for group in (_ARRIVAL, _DEPARTURE, _PICKUP_TIME):
            if changed & set(group):
                changed |= set(group)
        out = {name: now[name] for name in sorted(changed)}
        for name in ("arrival_mode", "departure_mode"):
            if out.get(name) == "" and not before.get(name):
                del out[name]  # left empty: the service tells a flight by its airport
        if "pickup_time" in out:  # read in the arrival's zone (the airport's)
            out.setdefault("arrival_place", now["arrival_place"])
        return out

    def save(self) -> None:
        changes = self.changes()
        if changes:
            self.save_requested.emit(changes)
