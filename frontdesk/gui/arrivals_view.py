"""The arrivals (and departures) sheet of a day in the window, and its PDF for the drivers.

    view = ArrivalsDialog(day, zone, pdf_folder, parent=window)
    view.open()                   # arrivals; the choice above the table switches to departures

A day is the office's day: a flight that lands after midnight office time is on the next day's
sheet (:mod:`frontdesk.services.arrivals`). The sheet is read, and its PDF drawn and saved, on
a worker (:class:`~frontdesk.gui.jobs.LatestJob`); the PDF goes into the station's PDF folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.badge_output import save_pdf
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.lines_model import LinesModel
from frontdesk.gui.vocabulary import translated
from frontdesk.locales import language_english_name
from frontdesk.printing.arrivals_pdf import movements_pdf
from frontdesk.services.arrivals import Movement, arrivals_on, departures_on
from frontdesk.services.office import summary_paper

_Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("MovementsModel", "When"),
    QT_TRANSLATE_NOOP("MovementsModel", "Flight / train"),
    QT_TRANSLATE_NOOP("MovementsModel", "Patient"),
    QT_TRANSLATE_NOOP("MovementsModel", "Party"),
    QT_TRANSLATE_NOOP("MovementsModel", "Language"),
    QT_TRANSLATE_NOOP("MovementsModel", "Phone"),
    QT_TRANSLATE_NOOP("MovementsModel", "Pickup"),
    QT_TRANSLATE_NOOP("MovementsModel", "Stays at"),
)


def _when(m: Movement) -> str:
    text = m.at.strftime("%H:%M")
    if m.at_there is not None:
        text += f" ({m.at_there:%H:%M} " + "local)"
    return text


class MovementsModel(LinesModel):
    headers = HEADERS
    lines: list[Movement]

    def header(self, section: int) -> str:
        return translated("MovementsModel", HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m = self.lines[index.row()]
        name = f"{m.family_name.upper()}, {m.given_name}"
        if m.native_name:
            name += f" · {m.native_name}"
        language = language_english_name(m.language) or m.language or ""
        if m.interpreter_needed:
            language += " · " + self.tr("interpreter")
        pickup = ""
        if m.pickup_booked or m.pickup_by:
            at = f" {m.pickup_at:%H:%M}" if m.pickup_at else ""
            pickup = " · ".join(
                filter(None, ((m.pickup_by or self.tr("booked")) + at, m.meeting_point))
            )
        else:
            pickup = self.tr("✖ none")
        travel = " ".join(filter(None, (m.number, f"{m.other_end or ''}→{m.place or ''}")))
        return (
            _when(m),
            travel,
            name,
            str(m.party),
            language,
            m.phone or "",
            pickup,
            m.stay_address or "",
        )[index.column()]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _sheet(day: dt.date, arriving: bool, zone: dt.tzinfo) -> tuple[dt.date, bool, list[Movement]]:
    return day, arriving, (arrivals_on if arriving else departures_on)(day, tz=zone)


def _save(sheet, day, zone, arriving, folder) -> Path:
    pdf = movements_pdf(sheet, day, zone, arriving=arriving, paper=summary_paper())
    word = "arrivals" if arriving else "departures"
    return save_pdf(pdf, folder, f"{word} {day.isoformat()}")


class ArrivalsDialog(QDialog):
    loaded = Signal()
    saved = Signal(str)  # the PDF's path
    failed = Signal(str)

    def __init__(
        self, day: dt.date, zone: dt.tzinfo, pdf_folder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalsView")
        self.zone, self.pdf_folder = zone, pdf_folder
        self.shown: tuple[dt.date, bool] | None = None
        self.read_job = LatestJob(self, failed=self._failed)
        self.pdf_job = LatestJob(self, failed=self._failed)
        self.setWindowTitle(self.tr("Arrivals and departures"))
        self.resize(1180, 560)
        self.date_edit = QDateEdit(_qdate(day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Arrivals"), True)
        self.kind_combo.addItem(self.tr("Departures"), False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.model = MovementsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 130, 240, 44, 140, 120, 230)):
            self.table.setColumnWidth(column, width)
        self.pdf_button = QPushButton(self.tr("Save PDF"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(self.date_edit)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.date_edit.dateChanged.connect(self.reload)
        self.kind_combo.currentIndexChanged.connect(self.reload)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.reload()

    def day(self) -> dt.date:
        value = self.date_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def arriving(self) -> bool:
        return bool(self.kind_combo.currentData())

    def reload(self, *_args) -> None:
        self.pdf_button.setEnabled(False)
        self.count_label.setText(self.tr("Reading…"))
        self.read_job.submit(_sheet, self.day(), self.arriving(), self.zone, done=self._show)

    def _show(self, result) -> None:
        day, arriving, sheet = result
        self.shown = (day, arriving)
        self.model.set_lines(sheet)
        people = sum(m.party for m in sheet)
        interpreters = sum(1 for m in sheet if m.interpreter_needed)
        no_pickup = sum(1 for m in sheet if not (m.pickup_booked or m.pickup_by))
        self.count_label.setText(
            (
                self.tr(
                    "{n} arriving ({people} with companions) · {interp} need an interpreter · "
                    "{nopickup} without a pickup"
                )
                if arriving
                else self.tr(
                    "{n} leaving ({people} with companions) · {interp} need an "
                    "interpreter · {nopickup} without a transfer"
                )
            ).format(n=len(sheet), people=people, interp=interpreters, nopickup=no_pickup)
        )
        self.pdf_button.setEnabled(True)
        self.loaded.emit()

    def save_pdf(self) -> None:
        if self.shown is None:
            return
        day, arriving = self.shown
        sheet = list(self.model.lines)
        if self.pdf_job.start(
            _save, sheet, day, self.zone, arriving, self.pdf_folder, done=self._saved
        ):
            self.status_label.setText(self.tr("Saving the PDF…"))

    def _saved(self, path: Path) -> None:
        self.status_label.setText(self.tr("Saved {path}").format(path=path))
        self.saved.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        message = describe(error)
        self.status_label.setText(self.tr("Nothing was saved: {why}").format(why=message))
        self.failed.emit(message)

    def done(self, result: int) -> None:
        self.read_job.close()
        self.pdf_job.close()
        super().done(result)
