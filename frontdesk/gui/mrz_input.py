"""A passport's machine-readable zone typed into a form: by a keyboard-wedge reader or pasted.

    reader = MrzInput(today, parent=dialog)
    dialog.layout().insertWidget(0, reader)
    reader.zone_read.connect(dialog.fill_from_passport)      # a PassportZone, every digit checked

A keyboard-wedge MRZ reader types the two 44-character lines, each ended by Enter, into the
field that has the focus; a person may paste them. While the lines are incomplete the field
counts characters; once both are in, :func:`frontdesk.mrz.read_td3` checks every check digit
and the field says what it read, or, in red with "⚠", which field is wrong and where (nothing
is filled then). An expired passport is read and filled, with a warning.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from frontdesk.gui.dialog_form import error_colour, set_small
from frontdesk.mrz import LINE_LENGTH, MrzError, PassportZone, read_td3, split_lines


class MrzInput(QWidget):
    zone_read = Signal(object)  # PassportZone

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.zone: PassportZone | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        self.caption = QLabel(self.tr("Passport MRZ (scan with the reader, or paste both lines)"))
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("mrzEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.edit.setFont(font)
        metrics = QFontMetrics(font)
        self.edit.setFixedHeight(metrics.lineSpacing() * 3 + 14)  # the reader's last Enter too
        self.edit.setMinimumWidth(metrics.horizontalAdvance("<" * (LINE_LENGTH + 2)))
        self.edit.setPlaceholderText("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
        self.caption.setBuddy(self.edit)
        self.status = QLabel(self)
        self.status.setObjectName("mrzStatus")
        self.status.setWordWrap(True)
        set_small(self.status, QPalette.ColorRole.PlaceholderText)
        self._quiet = self.status.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for widget in (self.caption, self.edit, self.status):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self._read)
        self._show("", None)

    def _read(self) -> None:
        text = self.edit.toPlainText()
        parts = text.split()
        complete = (len(parts) == 2 and all(len(p) >= LINE_LENGTH for p in parts)) or (
            len(parts) == 1 and len(parts[0]) >= 2 * LINE_LENGTH
        )
        if not complete:
            self.zone = None
            typed = [len(p) for p in parts] or [0]
            count = " + ".join(f"{n}/{LINE_LENGTH}" for n in typed[:2])
            self._show(self.tr("{count} characters").format(count=count) if parts else "", None)
            return
        try:
            zone = read_td3(*split_lines(text), today=self._today)
        except MrzError as error:
            self.zone = None
            self._show("⚠ " + str(error), error_colour(self))
            return
        self.zone = zone
        born = zone.date_of_birth.isoformat() if zone.date_of_birth else "?"
        read = self.tr("✓ Read: {name}, passport {number} ({nationality}), born {born}").format(
            name=f"{zone.family_name}, {zone.given_names}".strip(", "),
            number=zone.passport_number,
            nationality=zone.nationality,
            born=born,
        )
        if zone.expired(self._today):
            warning = self.tr("⚠ This passport expired on {day}.").format(
                day=zone.expiry.isoformat()
            )
            self._show(f"{read}\n{warning}", "#9a6700")
        else:
            self._show(read, None)
        self.zone_read.emit(zone)

    def _show(self, text: str, colour: str | None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"QLabel {{ color: {colour or self._quiet}; }}")
        self.status.setVisible(bool(text))
