"""What the desk is told of a patient's open case at check-in, in words: the panel shows it and
the check-in question repeats it. Warnings only: the check-in goes ahead whatever they say.

    lines = warning_lines(details.case_warnings)   # [] when nothing is open
    panel.ui.caseValue.setText(case_html(details.case_warnings))
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from frontdesk.services.case_view import CheckInWarnings


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseWarnings", text)


def warning_lines(warnings: CheckInWarnings | None) -> list[str]:
    if not warnings:
        return []
    lines = []
    if warnings.open_items:
        items = ", ".join(_tr(item.label) for item in warnings.open_items)
        lines.append(_tr("Still open before arrival: {items}").format(items=items))
    if warnings.no_interpreter:
        lines.append(
            _tr("{n} of today's appointments need an interpreter and have none booked").format(
                n=warnings.no_interpreter
            )
        )
    if warnings.review:
        lines.append(
            _tr("{n} interpreter booking(s) to review after a move").format(n=warnings.review)
        )
    return lines


def case_html(warnings: CheckInWarnings | None, has_visit: bool) -> str:
    if not has_visit:
        return _tr("No visit on this day")
    lines = warning_lines(warnings)
    if not lines:
        return "✔ " + _tr("Nothing open")
    return "<br>".join(
        f"<span style='color:#8a4b00'>⚠ {html.escape(line, quote=False)}</span>" for line in lines
    )
