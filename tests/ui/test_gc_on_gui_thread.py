"""Cycles holding Qt objects are freed by the GUI thread, never by a worker that allocates."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from frontdesk.gui.gc_on_gui_thread import collect_on_gui_thread


class _Holder:
    pass


def test_cycles_with_qt_objects_are_freed_on_the_gui_thread_only(qtbot):
    collector = collect_on_gui_thread(QApplication.instance())
    assert collector is collect_on_gui_thread(QApplication.instance())
    assert not gc.isenabled()
    freed: list[threading.Thread] = []
    for _ in range(50):
        holder = _Holder()
        holder.me = holder  # a cycle: only the cycle collector frees it
        holder.obj = QObject()
        holder.obj.destroyed.connect(lambda *_: freed.append(threading.current_thread()))
    del holder

    kept: list[list] = []

    def allocate() -> None:  # a worker making many objects: past every threshold
        # Kept until the end: Python counts allocations less deallocations, so objects freed
        # at once would leave the young generation's count below its threshold.
        kept.extend([] for _ in range(200_000))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert freed == []  # the worker did not collect
    qtbot.waitUntil(lambda: len(freed) == 50, timeout=5_000)
    assert all(thread is threading.main_thread() for thread in freed)
    kept.clear()
