"""An installed wheel carries what a checkout has: every gettext catalog under resources/ is
listed in pyproject.toml's data files, and the program finds them where a wheel puts them."""

from __future__ import annotations

import glob
import sys
import tomllib
from pathlib import Path

from frontdesk import resource_dirs

ROOT = Path(__file__).resolve().parents[2]


def test_every_catalog_is_installed_with_a_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = config["tool"]["setuptools"]["data-files"]
    installed = {
        f"{target}/{Path(path).name}"
        for target, patterns in data_files.items()
        for pattern in patterns
        for path in glob.glob(str(ROOT / pattern))
    }
    catalogs = sorted((ROOT / "resources" / "locale").rglob("*.po"))
    catalogs += sorted((ROOT / "resources" / "locale").glob("*.pot"))
    assert catalogs
    for catalog in catalogs:
        relative = catalog.relative_to(ROOT / "resources")
        assert f"share/frontdesk/{relative.as_posix()}" in installed, (
            f"add {relative.parent.as_posix()} to [tool.setuptools.data-files] in pyproject.toml"
        )


def test_resources_are_found_where_a_wheel_puts_them(tmp_path, monkeypatch):
    (tmp_path / "share" / "frontdesk" / "locale").mkdir(parents=True)
    monkeypatch.setattr(resource_dirs, "_CHECKOUT", tmp_path / "no-checkout")
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    assert resource_dirs.resource_dir("locale") == tmp_path / "share" / "frontdesk" / "locale"
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "locale").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resource_dirs.resource_dir("locale") == bundle / "resources" / "locale"
