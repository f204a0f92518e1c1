"""The schedule watch folder: exports dropped into it are imported, then filed away.

    watcher = WatchFolder(Path("/srv/exports"), actor, parent=window)
    watcher.handled.connect(window.statusBar().showMessage)
    watcher.start()

Each new file is imported by the one import path (format from its content, all or nothing)
once neither its size nor its time has changed for three seconds (a sender may still be
writing it), off the GUI thread,
one at a time. It is then moved to ``done/`` or ``failed/`` with ``NAME.report.txt`` beside
it (the report, or every error with its place). Hidden files and ``*.part``/``*.tmp`` are
left alone. QFileSystemWatcher says when the folder changes; a slow timer covers network
folders, where it does not.

:func:`attach` wires it to the main window from the settings (a station's own setting), and
follows a change made in the Settings dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from frontdesk.gui.workers import Runner
from frontdesk.services.actors import Actor
from frontdesk.services.schedule_import import import_schedule_file

log = logging.getLogger(__name__)
SKIPPED_SUFFIXES = (".part", ".tmp", ".crdownload", ".report.txt")
SETTLE_S = 3.0  # unchanged this long: the exporting system has finished writing it


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
        self.runner = Runner(self)
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self._seen: dict[Path, tuple[tuple[int, int], float]] = {}  # (size, mtime), since
        self._busy: set[Path] = set()
        self._stuck: set[Path] = set()  # imported, but could not be moved away
        self.watcher.directoryChanged.connect(self.scan)
        self.timer.timeout.connect(self.scan)
        self.runner.finished.connect(self.on_imported)
        self.runner.failed.connect(self.on_failed)

    def start(self) -> None:
        for sub in ("done", "failed"):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        self.watcher.addPath(str(self.folder))
        self.timer.start()
        self.scan()

    def stop(self) -> None:
        self.timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.runner.wait(60_000)

    def scan(self, *_args) -> None:
        """Start the import of each file that has not changed (size and modification time)
        for ``settle_s`` seconds: an export still being written is left alone."""
        try:
            entries = [p for p in self.folder.iterdir() if _wanted(p)]
        except OSError as exc:
            log.warning("watch folder %s: %s", self.folder, exc)
            return
        now = time.monotonic()
        seen: dict[Path, tuple[tuple[int, int], float]] = {}
        for path in entries:
            try:
                stat = path.stat()
            except OSError:
                continue
            signature = (stat.st_size, stat.st_mtime_ns)
            before = self._seen.get(path)
            since = before[1] if before is not None and before[0] == signature else now
            seen[path] = (signature, since)
        for path, (_signature, since) in seen.items():
            if path in self._busy or path in self._stuck or now - since < self.settle_s:
                continue
            self._busy.add(path)
            self.runner.run(str(path), import_schedule_file, path, self.actor)
        self._seen = seen
        if any(path not in self._busy for path in seen):
            QTimer.singleShot(500, self.scan)  # look again soon: has it settled?

    def on_imported(self, tag: str, report) -> None:
        self._file(Path(tag), "done", report.describe())

    def on_failed(self, tag: str, message: str) -> None:
        self._file(Path(tag), "failed", message)

    def _file(self, path: Path, where: str, report: str) -> None:
        self._busy.discard(path)
        self._seen.pop(path, None)
        target = self.folder / where / path.name
        if target.exists():  # the same export name again: keep both
            stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
            target = target.with_name(f"{target.stem}-{stamp}{target.suffix}")
        try:
            shutil.move(str(path), target)
            target.with_name(target.name + ".report.txt").write_text(report + "\n", "utf-8")
        except OSError as exc:
            # Left where it is, it would be imported again at every look: not while this
            # program runs (it says so in its log and the status bar).
            self._stuck.add(path)
            log.error("watch folder: cannot file %s into %s: %s", path, where, exc)
        first = report.splitlines()[0] if report else path.name
        self.handled.emit(first if where == "done" else f"{path.name}: import failed")


def _wanted(path: Path) -> bool:
    name = path.name
    return (
        path.is_file()
        and not name.startswith((".", "~"))
        and not name.lower().endswith(SKIPPED_SUFFIXES)
    )


def attach(window) -> None:
    """Watch the folder named in the window's settings, as the station itself (an unattended
    import has no staff member); restarted after the Settings dialog is closed."""
    from frontdesk.services.actors import station_named

    def restart() -> None:
        old = getattr(window, "watch_folder", None)
        if old is not None:
            old.stop()
            old.deleteLater()
        window.watch_folder = None
        folder = window.settings.watch_folder
        if not folder:
            return
        try:
            actor = Actor(None, station_named(window.settings.station_name))
            watcher = WatchFolder(Path(folder), actor, window)
            watcher.handled.connect(lambda text: window.statusBar().showMessage(text, 10_000))
            watcher.handled.connect(lambda _text: window.poll_changes())
            watcher.start()
        except Exception as exc:  # a folder that cannot be made must not stop the desk
            log.error("watch folder %s not started: %s", folder, exc)
            window.statusBar().showMessage(f"Watch folder not started: {exc}", 10_000)
            return
        window.watch_folder = watcher

    window.ui.actionSettings.triggered.connect(restart)  # after open_settings has run
    restart()
