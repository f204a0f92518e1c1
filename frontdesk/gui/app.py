"""Starting the window: a main window listing the day's schedule (the full desk comes next).

run_window("sqlite:///frontdesk.sqlite3")
"""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from frontdesk.gui.schedule_model import ScheduleModel
from frontdesk.services.office import office_zone
from frontdesk.services.schedule import day_schedule
from frontdesk.store.database import open_database
from frontdesk.timeutil import today


class MainWindow(QMainWindow):
    def __init__(self, day: dt.date) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Frontdesk"))
        self.day = day
        self.heading = QLabel()
        self.model = ScheduleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        body = QWidget()
        body.setLayout(layout)
        self.setCentralWidget(body)
        self.reload()

    def reload(self) -> None:
        entries = day_schedule(self.day)
        self.model.set_entries(entries)
        self.heading.setText(
            self.tr("{day}: {n} appointments").format(
                day=self.day.strftime("%A %d %B %Y"), n=len(entries)
            )
        )
        self.table.resizeColumnsToContents()


def run_window(url: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    open_database(url)
    window = MainWindow(today(office_zone()))
    window.resize(1366, 768)
    window.show()
    return app.exec()
