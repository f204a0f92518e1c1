"""Every SQL statement the GUI thread sends to the database, and where in frontdesk it came from.

    with GuiThreadSql(db) as sql:
        ...                          # drive the window
    assert sql.statements == []      # (statement, the frontdesk frames that asked)

A spy on the real database object (the statements still run): a statement run by a worker is
not noted; one run by the thread that made the QApplication is, with the calls that led to it.
"""

from __future__ import annotations

import threading
import traceback


class GuiThreadSql:
    def __init__(self, database) -> None:
        self.database = database
        self.gui_thread = threading.main_thread()
        self.statements: list[tuple[str, list[str]]] = []

    def _spy(self, sql, params=None, *args, **kwargs):
        if threading.current_thread() is self.gui_thread:
            frames = [
                f"{frame.filename.split('/frontdesk/')[-1]}:{frame.lineno} {frame.name}"
                for frame in traceback.extract_stack()[:-1]
                if "/frontdesk/" in frame.filename and "/frontdesk/store/" not in frame.filename
            ]
            self.statements.append((str(sql)[:120], frames))
        return self._real(sql, params, *args, **kwargs)

    def __enter__(self) -> GuiThreadSql:
        self._real = self.database.execute_sql
        self.database.execute_sql = self._spy
        return self

    def __exit__(self, *exc) -> None:
        del self.database.execute_sql

    def where(self) -> list[str]:
        """The frontdesk/gui frame nearest each statement, once each (for a failure message)."""
        seen: list[str] = []
        for _sql, frames in self.statements:
            gui = [f for f in frames if f.startswith("gui/")]
            place = (
                (gui[-1] if gui else frames[-1] if frames else "?")
                + " <- "
                + (" <- ".join(reversed(frames[-4:])))
            )
            if place not in seen:
                seen.append(place)
        return seen
