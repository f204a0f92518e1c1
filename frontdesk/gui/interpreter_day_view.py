"""An interpreter's day in the window: where to be, when, for whom, in which language; and the
PDF and CSV the command line makes (``frontdesk interpreters sheet``), saved in the station's
PDF folder.

    sheet = InterpreterDayDialog(zone, pdf_folder, day, parent=window, interpreter_id=3)
    sheet.saved.connect(window_says_where)      # the file's path
    sheet.open()

The minimum necessary (:mod:`frontdesk.services.interpreter_sheet`): time, place, the patient's
name (passport and own script), language and mode; no MRN, department or clinician. The roster,
the day and both files are read and written on workers
(:class:`~frontdesk.gui.jobs.LatestJob`).
"""

from __future__ import annotations

import datetime as dt
import re
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

from frontdesk.errors import FrontdeskError
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.lines_model import LinesModel
from frontdesk.gui.vocabulary import label, translated
from frontdesk.locales import language_english_name
from frontdesk.printing.interpreter_sheet_pdf import interpreter_sheet_pdf
from frontdesk.services.interpreter_roster import InterpreterLine, list_interpreters
from frontdesk.services.interpreter_sheet import SheetLine, day_sheet_csv, interpreter_day
from frontdesk.services.office import summary_paper

_Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("DaySheetModel", "Time"),
    QT_TRANSLATE_NOOP("DaySheetModel", "Place"),
    QT_TRANSLATE_NOOP("DaySheetModel", "Patient"),
    QT_TRANSLATE_NOOP("DaySheetModel", "Own script"),
    QT_TRANSLATE_NOOP("DaySheetModel", "Language"),
    QT_TRANSLATE_NOOP("DaySheetModel", "Mode"),
    QT_TRANSLATE_NOOP("DaySheetModel", "Booking"),
)
_ERROR_STYLE = "color: #a4000f;"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DaySheetModel(LinesModel):
    headers = HEADERS
    lines: list[SheetLine]

    def header(self, section: int) -> str:
        return translated("DaySheetModel", HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self.lines[index.row()]
        language = language_english_name(s.language) or s.language or ""
        return (
            f"{s.start:%H:%M}–{s.end:%H:%M}",
            s.place or "",
            s.patient,
            s.native_name or "",
            f"{language} ({s.language})" if s.language else "",
            label(s.mode),
            label(s.status),
        )[index.column()]


def save_file(data: bytes, folder: str | Path, name: str, suffix: str) -> Path:
    """Write ``data`` into ``folder`` as ``<name> <time><suffix>``, whole or not at all."""
    folder = Path(folder)
    stem = re.sub(r"[^\w.-]+", "-", name).strip("-")[:80] or "sheet"
    path = folder / f"{stem}{suffix}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stem} {dt.datetime.now():%Y-%m-%d %H%M%S}{suffix}"
        counter = 1
        while path.exists():
            counter += 1
            path = folder / f"{stem} {dt.datetime.now():%Y-%m-%d %H%M%S}-{counter}{suffix}"
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as error:
        raise FrontdeskError(f"cannot save {path.name} in {folder}: {error.strerror}") from None
    return path


def _read_day(interpreter_id: int, day: dt.date, zone: dt.tzinfo):
    line, lines = interpreter_day(interpreter_id, day, tz=zone)
    return line, lines, day


def _sheet_file(kind: str, line, lines, day, zone, folder) -> Path:
    if kind == "pdf":
        data = interpreter_sheet_pdf(line, lines, day, zone, paper=summary_paper())
    else:  # Excel opens UTF-8 with a BOM as it is
        data = ("\ufeff" + day_sheet_csv(lines)).encode("utf-8")
    return save_file(data, folder, f"interpreter {line.name} {day.isoformat()}", f".{kind}")


class InterpreterDayDialog(QDialog):
    loaded = Signal()  # a day is shown (tests wait on it)
    saved = Signal(str)  # a file's path
    failed = Signal(str)

    def __init__(
        self,
        zone: dt.tzinfo,
        pdf_folder: str,
        day: dt.date,
        parent: QWidget | None = None,
        *,
        interpreter_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interpreterDay")
        self.setWindowTitle(self.tr("Interpreter's day sheet"))
        self.resize(1100, 480)
        self.zone, self.pdf_folder = zone, pdf_folder
        self.shown: tuple[InterpreterLine, dt.date] | None = None
        self._wanted = interpreter_id
        self.roster_job = LatestJob(self, failed=self._failed)
        self.read_job = LatestJob(self, failed=self._failed)
        self.file_job = LatestJob(self, failed=self._failed)
        self.model = DaySheetModel(self)
        self._build(day)
        # Those off the roster too: their past days, and a roster's choice, must be found.
        self.roster_job.submit(list_interpreters, active_only=False, done=self._roster_read)

    def _build(self, day: dt.date) -> None:
        self.interpreter_combo = QComboBox(self)
        self.interpreter_combo.setMinimumWidth(280)
        self.date_edit = QDateEdit(_qdate(day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.count_label = QLabel(self.tr("Reading the roster…"), self)
        self.count_label.setObjectName("countLabel")
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 260, 190, 110, 200, 90)):
            self.table.setColumnWidth(column, width)
        self.pdf_button = QPushButton(self.tr("Save PDF"), self)
        self.csv_button = QPushButton(self.tr("Save CSV"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Interpreter"), self))
        top.addWidget(self.interpreter_combo)
        top.addWidget(self.date_edit)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._files_enabled(False)
        self.interpreter_combo.currentIndexChanged.connect(self.reload)
        self.date_edit.dateChanged.connect(self.reload)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.close_button.clicked.connect(self.reject)

    def _roster_read(self, lines: list[InterpreterLine]) -> None:
        combo = self.interpreter_combo
        combo.blockSignals(True)
        combo.clear()
        for line in lines:
            text = f"{line.name} · {line.native_name}" if line.native_name else line.name
            text += f" ({', '.join(line.languages)})"
            if not line.active:
                text += " · " + self.tr("off the roster")
            combo.addItem(text, line.id)
        combo.setCurrentIndex(max(combo.findData(self._wanted), 0))
        combo.blockSignals(False)
        if not lines:
            self.count_label.setText(self.tr("Nobody is on the roster yet"))
            return
        self.reload()

    def day(self) -> dt.date:
        return _date(self.date_edit.date())

    def interpreter_id(self) -> int | None:
        return self.interpreter_combo.currentData()

    def reload(self, *_args) -> None:
        interpreter_id = self.interpreter_id()
        if interpreter_id is None:
            return
        self._files_enabled(False)
        self.count_label.setText(self.tr("Reading…"))
        self.read_job.submit(_read_day, interpreter_id, self.day(), self.zone, done=self._show)

    def _show(self, result: tuple[InterpreterLine, list[SheetLine], dt.date]) -> None:
        line, lines, day = result
        self.shown = (line, day)
        self.model.set_lines(lines)
        if lines:  # a day's dozen rows: each cell measured, none cut
            self.table.resizeColumnsToContents()
        text = self.tr("{n} appointment(s) for {name} on {day}").format(
            n=len(lines), name=line.name, day=day.strftime("%a %d %b %Y")
        )
        off = next((a for a in line.absences if a[0] <= day <= a[1]), None)
        if off is not None:  # booked on a day off: the coordinator must see it
            reason = off[2]
            said = self.tr("day off ({reason})").format(reason=reason) if reason else None
            text += " · " + (said or self.tr("day off"))
        self.count_label.setText(text)
        self._files_enabled(True)
        self.loaded.emit()

    def _files_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    def save_pdf(self) -> None:
        self._save("pdf")

    def save_csv(self) -> None:
        self._save("csv")

    def _save(self, kind: str) -> None:
        if self.shown is None:
            return
        line, day = self.shown
        lines = list(self.model.lines)
        if self.file_job.start(
            _sheet_file, kind, line, lines, day, self.zone, self.pdf_folder, done=self._saved
        ):
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Saving…"))
        else:
            self.status_label.setText(self.tr("Still saving the last file…"))

    def _saved(self, path: Path) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Saved {path}").format(path=path))
        self.saved.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        message = describe(error)
        if not self.read_job.busy and self.count_label.text().endswith("…"):
            self.count_label.setText("")
        self.status_label.setStyleSheet(_ERROR_STYLE)
        self.status_label.setText(message)
        self.failed.emit(message)

    def done(self, result: int) -> None:
        for job in (self.roster_job, self.read_job, self.file_job):
            job.close()
        super().done(result)
