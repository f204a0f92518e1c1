"""Render the specimen names (tests/corpus/names) as the desk's window shows them: each in a
QLabel with the patient panel's native-name font, to docs/specimens/screen-names.png, so that a
person can see every script on screen as on paper (no empty boxes, Arabic joined, Indic
conjuncts formed). Qt finds the glyphs through fontconfig: the Noto fonts scripts/bootstrap
installs, or the ones packaging/build bundles.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_screen_names.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget  # noqa: E402

from tests.printing.test_specimens import PEOPLE  # noqa: E402


def main() -> int:
    app = QApplication.instance() or QApplication([])
    sheet = QWidget()
    sheet.setStyleSheet("background: white; color: #141418;")
    grid = QGridLayout(sheet)
    big = QFont(sheet.font())
    big.setPointSizeF(big.pointSizeF() * 1.6)
    for i, (lang, passport, native) in enumerate(PEOPLE):
        row, col = divmod(i, 3)
        caption = QLabel(f"{lang} · {passport}")
        caption.setTextFormat(Qt.TextFormat.PlainText)
        name = QLabel(native)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setFont(big)
        grid.addWidget(caption, row * 2, col)
        grid.addWidget(name, row * 2 + 1, col)
    sheet.resize(1100, 40 * len(PEOPLE))
    sheet.adjustSize()
    out = ROOT / "docs" / "specimens" / "screen-names.png"
    sheet.grab().save(str(out))
    print(out)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
