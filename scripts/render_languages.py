"""The desk's window in its four languages at 1366x768, from a demo database, to
docs/screenshots/window-{en,es,ar,zh}.png (README, "The desk in the staff's language").

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_languages.py

A fresh demo (400 patients, seed 1) in a temporary folder; the office's clock stopped at 09:10
on its day, so that the schedule shows arrivals, late and expected rows; the same patient open
in the panel in each language. Each window is made after its language is installed, as a
station starts (gui/desk_language.py).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DAY = dt.date(2026, 11, 30)
SHOTS = {"en": "en", "es": "es", "ar": "ar", "zh_CN": "zh"}


def main() -> int:
    frontdesk = str(Path(sys.executable).with_name("frontdesk"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = tmp  # no station's own
        url = f"sqlite:///{tmp}/demo.sqlite3"
        subprocess.run(
            [frontdesk, "--db", url, "demo", "--patients", "400", "--seed", "1",
             "--date", DAY.isoformat(), "--quiet"],
            check=True,
        )  # fmt: skip
        return _render(url, Path(tmp))


def _render(url: str, tmp: Path) -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: TID251
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from frontdesk import clock
    from frontdesk.gui import frontdesk_rc  # noqa: F401
    from frontdesk.gui.desk_language import apply_language
    from frontdesk.gui.desk_settings import DeskSettings
    from frontdesk.gui.main_window import MainWindow
    from frontdesk.services.database import open_database
    from frontdesk.services.office import office_zone

    app = QApplication.instance() or QApplication([])
    open_database(url)
    zone = office_zone()
    at = dt.datetime.combine(DAY, dt.time(9, 10), zone).astimezone(dt.UTC)
    settings = DeskSettings(QSettings(str(tmp / "station.ini"), QSettings.Format.IniFormat))
    settings.station_name = "Desk 1"

    def wait(signal, start=None) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        if start is not None:
            start()
        QTimer.singleShot(20_000, loop.quit)
        loop.exec()

    with clock.frozen(at):
        for code, suffix in SHOTS.items():
            apply_language(code)
            window = MainWindow(settings, DAY, clock=lambda: at)
            window.resize(1366, 768)
            window.show()
            wait(window.day_loaded)
            first = window.model.entry(0).patient.id
            wait(window.patient_opened, lambda w=window, first=first: w.open_patient(first))
            for _ in range(3):  # labels that wrap settle their height in a second pass
                app.processEvents()
            out = ROOT / "docs" / "screenshots" / f"window-{suffix}.png"
            if not window.grab().save(str(out)):
                raise SystemExit(f"cannot write {out}")
            print(out.relative_to(ROOT))
            window.close()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
