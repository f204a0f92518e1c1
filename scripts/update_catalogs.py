"""Refresh the desk's Qt Linguist catalogs from the sources (run after changing a window's words).

    .venv/bin/python scripts/update_catalogs.py           # resources/i18n/frontdesk_*.ts
    .venv/bin/python scripts/update_catalogs.py --check   # exit 1 if the catalogs and the
                                                          # sources differ, or one is untranslated

pyside6-lupdate reads the window's Python modules (frontdesk/gui, not the generated forms) and
the Designer forms (ui/*.ui): every ``self.tr("...")``, ``QCoreApplication.translate(ctx, "...")``
and ``QT_TRANSLATE_NOOP(ctx, "...")``. New texts arrive "unfinished" for a translator (Qt
Linguist opens the .ts files); texts gone from the sources are dropped. scripts/build_ui.py
compiles the catalogs to .qm into the resource module; tests/unit/test_desk_catalogs.py runs
the checks below.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOG_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("es", "ar", "zh_CN")  # English is the sources' own text
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def catalog_path(language: str) -> Path:
    return CATALOG_DIR / f"frontdesk_{language}.ts"


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def sources() -> list[Path]:
    gui = ROOT / "frontdesk" / "gui"
    modules = [p for p in sorted(gui.glob("*.py")) if p.name != "frontdesk_rc.py"]
    return modules + sorted((ROOT / "ui").glob("*.ui"))


def lupdate(ts_files: list[Path]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(p) for p in sources()))
    try:
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-no-ui-lines",
                f"@{listing.name}",
                "-ts",
                *map(str, ts_files),
            ],
            check=True,
        )
    finally:
        Path(listing.name).unlink()


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the translation (None: unfinished, vanished or obsolete)."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = translation.text if translation is not None else None
            result[(name, message.findtext("source") or "")] = None if kind else text
    return result


def extracted() -> set[tuple[str, str]]:
    """What lupdate finds in the sources now."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "frontdesk_xx.ts"
        lupdate([fresh])
        return set(messages(fresh))


def problems() -> list[str]:
    found = extracted()
    said = []
    for language in LANGUAGES:
        catalog = messages(catalog_path(language))
        for context, source in sorted(found - set(catalog)):
            said.append(f"{language}: not in the catalog: [{context}] {source!r}")
        for context, source in sorted(set(catalog) - found):
            said.append(f"{language}: no longer in the sources: [{context}] {source!r}")
        for (context, source), text in sorted(catalog.items()):
            if not (text or "").strip():
                said.append(f"{language}: untranslated: [{context}] {source!r}")
            elif sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                said.append(f"{language}: placeholders differ: [{context}] {source!r} -> {text!r}")
    return said


def main(argv: list[str]) -> int:
    if "--check" in argv:
        said = problems()
        for line in said:
            print(line, file=sys.stderr)
        return 1 if said else 0
    CATALOG_DIR.mkdir(parents=True, exist_ok=True)
    lupdate([catalog_path(language) for language in LANGUAGES])
    for language in LANGUAGES:
        untranslated = sum(1 for text in messages(catalog_path(language)).values() if not text)
        print(f"{catalog_path(language).relative_to(ROOT)}: {untranslated} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
