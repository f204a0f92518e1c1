"""The layers stay clean: Qt only in frontdesk.gui, SQL text only in frontdesk.store."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

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
