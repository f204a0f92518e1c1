"""The schedule watch folder: exports dropped into it are imported, then filed away.

    watcher = WatchFolder(Path("/srv/exports"), actor, parent=window)
    watcher.handled.connect(window.statusBar().showMessage)
    watcher.start()

Each new file is imported by the one import path (format from its content, all or nothing)
once neither its size nor its time has changed for three seconds (a sender may still be
writing it), off the GUI thread, one at a time. It is then moved to ``done/`` or ``failed/``
with ``NAME.report.txt`` beside it (the report, or every error with its place), on the worker
thread too (a network folder can be slow). A file the database could not take (busy, or out
of reach) stays where it is and is tried again at the next look. Hidden files and
``*.part``/``*.tmp`` are left alone. QFileSystemWatcher says when the folder changes; a slow
timer covers network folders, where it does not. Each look at the folder (its list and each
file's size and time, and making ``done/`` and ``failed/``) runs on a worker too: a network
folder that does not answer must not freeze the window.

:func:`attach` wires it to the main window from the settings (a station's own setting), and
follows a change made in the Settings dialog. Stopping never waits: an import under way ends
on its own and its file is filed away as usual.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from frontdesk import clock
from frontdesk.errors import DatabaseBusy, DatabaseUnavailable, FrontdeskError
from frontdesk.gui.failures import describe
from frontdesk.gui.import_dialog import summary_line
from frontdesk.gui.jobs import LatestJob
from frontdesk.services.actors import Actor
from frontdesk.services.database import explained
from frontdesk.services.schedule_import import ImportFailed, ImportReport, import_schedule_file

log = logging.getLogger(__name__)
SKIPPED_SUFFIXES = (".part", ".tmp", ".crdownload", ".report.txt")
SETTLE_S = 3.0  # unchanged this long: the exporting system has finished writing it


@dataclass(frozen=True, slots=True)
class Filed:
    """What became of one export."""

    path: Path
    report: ImportReport | None  # None: refused (``error`` says why)
    error: FrontdeskError | Exception | None
    stuck: bool  # imported (or refused) but could not be moved away


def import_and_file(path: Path, actor: Actor) -> Filed:
    """Import one export and move it, with its report, to ``done/`` or ``failed/``. A busy or
    unreachable database raises: the file stays for the next look."""
    report: ImportReport | None = None
    error: Exception | None = None
    try:
        report = import_schedule_file(path, actor)
    except Exception as raw:
        error = explained(raw)
        if isinstance(error, DatabaseBusy | DatabaseUnavailable):
            raise error from raw
        if not isinstance(error, FrontdeskError):
            log.error("watch folder: %s", path, exc_info=error)
    text = report.describe() if report is not None else str(error)
    target = path.parent / ("done" if report is not None else "failed") / path.name
    if target.exists():  # the same export name again: keep both
        stamp = clock.now().astimezone().strftime("%Y%m%dT%H%M%S%f")
        target = target.with_name(f"{target.stem}-{stamp}{target.suffix}")
    try:
        shutil.move(str(path), target)
        target.with_name(target.name + ".report.txt").write_text(text + "\n", "utf-8")
    except OSError as exc:
        log.error("watch folder: cannot file %s into %s: %s", path, target.parent, exc)
        return Filed(path, report, error, stuck=True)
    return Filed(path, report, error, stuck=False)


class WatchFolder(QObject):
    handled = Signal(str)  # one line: what happened to which file

    def __init__(
        self,
        folder: Path,
        actor: Actor,
        parent: QObject | None = None,
        *,
        poll_ms: int = 5000,
        settle_s: float = SETTLE_S,
    ) -> None:
        super().__init__(parent)
        self.settle_s = settle_s
        self.folder = Path(folder)
        self.actor = actor
        self.job = LatestJob(self, lane_name="import", failed=self.on_failed)
        # The folder's list, looked at on a lane of its own (not behind an import).
        self.looker = LatestJob(self, lane_name="watch", opens_database=False, failed=self._unseen)
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self._seen: dict[Path, tuple[tuple[int, int], float]] = {}  # (size, mtime), since
        self._current: Path | None = None
        self._stuck: set[Path] = set()  # imported, but could not be moved away
        self._stopped = False
        self.watcher.directoryChanged.connect(self.scan)
        self.timer.timeout.connect(self.scan)

    def start(self) -> None:
        """Look now (the folders are made by that first look, on a worker) and from now on."""
        self.timer.start()
        self.scan()

    def stop(self) -> None:
        """Look no more; an import under way still ends and files its file."""
        self._stopped = True
        self.timer.stop()
        self.looker.close()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    def retire(self) -> None:
        """Stop, and go away once no import is under way (never waiting for one)."""
        self.stop()
        if self.job.busy:
            self.job.busy_changed.connect(lambda busy: busy or self.deleteLater())
        else:
            self.deleteLater()

    def scan(self, *_args) -> None:
        """Look at the folder on a worker; then start the import of the first file that has not
        changed (size and modification time) for ``settle_s`` seconds: an export still being
        written is left alone."""
        if not self._stopped:
            self.looker.submit(look, self.folder, done=self._looked)

    def _unseen(self, error: BaseException) -> None:
        log.warning("watch folder %s: %s", self.folder, error)

    def _looked(self, entries: list[tuple[Path, tuple[int, int]]]) -> None:
        if self._stopped:
            return
        if not self.watcher.directories():  # the folder is there now: hear its changes
            self.watcher.addPath(str(self.folder))
        now = time.monotonic()
        seen: dict[Path, tuple[tuple[int, int], float]] = {}
        for path, signature in entries:
            before = self._seen.get(path)
            since = before[1] if before is not None and before[0] == signature else now
            seen[path] = (signature, since)
        self._seen = seen
        waiting = [p for p in seen if p != self._current and p not in self._stuck]
        if not self.job.busy:
            for path in waiting:
                if now - seen[path][1] >= self.settle_s:
                    self._current = path
                    self.job.start(import_and_file, path, self.actor, done=self.on_filed)
                    break
        if waiting:
            QTimer.singleShot(500, self.scan)  # look again soon: has it settled, is it done?

    def on_filed(self, filed: Filed) -> None:
        self._current = None
        self._seen.pop(filed.path, None)
        if filed.stuck:
            # Left where it is, it would be imported again at every look: not while this
            # program runs (it says so in its log and the status bar).
            self._stuck.add(filed.path)
        if filed.report is not None:
            self.handled.emit(summary_line(filed.report))
        else:
            error = filed.error
            why = (
                self.tr("{n} error(s), see its report").format(n=len(error.report.errors))
                if isinstance(error, ImportFailed)
                else describe(error)
            )
            self.handled.emit(
                self.tr("{name}: import failed ({why})").format(name=filed.path.name, why=why)
            )
        self.scan()

    def on_failed(self, error: BaseException) -> None:
        """The database could not take the file (busy, out of reach): it stays, tried again at
        the next look."""
        name = self._current.name if self._current else ""
        self._current = None
        self.handled.emit(
            self.tr("{name}: not imported yet ({why})").format(name=name, why=describe(error))
        )


def look(folder: Path) -> list[tuple[Path, tuple[int, int]]]:
    """On a worker: the exports in the folder with their (size, modification time), the
    ``done/`` and ``failed/`` folders made on the way."""
    for sub in ("done", "failed"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    entries = []
    for path in folder.iterdir():
        if not _wanted(path):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        entries.append((path, (stat.st_size, stat.st_mtime_ns)))
    return entries


def _wanted(path: Path) -> bool:
    name = path.name
    return (
        path.is_file()
        and not name.startswith((".", "~"))
        and not name.lower().endswith(SKIPPED_SUFFIXES)
    )


def attach(window) -> Callable[[], None]:
    """Watch the folder named in the window's settings, as the station itself (an unattended
    import has no staff member); restarted after the Settings dialog is closed. Returns the
    restart. The station's row is read (made, the first time) on a worker: ``window.watch_folder``
    is set when it is back, and a failure is said in the status bar."""
    from frontdesk.services.actors import station_actor

    def not_started(folder: str, exc: BaseException) -> None:
        log.error("watch folder %s not started: %s", folder, exc)
        window.statusBar().showMessage(
            QCoreApplication.translate("WatchFolder", "Watch folder not started: {why}").format(
                why=describe(exc)
            ),
            10_000,
        )

    starter = LatestJob(window)  # the station's row, on a worker

    def start(folder: str, actor: Actor) -> None:
        try:
            watcher = WatchFolder(Path(folder), actor, window)
            watcher.handled.connect(lambda text: window.statusBar().showMessage(text, 10_000))
            watcher.handled.connect(lambda _text: window.poll_changes())
            watcher.start()
        except Exception as exc:  # a folder that cannot be watched must not stop the desk
            not_started(folder, exc)
            return
        window.watch_folder = watcher

    def restart() -> None:
        old = getattr(window, "watch_folder", None)
        if old is not None:
            old.retire()
        window.watch_folder = None
        starter.cancel()  # a start still asked for is not wanted any more
        folder = window.settings.watch_folder
        if not folder:
            return
        starter.submit(
            station_actor,
            window.settings.station_name,
            done=lambda actor: start(folder, actor),
            failed=lambda exc: not_started(folder, exc),
        )

    window.watch_folder_starter = starter
    window.dialogs.settings_closed.connect(restart)  # the Settings dialog has closed
    restart()
    return restart
