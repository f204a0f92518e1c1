"""The layers stay clean: Qt only in frontdesk.gui, SQL text only in frontdesk.store, peewee and
frontdesk.store reached only through the services (import-linter's contracts, pyproject.toml)."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "frontdesk"
SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|PRAGMA)\b", re.IGNORECASE
)


def modules():
    return [p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_is_imported_only_by_the_gui_package():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in modules()
        if "gui" not in p.relative_to(PACKAGE).parts
        and any(m.split(".")[0] == "PySide6" for m in imported_modules(p))
    ]
    assert offenders == []


def test_sql_is_written_only_in_the_store():
    offenders = []
    for path in modules():
        if path.relative_to(PACKAGE).parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and SQL_WORDS.search(node.value):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_the_lint_rule_bans_qt_outside_the_gui():
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    source = "from PySide6.QtCore import QObject\n\nprint(QObject)\n"

    def lint(path: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [ruff, "check", "--select", "TID251", "--no-cache", "--stdin-filename", path, "-"],
            input=source,
            capture_output=True,
            text=True,
            cwd=PACKAGE.parent,
        )

    refused = lint("frontdesk/services/probe.py")
    assert refused.returncode == 1 and "TID251" in refused.stdout
    assert lint("frontdesk/gui/probe.py").returncode == 0


def _lint_imports(cwd: Path, package_parent: Path) -> subprocess.CompletedProcess:
    """import-linter's check with the project's contracts (pyproject.toml), on the package
    found first on the path: ``package_parent``'s copy."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    return subprocess.run(
        [lint, "--config", str(PACKAGE.parent / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(package_parent)},
    )


def test_the_import_contracts_hold():
    checked = _lint_imports(PACKAGE.parent, PACKAGE.parent)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 broken" in checked.stdout


@pytest.mark.parametrize(
    ("probe", "source", "contract"),
    [
        ("gui/probe.py", "from frontdesk.store.models import Patient\n", "frontdesk.store is"),
        ("cli/probe.py", "import peewee\n", "peewee is used only"),
        ("printing/probe.py", "from PySide6.QtCore import QObject\n", "Qt is used only"),
        ("services/probe.py", "from frontdesk.gui import jobs\n", "above the services"),
    ],
)
def test_a_forbidden_import_breaks_the_check(tmp_path, probe, source, contract):
    """The contracts are not vacuous: a copy of the package with one forbidden import (the GUI
    reading a model, the CLI importing peewee, Qt in a printout, a service calling the window)
    fails the check, which names the contract and the line."""
    copy = tmp_path / "frontdesk"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (copy / probe).write_text(source, encoding="utf-8")
    checked = _lint_imports(tmp_path, tmp_path)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    broken = checked.stdout.split("Broken contracts", 1)[1]
    assert contract in broken
    assert f"frontdesk.{probe[:-3].replace('/', '.')} ->" in broken


LOCALE_DIRECTIVES = re.compile(r"%[aAbBcxXp]")


def test_paper_and_service_dates_do_not_follow_the_process_locale():
    """Month and day names on paper and in the services' values come from Babel with an
    explicit locale: strftime's %a %A %b %B %c %x %X %p follow the C locale, which Qt sets from
    the desktop once the window starts (a French desktop printed "Valid 30 nov. – 03 déc.")."""
    offenders = []
    for path in modules():
        # (not the store: its SQL's %b and %s are psycopg's placeholders, not dates)
        if path.relative_to(PACKAGE).parts[0] not in ("printing", "services"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and LOCALE_DIRECTIVES.search(node.value):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_hand_written_gui_modules_are_short_enough_to_read():
    """Each hand-written GUI module under 400 lines (the compiled forms and resources aside):
    the window is made of parts small enough to read in one sitting."""
    gui = PACKAGE / "gui"
    long = {
        p.name: n
        for p in gui.glob("*.py")
        if p.name != "frontdesk_rc.py"
        and (n := len(p.read_text(encoding="utf-8").splitlines())) >= 400
    }
    assert long == {}
