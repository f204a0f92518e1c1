"""Where the files under ``resources/`` are, however Frontdesk was installed.

    resource_dir("locale")   # the visit summary's gettext catalogs
    resource_dir("fonts")    # fonts shipped with the program (the frozen bundle has them)

Installed Frontdesk carries them inside its package, as ``frontdesk/resources/<name>`` (setup.py
copies them there when a wheel is built; packaging/frontdesk.spec does the same for the frozen
bundle), and they are found with :mod:`importlib.resources` beside the code: a wheel in a
virtual environment, ``pip install --user`` (code and data under ``~/.local``), ``--target``,
or a PyInstaller bundle all look alike. A checkout (and an editable install) has them in the
repository's ``resources/<name>``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resource_dir(name: str) -> Path:
    installed = Path(str(resources.files("frontdesk").joinpath("resources", name)))
    for candidate in (installed, _CHECKOUT / name):
        if candidate.is_dir():
            return candidate
    return _CHECKOUT / name
