"""File > Import schedule…: a dry run first (what would change), then the import on Apply.

    dialog = ImportDialog(actor, parent=window)
    dialog.imported.connect(window.statusBar().showMessage)
    dialog.load("siu-0630.hl7")         # or the Choose… button; the dry run starts at once

Both runs go to the import lane's worker thread (a 10,000-appointment file takes seconds),
with a progress bar fed from the import's progress callback; the dialog stays responsive and
nothing is written until Apply. A change of format or of "leave out bad rows" while a dry run
is under way checks again once it is back (the newest choice wins). Closing the dialog during
the import does not wait for it: the import ends on its own, all or nothing, and the window
says how it went. The report is the same text the command line prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog

from frontdesk.gui.failures import describe
from frontdesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.vocabulary import translated
from frontdesk.services.actors import Actor
from frontdesk.services.schedule_import import ImportFailed, ImportReport, import_schedule_file

FORMATS = (
    ("auto", QT_TRANSLATE_NOOP("ImportDialog", "Told from the content")),
    ("csv", QT_TRANSLATE_NOOP("ImportDialog", "CSV")),
    ("hl7", QT_TRANSLATE_NOOP("ImportDialog", "HL7 v2 SIU")),
    ("fhir", QT_TRANSLATE_NOOP("ImportDialog", "FHIR R4")),
)


class _Progress(QObject):
    """Emitted from the worker thread; Qt queues it to the dialog's thread."""

    moved = Signal(str, int, int)


def summary_line(report: ImportReport) -> str:
    """One line for the status bar: what an import did, in the window's words."""
    a, p = report.appointments, report.patients
    if report.refused:
        return QCoreApplication.translate(
            "ImportDialog", "{file}: {n} error(s); nothing was imported"
        ).format(file=report.file, n=len(report.errors))
    return QCoreApplication.translate(
        "ImportDialog",
        "{file} imported ({rows} read): appointments {created} created, {updated} updated, "
        "{cancelled} cancelled; patients {new} created",
    ).format(
        file=report.file,
        rows=report.rows,
        created=a["created"],
        updated=a["updated"],
        cancelled=a["cancelled"],
        new=p["created"],
    )


class ImportDialog(QDialog):
    dry_run_done = Signal()  # the report of a dry run is shown
    failed = Signal(str)  # the file cannot be imported as it is, or the import failed
    imported = Signal(str)  # the one-line summary, after a real import

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.actor = actor
        self.path: Path | None = None
        self.report: ImportReport | None = None  # the last one (dry run or real)
        for code, label in FORMATS:
            self.ui.formatCombo.addItem(translated("ImportDialog", label), code)
        self.check_job = LatestJob(self, lane_name="import", failed=self.on_failed)
        self.import_job = LatestJob(self, lane_name="import", failed=self.on_failed)
        self.progress = _Progress(self)
        self._connect()

    def _connect(self) -> None:
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.formatCombo.currentIndexChanged.connect(self.dry_run)
        self.ui.skipBadCheck.toggled.connect(self.dry_run)
        self.progress.moved.connect(self.on_progress)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import schedule"),
            str(self.path.parent) if self.path else "",
            self.tr("Schedule exports (*.csv *.hl7 *.txt *.json *.xml);;All files (*)"),
        )
        if name:
            self.load(name)

    def load(self, path: str | Path) -> None:
        self.path = Path(path)
        self.ui.fileLabel.setText(str(self.path))
        self.dry_run()

    def dry_run(self) -> None:
        if self.path is None or self.import_job.busy:
            return
        self._busy(self.tr("Checking what would change…"))
        self.check_job.submit(self._run, dry_run=True, done=self.on_checked)

    def apply(self) -> None:
        if self.path is None or self.check_job.busy:
            return
        if self.import_job.start(self._run, dry_run=False, done=self.on_imported):
            self._busy(self.tr("Importing…"))

    def _run(self, *, dry_run: bool) -> ImportReport:
        return import_schedule_file(
            self.path,
            self.actor,
            fmt=self._format,
            dry_run=dry_run,
            skip_bad=self._skip_bad,
            progress=self.progress.moved.emit,
        )

    def _busy(self, words: str) -> None:
        # The job reads these on its thread: copies taken now, on the GUI thread.
        self._format = self.ui.formatCombo.currentData()
        self._skip_bad = self.ui.skipBadCheck.isChecked()
        self.ui.applyButton.setEnabled(False)
        self.ui.chooseButton.setEnabled(False)
        self.ui.progressBar.setRange(0, 0)  # busy until the first figures arrive
        self.ui.stateLabel.setText(words)

    def on_progress(self, stage: str, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)
        words = self.tr("Reading") if stage == "read" else self.tr("Comparing with the database")
        self.ui.progressBar.setFormat(f"{words}: %v / %m")

    def on_checked(self, report: ImportReport) -> None:
        self.report = report
        self._done(report.describe())
        self.ui.stateLabel.setText(self.tr("Nothing written yet. Apply to import."))
        self.ui.applyButton.setEnabled(True)
        self.dry_run_done.emit()

    def on_imported(self, report: ImportReport) -> None:
        self.report = report
        self._done(report.describe())
        self.ui.stateLabel.setText(self.tr("Imported."))
        self.imported.emit(summary_line(report))

    def on_failed(self, error: BaseException) -> None:
        self.report = None
        # A bad file: every error with its place (the command line's text); else one line.
        message = error.report.describe() if isinstance(error, ImportFailed) else describe(error)
        self._done(message)
        self.ui.stateLabel.setText(
            self.tr("The file cannot be imported as it is; nothing was written.")
        )
        self.failed.emit(message)

    def _done(self, text: str) -> None:
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(1)
        self.ui.progressBar.setFormat("%p%")
        self.ui.chooseButton.setEnabled(True)
        self.ui.reportView.setPlainText(text)

    def done(self, result: int) -> None:
        self.check_job.close()  # a dry run still going is of no use once the dialog is closed
        super().done(result)
