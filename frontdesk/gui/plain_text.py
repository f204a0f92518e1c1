"""Data shown as text, never as markup: a name or an address that holds ``<font size=7>`` or
``<h1>ISOLATION</h1>`` must read as those characters, not restyle the window.

    plain(ui.nameLabel, ui.addressValue)      # QLabel: Qt.PlainText instead of "auto"
    plain_box(box)                            # a QMessageBox's text and informative text

QLabel and QMessageBox guess rich text from the first tag they see (Qt.AutoText), so any label
that shows stored data is set to plain text explicitly; labels built as HTML on purpose escape
the data they hold (``html.escape``) instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


def plain(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_box(box: QMessageBox) -> None:
    """The box's text and its informative text as plain text (the second has no setter of its
    own: it is the box's child label named by Qt)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel, "qt_msgbox_informativelabel"):
        label.setTextFormat(Qt.TextFormat.PlainText)
