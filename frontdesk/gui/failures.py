"""What the window says when something fails, and the last resort for what nobody expected.

    self.ui.statusLabel.setText(describe(error))   # words for an exception a job gave back
    report(error)                                  # a box over the window (and the log)
    install_hooks()                                # at start: sys.excepthook, threading's, Qt's

A :class:`~frontdesk.errors.FrontdeskError` says what is wrong in the services' own words; a busy
or unreachable database in the window's (translated) words; anything else is a bug: its trace
goes to the log file, the person sees a box that says so, and the desk keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QThread,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.errors import DatabaseBusy, DatabaseUnavailable, FrontdeskError

log = logging.getLogger(__name__)
qt_log = logging.getLogger("frontdesk.qt")


def describe(error: BaseException) -> str:
    """One line a person can act on."""
    if isinstance(error, DatabaseBusy):
        return QCoreApplication.translate("failures", "The database is busy; try again.")
    if isinstance(error, DatabaseUnavailable):
        return QCoreApplication.translate(
            "failures", "The database cannot be reached; try again in a moment. ({detail})"
        ).format(detail=error.message)
    if isinstance(error, FrontdeskError):
        text = str(error)
        return text[:1].upper() + text[1:]
    return QCoreApplication.translate(
        "failures", "Unexpected error ({kind}): {message}. The details are in the log."
    ).format(kind=type(error).__name__, message=str(error)[:300])


_box: QMessageBox | None = None
_repeats = 0


def report(error: BaseException, *, logged: bool = True, title: str | None = None) -> None:
    """Show an error nobody else handled, in one box over the active window (a second one while
    it is open is counted in it, not stacked). ``logged=False``: write its trace first."""
    global _box, _repeats
    if not logged and not isinstance(error, FrontdeskError):
        log.error("unexpected error", exc_info=error)
    if QApplication.instance() is None:
        return
    text = describe(error)
    if _box is not None and _box.isVisible():
        _repeats += 1
        _box.setInformativeText(
            QCoreApplication.translate("failures", "{n} more since this one; see the log.").format(
                n=_repeats
            )
        )
        return
    _repeats = 0
    _box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("failures", "Something went wrong"),
        text,
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    _box.setObjectName("failureBox")
    _box.open()


def last_box() -> QMessageBox | None:
    """The box :func:`report` shows (tests read it)."""
    return _box


class _Poster(QObject):
    """Carries an error from any thread to the GUI thread (Qt queues the signal)."""

    posted = Signal(object)


_poster: _Poster | None = None


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("unexpected error", exc_info=(kind, error, trace))
    app = QApplication.instance()
    if app is not None and QThread.currentThread() is app.thread():
        report(error)
    elif _poster is not None:
        _poster.posted.emit(error)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context and context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def install_hooks() -> None:
    """Send every uncaught exception (GUI thread, worker threads, Qt slots) to the log and to a
    box, and Qt's own warnings to the log. Call once the QApplication exists."""
    global _poster
    if _poster is None:
        _poster = _Poster(QApplication.instance())
        _poster.posted.connect(report)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message)
