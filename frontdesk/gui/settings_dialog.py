"""Settings: this station's name, who is signed in, the office's time zone, the database,
the schedule watch folder, the HL7 (MLLP) listener, the desk's language (applied at once).

    facts = office_facts()                      # on a worker: the staff and the office's zone
    dialog = SettingsDialog(settings, window, facts)

What the dialog reads (who may sign in, the office's zone) is read before it opens, on a worker
(:meth:`frontdesk.gui.desk_dialogs.DeskDialogs.open_settings`); what it writes (the office's
zone, the station's name) is written on a worker when OK is pressed, with OK disabled meanwhile;
a refusal or a failure is said in the dialog, which stays open.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from frontdesk.errors import FrontdeskError
from frontdesk.gui.desk_language import (
    LANGUAGES,
    apply_language,
    chosen_language,
    current_language,
)
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.failures import describe
from frontdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from frontdesk.gui.jobs import LatestJob
from frontdesk.services.actors import list_staff, station_named
from frontdesk.services.office import office_zone, set_office_zone


@dataclass(frozen=True)
class OfficeFacts:
    staff: list[tuple[str, str]]  # (display name, username) of who may sign in
    zone: str  # the office's time zone


def office_facts() -> OfficeFacts:
    """What the dialog shows from the database (run it on a worker)."""
    return OfficeFacts([(s.display_name, s.username) for s in list_staff()], office_zone().key)


def save_office(zone: str, staff: str | None, station: str) -> None:
    """The dialog's writes (on a worker): the office's zone if it changed, the station."""
    if zone != office_zone().key:
        if staff is None:
            raise FrontdeskError(
                "the office's time zone is shared by every station: choose who is "
                "signed in to change it"
            )
        set_office_zone(zone, _actor(staff, station))
    station_named(station)


class SettingsDialog(QDialog):
    def __init__(
        self, settings: DeskSettings, parent=None, facts: OfficeFacts | None = None
    ) -> None:
        """``facts``: read on a worker beforehand (the window does); read here when not given."""
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        facts = facts or office_facts()
        self.saver = LatestJob(self, failed=self._not_saved)
        self.saver.busy_changed.connect(self._show_saving)
        self.ui.stationEdit.setText(settings.station_name)
        self.ui.staffCombo.addItem(self.tr("— nobody —"), "")
        for display_name, username in facts.staff:
            self.ui.staffCombo.addItem(f"{display_name} ({username})", username)
        self.ui.staffCombo.setCurrentIndex(
            max(self.ui.staffCombo.findData(settings.staff_username or ""), 0)
        )
        self.ui.zoneCombo.addItems(sorted(zoneinfo.available_timezones()))
        self.ui.zoneCombo.setCurrentText(facts.zone)
        self.ui.databaseEdit.setText(settings.database_url or "")
        self.ui.lockSpin.setValue(round(settings.lock_minutes))
        self.ui.watchFolderEdit.setText(settings.watch_folder)
        self.ui.watchFolderButton.clicked.connect(self.choose_watch_folder)
        self.ui.hl7HostEdit.setText(settings.q.value("import/hl7_host", "") or "")
        self.ui.hl7PortSpin.setValue(settings.hl7_port)
        self.ui.languageCombo.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)  # each in its own language
        self.ui.languageCombo.setCurrentIndex(
            max(self.ui.languageCombo.findData(settings.language), 0)
        )
        self.ui.errorLabel.setStyleSheet("color: #c5221f")
        self.ui.errorLabel.hide()
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        station = self.ui.stationEdit.text().strip()
        zone = self.ui.zoneCombo.currentText().strip()
        staff = self.ui.staffCombo.currentData() or None
        self.saver.start(save_office, zone, staff, station, done=lambda _: self._saved(station))

    def _show_saving(self, busy: bool) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _not_saved(self, error: BaseException) -> None:
        self.ui.errorLabel.setText("⚠ " + describe(error))
        self.ui.errorLabel.show()

    def _saved(self, station: str) -> None:
        self.settings.station_name = station
        self.settings.staff_username = self.ui.staffCombo.currentData() or None
        self.settings.database_url = self.ui.databaseEdit.text()
        self.settings.lock_minutes = self.ui.lockSpin.value()
        self.settings.watch_folder = self.ui.watchFolderEdit.text()
        self.settings.hl7_host = self.ui.hl7HostEdit.text()
        self.settings.hl7_port = self.ui.hl7PortSpin.value()
        self.settings.language = self.ui.languageCombo.currentData() or ""
        self.settings.sync()
        super().accept()
        if chosen_language(self.settings.language) != current_language():
            apply_language(self.settings.language)  # every window retranslates itself

    def choose_watch_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Schedule watch folder"), self.ui.watchFolderEdit.text()
        )
        if folder:
            self.ui.watchFolderEdit.setText(folder)


def _actor(username: str, station: str):
    from frontdesk.services.actors import actor_for

    return actor_for(username, station)
