"""Render the international case's views to docs/screenshots (for review and the README): a demo
database in a temporary directory (office in New York, a week of visits from the day after
tomorrow), then

  * case-board.png: the case board filtered to "arriving this week, something open";
  * case-checklist.png and case-interpreters.png: the case of the first patient on that board
    with an open checklist item and an appointment without an interpreter;
  * arrivals-pdf.png: the first page of the arrivals sheet of the board's first day;
  * desk-interpreters.png: the day at the desk with the interpreter column and its filter.

    .venv/bin/python scripts/render_case_views.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

from render_setup import ROOT, application, demo_database, frontdesk


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    first = dt.date.today() + dt.timedelta(days=1)
    work, url = demo_database("case-shot-", "--patients", "3000", "--date", first.isoformat(),
                              "--days", "10", "--per-day", "60", "--seed", "3")  # fmt: skip
    app = application()
    from frontdesk.gui.case_board import CaseBoardDialog
    from frontdesk.gui.case_board_filters import ARRIVING_THIS_WEEK
    from frontdesk.gui.case_dialog import CaseDialog
    from frontdesk.gui.jobs import lanes_idle
    from frontdesk.services.actors import actor_for
    from frontdesk.services.office import office_zone
    from frontdesk.store.database import open_database

    open_database(url)

    def settle() -> None:
        for _ in range(30):
            app.processEvents()
            lanes_idle(2000)
            app.processEvents()

    board = CaseBoardDialog(first)
    board.resize(1440, 720)
    board.show()
    deadline = time.monotonic() + 60
    while board.loading and time.monotonic() < deadline:  # every part of the fortnight in
        app.processEvents()
        time.sleep(0.01)
    settle()
    board.filters.arriving_combo.setCurrentIndex(ARRIVING_THIS_WEEK)
    board.filters.open_combo.setCurrentIndex(board.filters.open_combo.findData("*"))
    settle()
    board.grab().save(str(out / "case-board.png"))
    chosen = next(
        (r for r in board.shown_rows() if r.interpreter_gap and len(r.open_items) >= 2),
        board.shown_rows()[0],
    )
    case = CaseDialog(chosen.mrn, actor_for("demo", "Desk 1"), office_zone(), since=first)
    case.show()
    settle()
    case.grab().save(str(out / "case-checklist.png"))
    case.tabs.setCurrentWidget(case.interpreters)
    settle()
    case.grab().save(str(out / "case-interpreters.png"))
    case.tabs.setCurrentWidget(case.travel)
    settle()
    case.grab().save(str(out / "case-travel.png"))

    pdf = work / "arrivals.pdf"
    frontdesk(url, "arrivals", "--date", first.isoformat(), "--pdf", str(pdf))
    subprocess.run(
        ["pdftoppm", "-r", "90", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
         str(out / "arrivals-pdf")],
        check=True,
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "frontdesk", "--db", url, "--screenshot",
         str(out / "desk-interpreters.png"), "--date", first.isoformat(), "--size", "1366x768"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    print(f"wrote case-board, case-checklist, case-interpreters, case-travel, arrivals-pdf and "
          f"desk-interpreters PNGs into {out} ({chosen.mrn})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
