"""Where the files under ``resources/`` are, however Frontdesk was installed.

    resource_dir("locale")   # the visit summary's gettext catalogs
    resource_dir("fonts")    # OFL fonts shipped with the program (optional)

From a checkout (and an editable install) they are the repository's ``resources/<name>``; a
wheel installs them as data files under ``<prefix>/share/frontdesk/<name>`` (see
``[tool.setuptools.data-files]`` in pyproject.toml; tests/unit/test_packaging.py checks that
every catalog is listed there); a frozen bundle carries them in ``resources/<name>`` beside
its code.
"""

from __future__ import annotations

import sys
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resource_dir(name: str) -> Path:
    candidates = [_CHECKOUT / name, Path(sys.prefix) / "share" / "frontdesk" / name]
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller's unpacked bundle
    if bundle:
        candidates.insert(0, Path(bundle) / "resources" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]
