"""Issuing a visa invitation letter from the patient panel ("Visa letter…").

    dialog = LetterDialog(details, actor, parent=window)     # the patient open in the panel
    dialog.open()
    dialog.issued.connect(window.statusbar.showMessage)        # "VL-2026-00017 saved to …"

The companions travelling (all ticked at first), the second language (the patient's, where a
letter catalog exists), the purpose at the office's level and the file to write. "Issue" runs
on a worker (:class:`~frontdesk.gui.jobs.LatestJob`): the letter is registered, signed, rendered
and written in one transaction (nothing registered if the file cannot be written); what the
service refuses (a companion without a passport number, a stay already over) is said in the
dialog, which stays open. The patient's letters are listed below, with "Revoke…".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.errors import InputError
from frontdesk.gui.dialog_form import error_colour
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.locales import language_name
from frontdesk.printing.letter_pdf import letter_languages, letter_words
from frontdesk.services.actors import Actor
from frontdesk.services.letters import Purpose, RegisterLine
from frontdesk.services.patient_view import PatientDetails


def issue_and_write(
    patient_id: int,
    actor: Actor,
    day: dt.date,
    companion_ids: list[int],
    language: str,
    purpose: str,
    path: str,
) -> str:
    """On a worker: the letter registered, rendered and written, or nothing at all."""
    from frontdesk.printing.letter_pdf import render_letter
    from frontdesk.services.database import transaction
    from frontdesk.services.letters import issue_letter, letter_content

    target = Path(path)
    if not path or target.is_dir() or not target.parent.is_dir():
        raise InputError(f"cannot write {path!r}: choose a file in a folder that exists")
    with transaction():
        letter, token = issue_letter(
            patient_id,
            actor,
            day=day,
            companion_ids=companion_ids,
            language=language,
            purpose=purpose,
        )
        pdf = render_letter(letter_content(letter), token, key_id=letter.key_id, language=language)
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_bytes(pdf)
            partial.replace(target)  # never half a letter under the name asked for
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise InputError(f"cannot write {path}: {error.strerror}") from None
    return letter.number


def patient_letters(patient_id: int) -> list[RegisterLine]:
    from frontdesk.services.letters import register

    return register(patient_id)


def revoke(number: str, actor: Actor, reason: str) -> str:
    from frontdesk.services.letters import revoke_letter

    return revoke_letter(number, actor, reason=reason).number


class LetterDialog(QDialog):
    issued = Signal(str)  # what to say in the status bar

    def __init__(
        self, details: PatientDetails, actor: Actor, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.details, self.actor = details, actor
        self.setWindowTitle(self.tr("Visa invitation letter: {name}").format(
            name=f"{details.given_name} {details.family_name.upper()}"
        ))  # fmt: skip
        self.job = LatestJob(self)  # issuing and revoking: one at a time
        self.reads = LatestJob(self)  # the register, read again after each change
        self.companions = QListWidget(self)
        for companion in details.companions:
            text = companion.name + (
                f" ({companion.relationship})" if companion.relationship else ""
            )
            item = QListWidgetItem(text, self.companions)
            item.setData(Qt.ItemDataRole.UserRole, companion.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.companions.setMaximumHeight(110)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        for code in letter_languages()[1:]:
            self.language.addItem(
                self.tr("English and {language}").format(language=language_name(code) or code),
                code,
            )
        wanted = letter_words(details.preferred_language).code
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        self.purpose = QComboBox(self)
        for purpose in Purpose:
            self.purpose.addItem(purpose.english, purpose.value)
        name = f"visa-letter-{details.mrn}-{details.day:%Y%m%d}.pdf"
        self.path = QLineEdit(str(folder / name), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Companions travelling"), self.companions)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Save as"), file_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("letterMessage")
        self.register = QListWidget(self)
        self.register.setMaximumHeight(90)
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.revoke_button.clicked.connect(self._revoke)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.issue_button = self.buttons.addButton(
            self.tr("Issue letter"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.issue_button.clicked.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("This patient's letters")))
        layout.addWidget(self.register)
        layout.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.job.busy_changed.connect(self._busy)
        self.resize(620, 440)
        self.refresh()

    def chosen_companions(self) -> list[int]:
        items = (self.companions.item(i) for i in range(self.companions.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def issue(self) -> None:
        if self.job.busy:
            return  # the button is off meanwhile; a key press may still come
        self._say(self.tr("Issuing…"), None)
        self.job.start(
            issue_and_write,
            self.details.id,
            self.actor,
            self.details.day,
            self.chosen_companions(),
            self.language.currentData(),
            self.purpose.currentData(),
            self.path.text().strip(),
            done=self._issued,
            failed=self._failed,
        )

    def refresh(self) -> None:
        self.reads.submit(patient_letters, self.details.id, done=self._show_register,
                        failed=self._failed)  # fmt: skip

    def _issued(self, number: str) -> None:
        words = self.tr("{number} issued and saved to {path}").format(
            number=number, path=self.path.text().strip()
        )
        self._say("✓ " + words, None)
        self.issued.emit(words)
        self.refresh()

    def _show_register(self, lines: list[RegisterLine]) -> None:
        self.register.clear()
        for line in lines:
            state = (
                self.tr("revoked: {reason}").format(reason=line.revoked_reason)
                if line.revoked_at
                else self.tr("valid")
            )
            text = (
                f"{line.number}  {line.first_day} – {line.last_day}  ({line.travellers})  {state}"
            )
            item = QListWidgetItem(text, self.register)
            item.setData(Qt.ItemDataRole.UserRole, None if line.revoked_at else line.number)
        self.revoke_button.setEnabled(self.register.count() > 0)

    def _revoke(self) -> None:
        item = self.register.currentItem()
        number = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not number:
            self._say(self.tr("Choose a letter that is still valid"), None)
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Revoke {number}").format(number=number), self.tr("Reason")
        )
        if not ok or not reason.strip():
            return
        self.job.start(
            revoke,
            number,
            self.actor,
            reason,
            done=lambda n: (self._say(self.tr("{n} revoked").format(n=n), None), self.refresh()),
            failed=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._say("⚠ " + describe(error), error_colour(self))

    def _busy(self, busy: bool) -> None:
        self.issue_button.setEnabled(not busy)
        self.revoke_button.setEnabled(not busy and self.register.count() > 0)

    def _say(self, text: str, colour: str | None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter as"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.path.setText(path)

    def done(self, result: int) -> None:
        self.job.close()
        self.reads.close()
        super().done(result)
