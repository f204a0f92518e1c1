"""The committed, generated forms and resources are what the sources compile to today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_regenerating_the_forms_changes_nothing():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_ui.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_every_form_is_compiled():
    forms = {p.stem for p in (ROOT / "ui").glob("*.ui")}
    compiled = {p.stem.removeprefix("ui_") for p in (ROOT / "frontdesk/gui/forms").glob("ui_*.py")}
    assert forms and forms == compiled
