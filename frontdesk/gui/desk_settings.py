"""This station's own settings (QSettings): its name, who is signed in, the database it opens
(its URL only: a password given with it goes to the station's 0600 password file, see
:func:`frontdesk.services.database.remember_password`).

    settings = DeskSettings()            # or DeskSettings(QSettings(path, QSettings.IniFormat))
    settings.station_name = "Desk 2"

What the whole office shares (its time zone) lives in the database instead
(:mod:`frontdesk.services.office`).
"""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QSettings

from frontdesk.db_url import has_password
from frontdesk.services.database import remember_password


class DeskSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings("Frontdesk", "Frontdesk")

    def _get(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    @property
    def station_name(self) -> str:
        return self._get("station/name") or f"Desk {socket.gethostname()}"[:100]

    @station_name.setter
    def station_name(self, value: str) -> None:
        self.q.setValue("station/name", value.strip())

    @property
    def staff_username(self) -> str | None:
        return self._get("station/staff") or None

    @staff_username.setter
    def staff_username(self, value: str | None) -> None:
        self.q.setValue("station/staff", value or "")

    @property
    def database_url(self) -> str | None:
        url = self._get("database/url") or None
        if url and has_password(url):  # kept in clear by an earlier release: moved out now
            self.database_url = url
            url = self._get("database/url") or None
        return url

    @database_url.setter
    def database_url(self, value: str | None) -> None:
        """Stored without its password, which goes to the station's 0600 password file."""
        self.q.setValue("database/url", remember_password((value or "").strip()))

    @property
    def lock_minutes(self) -> float:
        """Minutes without a key or click before the desk covers itself (0: never)."""
        try:
            return max(0.0, float(self._get("station/lock_minutes", "5")))
        except ValueError:
            return 5.0

    @lock_minutes.setter
    def lock_minutes(self, value: float) -> None:
        self.q.setValue("station/lock_minutes", str(value))

    @property
    def language(self) -> str:
        """The desk's language ("en", "es", "ar", "zh_CN"), or "" for the system's."""
        return self._get("station/language")

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("station/language", value or "")

    @property
    def badge_layout(self) -> str:
        return self._get("badges/layout", "badge-4x3")

    @badge_layout.setter
    def badge_layout(self, value: str) -> None:
        self.q.setValue("badges/layout", value)

    @property
    def batch_layout(self) -> str:
        return self._get("badges/batch_layout", "sheet-letter")

    @batch_layout.setter
    def batch_layout(self, value: str) -> None:
        self.q.setValue("badges/batch_layout", value)

    @property
    def badge_printer(self) -> str:
        """A printer's name, or "" for "save as PDF files in :attr:`pdf_folder`"."""
        return self._get("badges/printer")

    @badge_printer.setter
    def badge_printer(self, value: str) -> None:
        self.q.setValue("badges/printer", value)

    def printer_for(self, layout_key: str) -> str:
        """The printer last used for this layout (a label printer for labels, a sheet printer
        for sheets); the last badge printer for a layout never printed yet."""
        return self._get(f"badges/printer_for/{layout_key}", self.badge_printer)

    def remember_printer(self, layout_key: str, printer: str) -> None:
        self.q.setValue(f"badges/printer_for/{layout_key}", printer)
        self.badge_printer = printer

    @property
    def summary_printer(self) -> str:
        """The printer for visit summaries (Letter or A4 paper), or "" for PDF files."""
        return self._get("summaries/printer")

    @summary_printer.setter
    def summary_printer(self, value: str) -> None:
        self.q.setValue("summaries/printer", value)

    @property
    def pdf_folder(self) -> str:
        return self._get("badges/pdf_folder") or str(Path.home() / "Frontdesk badges")

    @pdf_folder.setter
    def pdf_folder(self, value: str) -> None:
        self.q.setValue("badges/pdf_folder", value.strip())

    @property
    def watch_folder(self) -> str:
        """A folder whose new schedule exports are imported as they arrive ("" for none)."""
        return self._get("import/watch_folder")

    @watch_folder.setter
    def watch_folder(self, value: str) -> None:
        self.q.setValue("import/watch_folder", (value or "").strip())

    @property
    def hl7_port(self) -> int:
        """The TCP port this station's MLLP listener takes (0: no listener)."""
        try:
            port = int(self._get("import/hl7_port", "0"))
        except ValueError:
            return 0
        return port if 0 < port < 65536 else 0

    @hl7_port.setter
    def hl7_port(self, value: int) -> None:
        self.q.setValue("import/hl7_port", str(int(value or 0)))

    @property
    def hl7_host(self) -> str:
        """The address the listener binds: every interface unless the station says otherwise."""
        return self._get("import/hl7_host") or "0.0.0.0"

    @hl7_host.setter
    def hl7_host(self, value: str) -> None:
        self.q.setValue("import/hl7_host", (value or "").strip())

    def sync(self) -> None:
        self.q.sync()
