"""The question before the day's batch: on which stock, and on which printer.

    dialog = DayBatchDialog(day, settings, parent)
    dialog.accepted.connect(lambda: start(dialog.layout_key(), dialog.printer()))
    dialog.open()

Each layout brings back the printer last used for it (a sheet printer for sheets, a label
printer for labels); the printers show their state (ready, paused, offline, rejecting jobs),
asked from a worker and refreshed while the dialog is open; "PDF file" is a choice of its own.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from frontdesk.gui.badge_output import PDF_FILE, fill_printer_choice, printer_choices
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.jobs import LatestJob
from frontdesk.printing.badge_layouts import LAYOUTS

REFRESH_MS = 5000


class DayBatchDialog(QDialog):
    printers_shown = Signal()

    def __init__(self, day: dt.date, settings: DeskSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._printers: list | None = []
        self.setWindowTitle(self.tr("The day's badges"))
        self.intro = QLabel(
            self.tr("Badges for every patient expected on {day} and their companions.").format(
                day=QLocale().toString(day, "d MMM yyyy")
            )
        )
        self.intro.setWordWrap(True)
        self.layout_combo = QComboBox()
        for layout in LAYOUTS.values():
            self.layout_combo.addItem(layout.title, layout.key)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(settings.batch_layout)))
        self.printer_combo = QComboBox()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.tr("&Stock"), self.layout_combo)
        form.addRow(self.tr("&Printer"), self.printer_combo)
        form.addRow(self.warning)
        form.addRow(self.buttons)
        fill_printer_choice(
            self.printer_combo, settings.pdf_folder, settings.printer_for(self.layout_key()), []
        )
        self.job = LatestJob(self, opens_database=False, failed=lambda _error: None)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_printers)
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.printer_combo.currentIndexChanged.connect(self._printer_changed)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.refresh_printers()
        self.timer.start()

    def layout_key(self) -> str:
        return self.layout_combo.currentData()

    def printer(self) -> str:
        return self.printer_combo.currentData() or PDF_FILE

    def refresh_printers(self) -> None:
        self.job.submit(printer_choices, done=self._show_printers)

    def _show_printers(self, printers) -> None:
        self._printers = printers
        fill_printer_choice(self.printer_combo, self.settings.pdf_folder, self.printer(), printers)
        self._show_problem()
        self.printers_shown.emit()

    def _show_problem(self) -> None:
        chosen = next((p for p in self._printers or () if p.name == self.printer()), None)
        if chosen is not None and chosen.problem:
            self.warning.setText(chosen.problem)
        elif self._printers is None and self.printer() != PDF_FILE:
            self.warning.setText(self.tr("The print system (CUPS) does not answer."))
        else:
            self.warning.clear()

    def _layout_changed(self) -> None:
        wanted = self.settings.printer_for(self.layout_key())
        fill_printer_choice(self.printer_combo, self.settings.pdf_folder, wanted, self._printers)
        self._show_problem()

    def _printer_changed(self) -> None:
        self._show_problem()

    def _accept(self) -> None:
        self.settings.batch_layout = self.layout_key()
        self.settings.remember_printer(self.layout_key(), self.printer())
        self.accept()

    def done(self, result: int) -> None:
        self.timer.stop()
        self.job.close()
        super().done(result)
