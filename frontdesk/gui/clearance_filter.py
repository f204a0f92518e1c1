"""The day view's financial clearance filter (issue 19): a combo beside the others.

    ClearanceFilter(combo_parent_layout, proxy, after=ui.languageFilter)
    clearance_filter.day_shown(day)        # the day view read a day: the statuses read again

The statuses of the day's stays are read on a worker (:func:`frontdesk.services.clearance.
clearance_on_day`: a handful of statements whatever the day's size); the proxy then keeps the
rows of the patients whose clearance is in the chosen state. Choosing "Any clearance" reads
nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.schedule_filter import ScheduleFilter
from frontdesk.services.clearance import ClearanceStatus, clearance_on_day


class ClearanceFilter(QObject):
    def __init__(self, beside: QComboBox, proxy: ScheduleFilter, parent: QWidget) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.day: dt.date | None = None
        self.combo = QComboBox(beside.parentWidget())
        self.combo.setObjectName("clearanceFilter")
        self.combo.addItem(self.tr("Any clearance"), "")
        self.combo.addItem(self.tr("Clearance not cleared"), "open")
        self.combo.addItem(self.tr("Clearance expired"), ClearanceStatus.EXPIRED.value)
        self.combo.addItem(self.tr("Cleared"), ClearanceStatus.CLEARED.value)
        self.combo.setToolTip(self.tr("Financial clearance of the patients' stays"))
        layout = beside.parentWidget().layout()
        holder = _layout_holding(layout, beside)
        holder.insertWidget(holder.indexOf(beside) + 1, self.combo)
        self.job = LatestJob(self)
        self.combo.currentIndexChanged.connect(self._chosen)

    def day_shown(self, day: dt.date) -> None:
        self.day = day
        if self.combo.currentData():
            self.job.submit(clearance_on_day, day, done=self._apply)

    def _chosen(self) -> None:
        if not self.combo.currentData():
            self.proxy.set_patients(None)
        elif self.day is not None:
            self.job.submit(clearance_on_day, self.day, done=self._apply)

    def _apply(self, statuses: dict[int, ClearanceStatus]) -> None:
        wanted = self.combo.currentData()
        if not wanted:
            return
        if wanted == "open":
            keep = {ClearanceStatus.PENDING, ClearanceStatus.EXPIRED}
        else:
            keep = {ClearanceStatus(wanted)}
        self.proxy.set_patients(frozenset(p for p, s in statuses.items() if s in keep))

    def close(self) -> None:
        self.job.close()


def _layout_holding(layout, widget):
    layouts = [layout]
    while layouts:
        current = layouts.pop()
        if current.indexOf(widget) >= 0:
            return current
        children = (current.itemAt(i).layout() for i in range(current.count()))
        layouts += [child for child in children if child is not None]
    raise AssertionError("the widget is in a layout")
