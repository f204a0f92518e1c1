"""Who is at the desk, proven: the sign-in dialog, and the checks behind the window and its lock.

    facts = desk_facts("amal", "Desk 1")               # on a worker: the staff, the rule, the actor
    actor = desk_actor(window, "amal", "Desk 1", facts)  # on the GUI thread: the dialog, if needed
    dialog = SignInDialog("Desk 1", "amal", parent)   # password, checked off the GUI thread

In an office that has not switched sign-in on (no admin yet: a new database, the demo) the
desk works as before: choosing a name is enough. Once it has, choosing a name opens this
dialog; the password is checked on a worker (argon2id takes a tenth of a second and the
database is asked), the dialog stays open with the reason on a wrong password or a locked
account, and a door account is refused at a desk (it opens the door screen only).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.errors import FrontdeskError
from frontdesk.gui.jobs import LatestJob
from frontdesk.services.accounts import sign_in, unlock
from frontdesk.services.actors import Actor, actor_for, list_staff
from frontdesk.services.roles import PermissionDenied, Role, role_of, sign_in_required


def desk_sign_in(username: str, secret: str, station: str) -> Actor:
    """A full sign-in at a desk (audited): refused for a door account."""
    actor = sign_in(username, secret, station)
    if role_of(actor.staff) is Role.DOOR:
        raise PermissionDenied(
            f"{username} is a door account: it opens the door screen only, not a desk"
        )
    return actor


def check_at_lock(current: Actor | None, username: str, secret: str, station: str) -> Actor:
    """Back at a locked desk: the same person with their PIN or password; anyone else signs in
    fully (switching people is a sign-in)."""
    if current is not None and current.staff is not None and current.staff.username == username:
        return unlock(current, secret)
    return desk_sign_in(username, secret, station)


@dataclass(frozen=True, slots=True)
class DeskFacts:
    """What the window needs to know about who may sit at the desk, read on a worker."""

    staff: list[tuple[str, str]]  # (username, display name) of the active accounts
    sign_in_required: bool  # the office signs staff in: a name alone is not enough
    named: Actor | None = None  # the actor for the name, where a name is enough
    refused: FrontdeskError | None = None  # why the name is not an actor (an inactive account)


def desk_facts(username: str | None, station: str) -> DeskFacts:
    """On a worker: the staff list, whether the office signs staff in, and, where it does not,
    the actor for ``username`` (the station is registered on first use, a write)."""
    staff = [(s.username, s.display_name) for s in list_staff()]
    if sign_in_required():
        return DeskFacts(staff, True)
    if not username:
        return DeskFacts(staff, False)
    try:
        return DeskFacts(staff, False, named=actor_for(username, station))
    except FrontdeskError as error:  # an account made inactive meanwhile: said, not raised
        return DeskFacts(staff, False, refused=error)


def desk_actor(
    window: QWidget, username: str, station: str, facts: DeskFacts, *, ask: bool = True
) -> Actor | None:
    """The actor for ``username`` at this desk (on the GUI thread, no database): as named while
    the office has no sign-in; proven (by this dialog, when ``ask``, or the lock) once it has.
    None when not signed in."""
    if not facts.sign_in_required:
        return facts.named
    proven = getattr(window, "proven_actor", None)
    if proven is not None and proven.staff.username == username and proven.station.name == station:
        return proven
    if not ask or not window.isVisible():  # starting: nobody is asked before the window is there
        return None
    dialog = SignInDialog(station, username, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
        window.proven_actor = dialog.actor
        return dialog.actor
    return None


class SignInDialog(QDialog):
    """User name and password; OK checks them on a worker and closes only when they are
    right."""

    def __init__(self, station: str, username: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in at {station}").format(station=station))
        self.station = station
        self.actor: Actor | None = None
        self.user = QLineEdit(username or "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.job = LatestJob(self, failed=self._refused)
        self.job.busy_changed.connect(self._busy)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        (self.password if username else self.user).setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self) -> None:
        self.error.clear()
        self.job.start(
            desk_sign_in,
            self.user.text().strip(),
            self.password.text(),
            self.station,
            done=self._signed_in,
        )

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Checking…"))

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.password.clear()
        self.password.setFocus()
        words = str(error) if isinstance(error, FrontdeskError) else type(error).__name__
        self.error.setText(words)

    def done(self, result: int) -> None:
        self.job.close()
        super().done(result)


class LockCheck:
    """What the idle lock asks before it opens (see :class:`frontdesk.gui.idle_lock.IdleLock`):
    who may unlock and whether a secret is needed (``people``), and whether the one typed is
    right (``check``); both run on a worker."""

    def __init__(self, window) -> None:
        self.window = window
        self._current: Actor | None = None
        self._station = ""

    def locking(self) -> None:  # on the GUI thread, as the desk locks: who was there
        self._current = getattr(self.window, "actor", None)
        self._station = self.window.settings.station_name

    def people(self) -> tuple[list[tuple[str, str]], bool]:
        """On a worker: [(username, display name)] of the active accounts, and whether the
        office signs staff in."""
        return [(s.username, s.display_name) for s in list_staff()], sign_in_required()

    def check(self, username: str, secret: str) -> Actor:
        actor = check_at_lock(self._current, username, secret, self._station)
        self.window.proven_actor = actor
        return actor
