"""Render the interpreter windows to docs/screenshots (for review and the README): a demo
database in a temporary directory (office in New York, two days of visits from tomorrow, the
demo's roster of interpreters in a dozen scripts), then

  * interpreter-roster.png: the roster, with a day off recorded for Nadia Haddad;
  * interpreter-form.png: the form editing Wang Fang (王芳);
  * interpreter-days-off.png: Nadia Haddad's days off, with the one recorded;
  * interpreter-day-sheet.png and interpreter-day-sheet-zh.png: the day sheets of the Arabic and
    the Chinese interpreter with the most appointments on the first day.

    .venv/bin/python scripts/render_interpreter_views.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from render_setup import ROOT, application, demo_database, frontdesk


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    first = dt.date.today() + dt.timedelta(days=1)
    work, url = demo_database("interpreter-shot-", "--patients", "3000", "--date",
                              first.isoformat(), "--days", "2", "--per-day", "150",
                              "--seed", "3")  # fmt: skip
    off = first + dt.timedelta(days=20)
    frontdesk(url, "interpreters", "day-off", "Nadia Haddad", "--from", off.isoformat(),
              "--to", (off + dt.timedelta(days=2)).isoformat(), "--reason", "leave",
              "--staff", "demo")  # fmt: skip
    app = application()
    from frontdesk.gui.interpreter_day_view import InterpreterDayDialog
    from frontdesk.gui.interpreter_form import DaysOffForm, InterpreterForm
    from frontdesk.gui.interpreter_roster_view import InterpreterRosterDialog
    from frontdesk.gui.jobs import lanes_idle
    from frontdesk.services.actors import actor_for
    from frontdesk.services.database import open_database
    from frontdesk.services.interpreter_roster import (
        InterpreterInput,
        find_interpreter,
        list_interpreters,
        update_interpreter,
    )
    from frontdesk.services.interpreter_sheet import interpreter_day
    from frontdesk.services.office import office_zone

    open_database(url)
    actor = actor_for("demo", "Desk 1")
    nadia = find_interpreter("Nadia Haddad")
    update_interpreter(
        nadia.id,
        InterpreterInput(
            name=nadia.name,
            native_name=nadia.native_name,
            languages=list(nadia.languages),
            phone="+1 617 555 0101",
            email="nadia.haddad@example.org",
            base=nadia.base,
            hours=nadia.hours_text,
        ),
        actor,
    )

    def settle() -> None:
        for _ in range(30):
            app.processEvents()
            lanes_idle(2000)
            app.processEvents()

    roster = InterpreterRosterDialog(actor, first)
    roster.resize(1600, 700)
    roster.show()
    settle()
    roster.select(find_interpreter("Nadia Haddad").id)
    settle()
    roster.grab().save(str(out / "interpreter-roster.png"))

    form = InterpreterForm(actor, find_interpreter("Wang Fang"), roster)
    form.show()
    settle()
    form.grab().save(str(out / "interpreter-form.png"))
    form.reject()
    days_off = DaysOffForm(actor, find_interpreter("Nadia Haddad"), first, roster)
    days_off.show()
    settle()
    days_off.grab().save(str(out / "interpreter-days-off.png"))
    days_off.reject()

    zone = office_zone()
    chosen = []
    for language, name in (
        ("ar", "interpreter-day-sheet.png"),
        ("zh-Hans", "interpreter-day-sheet-zh.png"),
    ):
        busiest = max(
            (i for i in list_interpreters() if language in i.languages),
            key=lambda i: len(interpreter_day(i.id, first, tz=zone)[1]),
        )
        sheet = InterpreterDayDialog(zone, str(work / "pdf"), first, interpreter_id=busiest.id)
        sheet.resize(1180, 480)
        sheet.show()
        settle()
        sheet.grab().save(str(out / name))
        sheet.reject()
        chosen.append(busiest.name)
    print(f"wrote interpreter-roster, -form, -days-off and -day-sheet(-zh) PNGs into "
          f"{out} ({', '.join(chosen)})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
