"""The window fitted to the screen it opens on, and a table's columns fitted to its width.

    place_window(window, settings.q)     # last size and place if they fit, else fitted
    fit_columns(view, {TIME: (52, 44), PATIENT: (175, 120), ...})   # preferred, least

A desk's screen may be 1280x1024, 1366x768 or 1920x1080: the window takes the screen's room
(and remembers what the receptionist made of it), and the schedule shows every column in the
width it gets, narrowing them in proportion down to a legible least before a horizontal scroll
bar appears. A column the receptionist drags keeps its width from then on.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings
from PySide6.QtWidgets import QAbstractItemView, QWidget

GEOMETRY_KEY = "window/geometry"
# Below this the window opens maximised: a smaller frame would only waste the screen.
MAXIMISE_BELOW = (1440, 900)


def fitted_rect(screen: QRect, preferred: tuple[int, int] = (1366, 768)) -> tuple[QRect, bool]:
    """Where the window goes on a screen's available area, and whether it opens maximised.

    >>> from PySide6.QtCore import QRect
    >>> fitted_rect(QRect(0, 0, 1280, 984))[1]
    True
    >>> rect, maximised = fitted_rect(QRect(0, 0, 2560, 1400))
    >>> (rect.width(), rect.height(), maximised)
    (2176, 1190, False)
    """
    width, height = screen.width(), screen.height()
    if width < MAXIMISE_BELOW[0] or height < MAXIMISE_BELOW[1]:
        return QRect(screen), True
    w = max(preferred[0], int(width * 0.85))
    h = max(preferred[1], int(height * 0.85))
    w, h = min(w, width), min(h, height)
    return QRect(screen.x() + (width - w) // 2, screen.y() + (height - h) // 2, w, h), False


class _Remember(QObject):
    def __init__(self, window: QWidget, q: QSettings) -> None:
        super().__init__(window)
        self.q = q

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close:
            self.q.setValue(GEOMETRY_KEY, watched.saveGeometry())
        return False


def place_window(window: QWidget, q: QSettings) -> None:
    """Show ``window`` as it was last closed on this station if that still fits the screen,
    else fitted to the screen; its size and place are saved when it closes."""
    window.installEventFilter(_Remember(window, q))
    screen = (window.screen() or window.window().screen()).availableGeometry()
    saved = q.value(GEOMETRY_KEY)
    restored = isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved))
    if restored and screen.contains(window.frameGeometry().center()):
        window.show()
        return
    rect, maximised = fitted_rect(screen)
    if maximised:
        window.showMaximized()
        return
    window.setGeometry(rect)
    window.show()


def column_widths(available: int, columns: dict[int, tuple[int, int]]) -> dict[int, int]:
    """Widths for ``columns`` (column: (preferred, least)) in ``available`` pixels: preferred
    when they fit (the last column takes what is left), else each narrowed in proportion to how
    much it can give, never below its least.

    >>> column_widths(1000, {0: (100, 50), 1: (300, 100)})
    {0: 100, 1: 300}
    >>> column_widths(300, {0: (100, 50), 1: (300, 100)})
    {0: 80, 1: 220}
    >>> column_widths(100, {0: (100, 50), 1: (300, 100)})
    {0: 50, 1: 100}
    """
    preferred = sum(p for p, _ in columns.values())
    if preferred <= available:
        return {c: p for c, (p, _) in columns.items()}
    slack = sum(p - least for p, least in columns.values())
    short = preferred - available
    if slack <= 0 or short >= slack:
        return {c: least for c, (_, least) in columns.items()}
    share = short / slack
    return {c: p - round((p - least) * share) for c, (p, least) in columns.items()}


class ColumnFitter(QObject):
    """Keeps a view's columns fitted to its viewport until the user drags one."""

    def __init__(self, view: QAbstractItemView, columns: dict[int, tuple[int, int]]) -> None:
        super().__init__(view)
        self.view = view
        self.columns = columns
        self.user_sized = False
        self._fitting = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._section_resized)
        self.fit()

    def fit(self) -> None:
        if self.user_sized:
            return
        widths = column_widths(self.view.viewport().width(), self.columns)
        self._fitting = True
        try:
            for column, width in widths.items():
                if self.view.columnWidth(column) != width:
                    self.view.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.view.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)
        if not self._fitting and column != last and header.underMouse():
            self.user_sized = True  # the receptionist's own widths win from now on

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def fit_columns(view: QAbstractItemView, columns: dict[int, tuple[int, int]]) -> ColumnFitter:
    return ColumnFitter(view, columns)
