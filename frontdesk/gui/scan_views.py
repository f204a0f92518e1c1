"""The desk's views of the doors: who is on site now (a live dock), and the supervisor's log of
the day's scans (filterable by door, verdict and badge; refusals stand out).

    dock = OnsiteDock(zone, settings, parent=window)     # refreshed every few seconds
    dialog = ScanLogDialog(day, zone, parent=window)
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.vocabulary import translated
from frontdesk.services.onsite import OnSite, door_contacts, onsite_now
from frontdesk.services.scan_view import ScanLine, day_scans

ONSITE_REFRESH_MS = 5000
_REFUSED = QColor("#a4000f")


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses name the columns and the cells."""

    CONTEXT = ""  # the HEADERS' QT_TRANSLATE_NOOP context
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translated(self.CONTEXT, self.HEADERS[section])
        return None


class OnsiteModel(_RowsModel):
    CONTEXT = "OnsiteModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OnsiteModel", "Holder"),
        QT_TRANSLATE_NOOP("OnsiteModel", "Name"),
        QT_TRANSLATE_NOOP("OnsiteModel", "Native name"),
        QT_TRANSLATE_NOOP("OnsiteModel", "Badge"),
        QT_TRANSLATE_NOOP("OnsiteModel", "Entered"),
        QT_TRANSLATE_NOOP("OnsiteModel", "Door"),
        QT_TRANSLATE_NOOP("OnsiteModel", "Going to"),
    )

    def __init__(self, zone: dt.tzinfo, parent=None) -> None:
        super().__init__(parent)
        self.zone = zone

    @property
    def people(self) -> list[OnSite]:
        return self.rows

    def set_people(self, people: list[OnSite]) -> None:
        self.set_rows(people)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.people[index.row()]
        return (
            p.holder.value.capitalize() if p.holder else "?",
            p.display_name or "",
            p.native_name or "",
            f"B-{p.badge_id}",
            p.entered_at.astimezone(self.zone).strftime("%H:%M"),
            p.door or "",
            p.destination or "",
        )[index.column()]


class OnsiteDock(QDockWidget):
    """Everyone whose last valid scan was an entry, refreshed every few seconds."""

    refreshed = Signal()

    def __init__(self, zone: dt.tzinfo, parent=None, settings=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("onsiteDock")
        self.setWindowTitle(self.tr("On site"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(body)
        self.model = OnsiteModel(zone, self)
        self.table = QTableView(body)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.roll_call_button = QPushButton(self.tr("Fire roll-call (PDF)"), body)
        self.roll_call_button.clicked.connect(self.roll_call)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.roll_call_button)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.setWidget(body)
        self.zone = zone
        self.job = LatestJob(self, failed=lambda error: self.summary.setText(describe(error)))
        self.timer = QTimer(self, interval=ONSITE_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def retranslate(self) -> None:
        """The desk's language changed (MainWindow.retranslate)."""
        self.setWindowTitle(self.tr("On site"))
        self.roll_call_button.setText(self.tr("Fire roll-call (PDF)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.HEADERS) - 1)

    def refresh(self) -> None:
        if not self.job.busy and (self.isVisible() or not self.model.people):
            self.job.submit(onsite_now, done=self._show)

    def _show(self, people: list[OnSite]) -> None:
        self.model.set_people(people)
        counts: dict[str, int] = {}
        for p in people:
            key = p.holder.value if p.holder else "unknown"
            counts[key] = counts.get(key, 0) + 1
        parts = ", ".join(f"{n} {k}{'s' if n > 1 else ''}" for k, n in counts.items())
        self.summary.setText(
            self.tr("{n} on site{parts}").format(n=len(people), parts=f": {parts}" if parts else "")
        )
        self.refreshed.emit()

    def roll_call(self) -> None:
        from frontdesk.gui.rollcall import print_roll_call

        print_roll_call(
            self,
            onsite_now,
            self.zone,
            source="the desk (shared scan log)",
            settings=self.settings,
            doors_fn=door_contacts,
        )


class ScanLogModel(_RowsModel):
    CONTEXT = "ScanLogModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ScanLogModel", "Time"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Verdict"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Reason"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Door"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Way"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Badge"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Name"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Holder"),
        QT_TRANSLATE_NOOP("ScanLogModel", "Sent"),
    )

    def __init__(self, zone: dt.tzinfo, parent=None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.at.astimezone(self.zone).strftime("%H:%M:%S"),
                "✔ valid" if r.valid else "✖ REFUSED",
                (r.reason or "").replace("_", " "),
                r.door,
                r.direction,
                f"B-{r.badge_id}" if r.badge_id else "",
                r.display_name or "",
                r.holder_type or "",
                "late (door offline)" if r.late else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not r.valid:
            return QBrush(_REFUSED)
        if role == Qt.ItemDataRole.FontRole and not r.valid:
            return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None


class ScanFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.door = ""
        self.verdict = "all"  # all | valid | refused
        self.badge = ""

    def set_filters(self, door: str, verdict: str, badge: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
        self.door, self.verdict = door, verdict
        self.badge = badge.strip().upper().removeprefix("B-").split("/")[0]  # B-1043/2 too
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        r: ScanLine = self.sourceModel().rows[row]
        if self.door and r.door != self.door:
            return False
        if (self.verdict == "valid" and not r.valid) or (self.verdict == "refused" and r.valid):
            return False
        return not (self.badge and str(r.badge_id or "") != self.badge)


class ScanLogDialog(QDialog):
    """The supervisor's view: the day's scans, newest first."""

    loaded = Signal()

    def __init__(self, day: dt.date, zone: dt.tzinfo, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scans at the doors"))
        self.resize(1100, 600)
        self.zone = zone
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.date_edit = QDateEdit(day, self)
        self.date_edit.setCalendarPopup(True)
        self.door_combo = QComboBox(self)
        self.verdict_combo = QComboBox(self)
        self.verdict_combo.addItem(self.tr("All verdicts"), "all")
        self.verdict_combo.addItem(self.tr("Refused only"), "refused")
        self.verdict_combo.addItem(self.tr("Valid only"), "valid")
        self.badge_edit = QLineEdit(self)
        self.badge_edit.setPlaceholderText(self.tr("Badge number"))
        self.counts = QLabel(self)
        for widget in (self.date_edit, self.door_combo, self.verdict_combo, self.badge_edit):
            bar.addWidget(widget)
        bar.addWidget(self.counts, 1)
        layout.addLayout(bar)
        self.model = ScanLogModel(zone, self)
        self.proxy = ScanFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.job = LatestJob(self, failed=lambda error: self.counts.setText(describe(error)))
        self.date_edit.dateChanged.connect(self.load)
        self.door_combo.currentIndexChanged.connect(self._filter)
        self.verdict_combo.currentIndexChanged.connect(self._filter)
        self.badge_edit.textChanged.connect(self._filter)
        self.load()

    def load(self, *_args) -> None:
        day = self.date_edit.date().toPython()
        self.job.submit(day_scans, day, tz=self.zone, done=self._show)  # the newest day wins

    def _show(self, rows: list[ScanLine]) -> None:
        self.model.set_rows(rows)
        current = self.door_combo.currentData() or ""
        self.door_combo.blockSignals(True)
        self.door_combo.clear()
        self.door_combo.addItem(self.tr("All doors"), "")
        for door in sorted({r.door for r in rows}):
            self.door_combo.addItem(door, door)
        self.door_combo.setCurrentIndex(max(0, self.door_combo.findData(current)))
        self.door_combo.blockSignals(False)
        self._filter()
        self.loaded.emit()

    def _filter(self, *_args) -> None:
        self.proxy.set_filters(
            self.door_combo.currentData() or "",
            self.verdict_combo.currentData(),
            self.badge_edit.text(),
        )
        refused = sum(1 for r in self.model.rows if not r.valid)
        self.counts.setText(
            self.tr("{shown} of {total} scans shown · {refused} refused").format(
                shown=self.proxy.rowCount(), total=len(self.model.rows), refused=refused
            )
        )
