"""What the desk is told of a patient's open case at check-in, in words: the panel shows it and
the check-in question repeats it. Warnings only: the check-in goes ahead whatever they say.

    lines = warning_lines(details.case_warnings)   # [] when nothing is open
    panel.ui.caseValue.setText(case_html(details.case_warnings))
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from frontdesk.gui.vocabulary import label
from frontdesk.services.case_view import CheckInWarnings


def warning_lines(warnings: CheckInWarnings | None) -> list[str]:
    if not warnings:
        return []
    lines = []
    if warnings.open_items:
        items = ", ".join(label(item) for item in warnings.open_items)
        lines.append(
            QCoreApplication.translate("CaseWarnings", "Still open before arrival: {items}").format(
                items=items
            )
        )
    if warnings.no_interpreter:
        lines.append(
            QCoreApplication.translate(
                "CaseWarnings",
                "{n} of today's appointments need an interpreter and have none booked",
            ).format(n=warnings.no_interpreter)
        )
    if warnings.review:
        lines.append(
            QCoreApplication.translate(
                "CaseWarnings", "{n} interpreter booking(s) to review after a move"
            ).format(n=warnings.review)
        )
    return lines


def case_html(warnings: CheckInWarnings | None, has_visit: bool) -> str:
    if not has_visit:
        return QCoreApplication.translate("CaseWarnings", "No visit on this day")
    lines = warning_lines(warnings)
    if not lines:
        return "✔ " + QCoreApplication.translate("CaseWarnings", "Nothing open")
    return "<br>".join(
        f"<span style='color:#8a4b00'>⚠ {html.escape(line, quote=False)}</span>" for line in lines
    )
