"""The one "latest job wins" helper: newest answer only, actions refused while busy, every failure
somewhere a person sees it, nothing delivered to an owner that is gone."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from frontdesk.errors import ConflictError, DatabaseBusy
from frontdesk.gui import failures
from frontdesk.gui.jobs import LatestJob


class Gate:
    """A job that waits until the test opens the gate, then answers with its argument."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.ran: list[str] = []

    def __call__(self, value: str) -> str:
        self.ran.append(value)
        assert self.open.wait(5)
        return value


@pytest.fixture
def owner(qtbot):
    obj = QObject()
    yield obj
    if obj is not None:
        obj.deleteLater()


def test_only_the_newest_question_is_answered(qtbot, owner):
    job = LatestJob(owner, opens_database=False)
    gate = Gate()
    answers, busy = [], []
    job.busy_changed.connect(busy.append)
    for text in ("k", "ki", "kim"):
        job.submit(gate, text, done=answers.append)
    assert job.busy
    gate.open.set()
    qtbot.waitUntil(lambda: not job.busy, timeout=5000)
    assert answers == ["kim"]  # "k" was overtaken while it ran; "ki" never ran
    assert gate.ran == ["k", "kim"]
    assert busy == [True, False]


def test_an_action_is_refused_while_one_runs(qtbot, owner):
    job = LatestJob(owner, opens_database=False)
    gate = Gate()
    answers = []
    assert job.start(gate, "first", done=answers.append)
    assert not job.start(gate, "second", done=answers.append)
    gate.open.set()
    qtbot.waitUntil(lambda: answers == ["first"], timeout=5000)
    assert job.start(gate, "third", done=answers.append)
    qtbot.waitUntil(lambda: answers == ["first", "third"], timeout=5000)


def test_failures_reach_the_handler_with_the_exception(qtbot, owner, caplog):
    job = LatestJob(owner, opens_database=False)
    errors = []

    def refuse():
        raise ConflictError("this visit is not checked in")

    def crash():
        return {}["missing"]

    job.submit(refuse, failed=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    job.submit(crash, failed=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    assert isinstance(errors[0], ConflictError)
    assert failures.describe(errors[0]) == "This visit is not checked in"
    assert isinstance(errors[1], KeyError)
    assert failures.describe(errors[1]).startswith("Unexpected error (KeyError)")
    # The bug's trace is in the log; a refusal meant for a person is not logged as an error.
    traces = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(traces) == 1 and traces[0].exc_info[0] is KeyError


def test_a_failure_nobody_handles_is_shown_in_a_box(qtbot, owner):
    job = LatestJob(owner, opens_database=False)

    def busy():
        raise DatabaseBusy()

    job.submit(busy)
    qtbot.waitUntil(lambda: failures.last_box() is not None and failures.last_box().isVisible())
    box = failures.last_box()
    assert box.text() == "The database is busy; try again."
    box.close()


def test_no_answer_reaches_an_owner_that_is_gone(qtbot):
    owner = QObject()
    job = LatestJob(owner, opens_database=False)
    gate = Gate()
    answers = []
    job.submit(gate, "late", done=answers.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(job), timeout=5000)  # the window closed
    gate.open.set()
    assert job.wait(5000)
    for _ in range(5):
        QApplication.processEvents()
    assert answers == []


def test_a_closed_job_runs_nothing_more(qtbot, owner):
    job = LatestJob(owner, opens_database=False)
    gate = Gate()
    answers = []
    job.submit(gate, "first", done=answers.append)
    job.close()
    assert not job.busy
    job.submit(gate, "second", done=answers.append)
    assert not job.start(gate, "third", done=answers.append)
    gate.open.set()
    assert job.wait(5000)
    QApplication.processEvents()
    assert answers == [] and gate.ran == ["first"]


def test_one_helper_runs_the_windows_jobs(qtbot, owner):
    """LatestJob is the window's only way to run work off the GUI thread: the older Runner
    (answers by string tags, a ``connect`` flag hiding QObject.connect) is gone, and no GUI
    module makes a thread pool of its own."""
    import importlib.util
    from pathlib import Path

    import frontdesk.gui

    assert importlib.util.find_spec("frontdesk.gui.workers") is None
    gui = Path(frontdesk.gui.__file__).parent
    pools = [p.name for p in gui.glob("*.py") if "QThreadPool(" in p.read_text(encoding="utf-8")]
    assert pools == ["jobs.py"]
    job = LatestJob(owner, opens_database=False)
    assert "connect" not in vars(job) and job.connect.__name__ == "connect"


def test_uncaught_errors_anywhere_are_logged_and_shown(qtbot, monkeypatch, caplog):
    monkeypatch.setattr("sys.excepthook", __import__("sys").excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(previous)
    try:
        failures.install_hooks()

        def worker():
            raise RuntimeError("printer spooler vanished")

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: failures.last_box() is not None and failures.last_box().isVisible())
        assert "printer spooler vanished" in failures.last_box().text()
        assert any(
            r.levelno == logging.CRITICAL and r.exc_info[0] is RuntimeError for r in caplog.records
        )
    finally:
        qInstallMessageHandler(previous)
        if failures.last_box() is not None:
            failures.last_box().close()
