"""File > Import schedule…: a dry run first (what would change), then the import on Apply.

    dialog = ImportDialog(actor, parent=window)
    dialog.imported.connect(window.statusBar().showMessage)
    dialog.load("siu-0630.hl7")         # or the Choose… button; the dry run starts at once

Both runs go to a worker thread (a 10,000-appointment file takes seconds), with a progress bar
fed from the import's progress callback; the dialog stays responsive and nothing is written
until Apply. The report is the same text the command line prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog

from frontdesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from frontdesk.gui.workers import Runner
from frontdesk.services.actors import Actor
from frontdesk.services.schedule_import import import_schedule_file

FORMATS = (
    ("auto", "Told from the content"),
    ("csv", "CSV"),
    ("hl7", "HL7 v2 SIU"),
    ("fhir", "FHIR R4"),
)


class _Progress(QObject):
    """Emitted from the worker thread; Qt queues it to the dialog's thread."""

    moved = Signal(str, int, int)


class ImportDialog(QDialog):
    imported = Signal(str)  # the one-line summary, after a real import

    def __init__(self, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.actor = actor
        self.path: Path | None = None
        self.report = None  # the last ImportReport (dry run or real)
        for code, label in FORMATS:
            self.ui.formatCombo.addItem(self.tr(label), code)
        self.runner = Runner(self)
        self.progress = _Progress(self)
        self._connect()

    def _connect(self) -> None:
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.formatCombo.currentIndexChanged.connect(self.dry_run)
        self.ui.skipBadCheck.toggled.connect(self.dry_run)
        self.runner.finished.connect(self.on_finished)
        self.runner.failed.connect(self.on_failed)
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
        self._start("dry-run")

    def apply(self) -> None:
        self._start("import")

    def _start(self, tag: str) -> None:
        if self.path is None:
            return
        self.ui.applyButton.setEnabled(False)
        self.ui.chooseButton.setEnabled(False)
        self.ui.progressBar.setRange(0, 0)  # busy until the first figures arrive
        self.ui.stateLabel.setText(
            self.tr("Checking what would change…") if tag == "dry-run" else self.tr("Importing…")
        )
        self.runner.run(
            tag,
            import_schedule_file,
            self.path,
            self.actor,
            fmt=self.ui.formatCombo.currentData(),
            dry_run=tag == "dry-run",
            skip_bad=self.ui.skipBadCheck.isChecked(),
            progress=self.progress.moved.emit,
        )

    def on_progress(self, stage: str, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)
        words = self.tr("Reading") if stage == "read" else self.tr("Comparing with the database")
        self.ui.progressBar.setFormat(f"{words}: %v / %m")

    def on_finished(self, tag: str, report) -> None:
        self.report = report
        self._done(report.describe())
        if tag == "dry-run":
            self.ui.stateLabel.setText(self.tr("Nothing written yet. Apply to import."))
            self.ui.applyButton.setEnabled(True)
        else:
            self.ui.stateLabel.setText(self.tr("Imported."))
            self.imported.emit(report.describe().splitlines()[0])

    def on_failed(self, tag: str, message: str) -> None:
        self.report = None
        self._done(message)
        self.ui.stateLabel.setText(
            self.tr("The file cannot be imported as it is; nothing was written.")
        )

    def _done(self, text: str) -> None:
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(1)
        self.ui.progressBar.setFormat("%p%")
        self.ui.chooseButton.setEnabled(True)
        self.ui.reportView.setPlainText(text)

    def done(self, result: int) -> None:
        self.runner.wait(60_000)  # an import in flight finishes (it is one transaction)
        super().done(result)
