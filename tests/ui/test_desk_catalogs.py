"""The desk's Qt Linguist catalogs (resources/i18n): every text of the window is extractable by
lupdate, present in each catalog and translated; the services' codes are all in the vocabulary."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from frontdesk.badge_token import HolderType
from frontdesk.domain import AppointmentStatus
from frontdesk.gui import vocabulary
from frontdesk.gui.desk_language import LANGUAGES
from frontdesk.services.case_terms import (
    SOURCE_DESK,
    SOURCE_INTERPRETERS,
    BookingStatus,
    CheckItem,
    ConflictKind,
    InterpreterMode,
    ItemState,
)

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "frontdesk" / "gui"


def _catalogs():
    spec = importlib.util.spec_from_file_location(
        "update_catalogs", ROOT / "scripts" / "update_catalogs.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_catalogs"] = module
    spec.loader.exec_module(module)
    return module


def test_every_text_in_the_sources_is_in_every_catalog_and_translated():
    """lupdate's extraction now equals each catalog's messages (nothing missing, nothing left
    over), and every message has a finished translation with the same {placeholders}."""
    problems = _catalogs().problems()
    assert problems == [], (
        "run scripts/update_catalogs.py, translate the new texts (Qt Linguist, or the .ts files "
        "by hand), then scripts/build_ui.py:\n" + "\n".join(problems)
    )


def test_the_catalogs_are_the_languages_the_settings_offer():
    catalogs = _catalogs()
    assert set(catalogs.LANGUAGES) == set(LANGUAGES) - {"en"}
    for language in catalogs.LANGUAGES:
        translator = QTranslator()
        assert translator.load(f":/i18n/frontdesk_{language}.qm"), language
        assert translator.translate("MainWindow", "&File") not in ("", "&File")


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _on_qt(func: ast.expr) -> bool:
    """QCoreApplication.translate, not str.translate."""
    return isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in (
        "QCoreApplication",
        "QApplication",
    )


def _is_context(node: ast.expr) -> bool:
    """A literal, or a CONTEXT constant (the vocabulary's; scan_views' one per table model)."""
    return (
        _is_text(node)
        or (isinstance(node, ast.Attribute) and node.attr == "CONTEXT")
        or (isinstance(node, ast.Name) and node.id == "CONTEXT")
    )


def _offences(path: Path) -> list[str]:
    """Calls lupdate cannot read: tr() of a variable, tr() on another object (its context is
    that object's class at run time, the variable's name for lupdate), translate() of a
    variable, or a helper wrapping them."""
    said = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_fstrings = {
        id(inner) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
        for inner in ast.walk(node)
    }  # fmt: skip
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if id(node) in in_fstrings and name in ("tr", "translate"):  # lupdate skips those
            said.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}() inside an f-string")
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name == "tr":
            if not (isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self"):
                said.append(f"{where}: tr() on another object than self")
            elif not node.args or not _is_text(node.args[0]):
                said.append(f"{where}: tr() of a text computed at run time")
        elif name == "QT_TRANSLATE_NOOP" or (name == "translate" and _on_qt(func)):
            if path.name == "vocabulary.py" and name == "translate":
                continue  # translated() and label(): the texts of the tables above them
            if len(node.args) < 2 or not (_is_text(node.args[0]) and _is_text(node.args[1])):
                said.append(f"{where}: {name}() of a text computed at run time")
        elif name == "translated" and not (node.args and _is_context(node.args[0])):
            said.append(f"{where}: translated() with a context computed at run time")
    return said


def test_no_text_of_the_window_is_computed_at_run_time():
    modules = [p for p in GUI.glob("*.py") if p.name != "frontdesk_rc.py"]
    assert len(modules) > 40
    offences = [line for path in sorted(modules) for line in _offences(path)]
    assert offences == []


def test_the_check_finds_a_text_computed_at_run_time(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def f(self, combo, word):\n"
        "    self.tr(word)\n"
        "    combo.tr('Cancel')\n"
        "    QCoreApplication.translate('X', word)\n"
        "    'abc'.translate({})\n"
        "    self.tr('fine {n}').format(n=1)\n"
        "    f\"{self.tr('lost')} {n}\"\n"
    )
    offences = _offences_at(bad)
    assert [line.split(": ", 1)[1] for line in offences] == [
        "tr() of a text computed at run time",
        "tr() on another object than self",
        "translate() of a text computed at run time",
        "tr() inside an f-string",
    ]


def _offences_at(path: Path) -> list[str]:
    global ROOT
    saved, ROOT = ROOT, path.parent
    try:
        return _offences(path)
    finally:
        ROOT = saved


@pytest.mark.parametrize(
    "kind",
    [AppointmentStatus, BookingStatus, InterpreterMode, ConflictKind, CheckItem, ItemState],
)
def test_every_code_has_its_label_in_the_vocabulary(kind):
    assert {code: vocabulary.LABELS[kind][code] for code in kind} == {
        code: code.label for code in kind
    }


def test_every_checklist_item_has_its_heading_and_every_holder_its_word():
    assert {item: vocabulary.SHORT[item] for item in CheckItem} == {i: i.short for i in CheckItem}
    assert set(vocabulary.LABELS[HolderType]) == set(HolderType)
    assert set(vocabulary.SOURCES) == {SOURCE_DESK, SOURCE_INTERPRETERS}
