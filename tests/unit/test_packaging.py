"""An installed Frontdesk carries what a checkout has: every gettext catalog goes into the wheel,
inside the package, and is found there with importlib.resources, also after
``pip install --user`` (where catalogs used to be looked for under the interpreter's prefix
only, and summaries silently came out in English)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (found,) = out.glob("frontdesk-*.whl")
    return found


def test_every_catalog_is_in_the_wheel_beside_the_code(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    catalogs = sorted((ROOT / "resources" / "locale").rglob("*.po"))
    catalogs += sorted((ROOT / "resources" / "locale").glob("*.pot"))
    assert catalogs
    for catalog in catalogs:
        relative = catalog.relative_to(ROOT).as_posix()
        assert f"frontdesk/{relative}" in names, relative


def test_a_user_install_finds_its_catalogs(wheel, tmp_path):
    """A real ``pip install --user`` (the interpreter under the virtual environment, into a
    throwaway user base), then the catalogs looked up from outside the checkout."""
    base = getattr(sys, "_base_executable", sys.executable)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PYTHONUSERBASE"] = str(tmp_path / "userbase")
    subprocess.run(
        [base, "-m", "pip", "install", "-q", "--user", "--no-deps", "--no-warn-script-location",
         "--disable-pip-version-check", str(wheel)],
        check=True, capture_output=True, env=env, timeout=300,
    )  # fmt: skip
    probe = (
        "import frontdesk, sys; from frontdesk.resource_dirs import resource_dir; "
        "print(frontdesk.__file__); print(resource_dir('locale'))"
    )
    out = subprocess.run(
        [base, "-c", probe], check=True, capture_output=True, text=True, env=env, cwd=tmp_path
    ).stdout.split()
    package_file, locale = (Path(line) for line in out)
    assert package_file.is_relative_to(tmp_path / "userbase")
    assert locale == package_file.parent / "resources" / "locale"
    assert (locale / "ar" / "LC_MESSAGES" / "summary.po").is_file()


def test_a_checkout_finds_its_catalogs_in_resources():
    from frontdesk.resource_dirs import resource_dir

    assert resource_dir("locale") == ROOT / "resources" / "locale"


def test_the_bundle_copies_every_font_the_badges_print_with():
    """packaging/build copies each face's first (Noto) font, both weights: a bundle without
    Tamil or Khmer would refuse those patients' badges on a desk with no system fonts."""
    from frontdesk.printing.fonts import JAPANESE_FACES

    build = (ROOT / "packaging" / "build").read_text(encoding="utf-8")
    bootstrap = (ROOT / "scripts" / "bootstrap").read_text(encoding="utf-8")
    assert "fonts-morisawa-bizud-gothic" in bootstrap and "fonts-noto-core" in bootstrap
    for face in JAPANESE_FACES:
        for file_name in (face.regular[0], face.bold[0]):
            if file_name.startswith("NotoSans"):
                family, _weight = file_name.removesuffix(".ttf").split("-")
                assert f" {family} " in build.replace("\\\n", " ").replace(";", " "), family
            else:
                assert file_name in build, file_name
