"""What the render scripts share: a demo database in a temporary folder, the application, and
the patients of a day worth showing.

    work, url = demo_database("case-shot-", "--patients", "3000", "--date", "2026-12-07")
    app = application()
    arabic, others = native_names(day)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def frontdesk(url: str, *args: str) -> None:
    """One ``frontdesk`` command on the database, in a child process (its output kept back)."""
    subprocess.run(
        [sys.executable, "-m", "frontdesk", "--db", url, *args], check=True, capture_output=True
    )


def demo_database(
    prefix: str, *demo: str, zone: str | None = "America/New_York"
) -> tuple[Path, str]:
    """A new temporary folder (``FRONTDESK_HOME`` in it) and the URL of a new SQLite file there,
    the office on ``zone``'s time (None: the computer's), filled by ``frontdesk demo DEMO...
    --quiet``."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["FRONTDESK_HOME"] = str(work / "home")
    url = f"sqlite:///{work / 'demo.sqlite3'}"
    if zone is not None:
        frontdesk(url, "office-zone", zone)
    frontdesk(url, "demo", *demo, "--quiet")
    return work, url


def application(*, collect: bool = True):
    """The QApplication; ``collect``: cycles collected on its thread as the desk's are (no
    cycle holding a Qt object freed on a worker)."""
    from PySide6.QtWidgets import QApplication  # noqa: TID251 (a window, rendered)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if collect:
        from frontdesk.gui.gc_on_gui_thread import collect_on_gui_thread

        collect_on_gui_thread(app)
    return app


def native_names(day):
    """The visits of ``day`` (the open database's): the first of a patient whose native name is
    in Arabic script, and the others that have a native name."""
    from frontdesk.store.models import Patient, Visit

    visits = list(Visit.select(Visit, Patient).join(Patient).where(Visit.local_date == day))
    named = [v for v in visits if v.patient.native_family_name]
    arabic = next(v for v in named if v.patient.native_family_name[0] in ARABIC_LETTERS)
    return arabic, [v for v in named if v is not arabic]
