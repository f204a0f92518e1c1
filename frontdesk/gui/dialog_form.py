"""What the desk's dialogs share: a message in red under each bad field, names typed in any script.

    self._fields = {"family_name": (ui.familyNameEdit, ui.familyNameError), ...}  # focus order
    self._setup_form(ui.formError)
    if self.show_errors(errors):      # every message under its field, focus on the first bad one
        return                        # nothing written

The messages are the services' own (``InputError.message``, keyed by ``InputError.where``), so
the window says exactly what an import or the command line would. Each one starts with "⚠ " so
that it is not told by colour alone, and becomes the field's accessible description for screen
readers.

    self.save_off_thread(update_contact, patient.id, actor, done=self._saved, phone=...)

writes on a worker (the GUI thread never waits on the database): OK is disabled meanwhile, a
refusal is shown under its field and anything else (a busy database, a bug) in words at the
bottom, and the dialog stays open with what was typed.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from frontdesk.errors import AboutField, FrontdeskError

WARNING = "⚠ "
_MAX_SHOWN = 240  # a pasted novel's length is reported, not the novel


def first_strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first letter with a strong direction, None when there is none.

    >>> first_strong_direction("  ١٢ محمد") == Qt.LayoutDirection.RightToLeft
    True
    >>> first_strong_direction("(Kim) 김민준") == Qt.LayoutDirection.LeftToRight
    True
    >>> first_strong_direction("12 - ") is None
    True
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def follow_script_direction(edit: QLineEdit) -> None:
    """Align the field to where its text starts: right for Arabic and Hebrew, left for the rest."""

    def update(text: str) -> None:
        direction = first_strong_direction(text)
        if direction is None:
            if edit.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
                edit.unsetLayoutDirection()
        elif direction != edit.layoutDirection():
            edit.setLayoutDirection(direction)

    edit.textChanged.connect(update)
    update(edit.text())


def searchable(combo: QComboBox, placeholder: str) -> None:
    """An editable combo whose list filters by any part of an item, in any case, as one types."""
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(placeholder)
    completer = combo.completer()
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def combo_value(combo: QComboBox) -> str | None:
    """The item data of the item whose text was typed or picked, else the text as typed."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # whole text, any case
    if index >= 0 and combo.itemData(index) is not None:
        return combo.itemData(index)
    return text


def qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def elided(text: str, limit: int = _MAX_SHOWN) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def set_small(label: QLabel, role: QPalette.ColorRole | None = None, colour: str = "") -> None:
    font = label.font()
    font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
    label.setFont(font)
    if role is not None:
        colour = label.palette().color(role).name()
    label.setStyleSheet(f"QLabel {{ color: {colour}; }}")


def error_colour(widget: QWidget) -> str:
    """A red that reads on the palette in use: dark red on light windows, light red on dark."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


class FormDialog(QDialog):
    """A dialog whose fields each have an error label under them (``<field>Error`` in the .ui)."""

    _fields: dict[str, tuple[QWidget, QLabel]]
    _form_error: QLabel

    def save_off_thread(self, fn, *args, done, **kwargs) -> None:
        """Run the write ``fn`` on a worker; ``done(value)`` on the GUI thread once written (it
        closes the dialog). A second OK while it runs does nothing."""
        if getattr(self, "_saver", None) is None:
            from frontdesk.gui.jobs import LatestJob

            self._saver = LatestJob(self)
            self._saver.busy_changed.connect(self._show_saving)
        self._saver.start(fn, *args, done=done, failed=self._save_failed, **kwargs)

    def _show_saving(self, busy: bool) -> None:
        buttons = self.findChild(QDialogButtonBox)
        if buttons is not None:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _save_failed(self, error: BaseException) -> None:
        from frontdesk.gui.failures import describe

        where = getattr(error, "where", None) if isinstance(error, FrontdeskError) else None
        if where:  # a refused field: under it
            self.show_errors({where: error.message})
        else:  # refused as a whole, busy, unreachable, or a bug (its trace is in the log)
            self.show_errors({"": describe(error)})

    def _setup_form(self, form_error: QLabel) -> None:
        self._form_error = form_error
        red = error_colour(self)
        for widget, label in self._fields.values():
            set_small(label, colour=red)
            label.hide()
            self._clear_when_edited(widget, label)
        form_error.setStyleSheet(f"QLabel {{ color: {red}; }}")
        form_error.hide()

    def _clear_when_edited(self, widget: QWidget, label: QLabel) -> None:
        """Once the person changes a field, its old message no longer describes it."""

        def clear(*_args) -> None:
            if not label.isHidden():  # on every keystroke: touch nothing that has not changed
                label.hide()
                widget.setAccessibleDescription("")

        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QComboBox):
            signal = widget.editTextChanged if widget.isEditable() else widget.activated
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QAbstractSpinBox):
            signal = widget.editingFinished
        if signal is not None:
            signal.connect(clear)

    def _caption(self, widget: QWidget) -> str:
        """The field's name as its label shows it, without the mnemonic and the required mark."""
        for label in self.findChildren(QLabel):
            if label.buddy() is widget:
                return label.text().replace("&", "").replace("*", "").strip(" :")
        return widget.accessibleName() or widget.objectName()

    def message(self, where: str, problem: str) -> str:
        widget = self._fields[where][0] if where in self._fields else None
        if widget is not None and isinstance(problem, AboutField):  # "is required"
            problem = self.tr("{field} {problem}").format(
                field=self._caption(widget), problem=problem
            )
        return WARNING + elided(problem)

    def show_errors(self, errors: dict[str, str]) -> bool:
        """Show every message under its field (others at the bottom); focus the first bad field.

        Returns whether there was anything to show."""
        general = []
        first: QWidget | None = None
        for where, (widget, label) in self._fields.items():
            problem = errors.get(where)
            if problem is None:
                if not label.isHidden():
                    label.hide()
                    widget.setAccessibleDescription("")
                continue
            text = self.message(where, problem)
            label.show()
            label.setText(text)
            # A wrapped label asks its layout for too few lines once the dialog has its width:
            # reserve the lines the message needs at the field's width.
            width = max(widget.width(), widget.minimumSizeHint().width())
            label.setMinimumHeight(label.heightForWidth(width))
            widget.setAccessibleDescription(text)
            first = first or widget
        for where, problem in errors.items():
            if where not in self._fields:
                general.append(WARNING + elided(f"{where}: {problem}" if where else problem))
        self._form_error.setText("\n".join(general))
        self._form_error.setVisible(bool(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()
        return bool(errors)


def name_buttons(dialog: QDialog, ok: str) -> None:
    """Say what OK does ("Register walk-in"); no mnemonics: Enter is OK, Esc is Cancel."""
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("FormDialog", "Cancel")
    )
