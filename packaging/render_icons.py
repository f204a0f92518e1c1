"""Renders the application icon (resources/icons/frontdesk.svg) to the PNG sizes of the hicolor
theme, for menus that do not draw SVG: python packaging/render_icons.py OUT_DIR"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    out = Path(sys.argv[1])
    _app = QGuiApplication(["render_icons", "-platform", "offscreen"])
    svg = Path(__file__).resolve().parents[1] / "resources" / "icons" / "frontdesk.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"cannot read {svg}")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "org.ipcfrontdesk.Frontdesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            sys.exit(f"cannot write {target}")


if __name__ == "__main__":
    main()
