"""The baseline of bench_window.py: a bare PySide6 table of 2,000 rows of ASCII text.

    python benchmarks/bare_table.py shot.png     # start, paint, save the picture, exit

The same model serves the launch (this script, in its own process) and the scrolling baseline
(imported in bench_window.py's process). A minimal QAbstractTableModel, not a
QStandardItemModel: PySide6 6.12 crashed filling one in a loop.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

ROWS, COLUMNS = 2000, 9


class BareModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows = [[f"cell {r} {c}" for c in range(COLUMNS)] for r in range(ROWS)]

    def rowCount(self, parent=None) -> int:
        return ROWS

    def columnCount(self, parent=None) -> int:
        return COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def main(path: str) -> int:
    app = QApplication(sys.argv[:1])
    model = BareModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    view.grab().save(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
