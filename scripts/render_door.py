"""Render the door window to docs/door-valid.png and docs/door-refused.png (for review and the
README): a demo database in a temporary directory, badges issued for two patients, one of them
then replaced (the old badge refused), scanned at a door in the office's day.

    .venv/bin/python scripts/render_door.py [--out docs]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from render_setup import ROOT, application, demo_database, native_names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    day = dt.date.today() + dt.timedelta(days=1)
    work, url = demo_database(
        "door-shot-", "--patients", "300", "--date", day.isoformat(), zone=None
    )

    from PySide6.QtCore import QSettings

    from frontdesk.gui.desk_settings import DeskSettings
    from frontdesk.gui.door_closing import close_and_wait
    from frontdesk.gui.door_window import DoorWindow
    from frontdesk.services.actors import actor_for
    from frontdesk.services.badge_printing import holder_badge
    from frontdesk.services.badges import replace_badge
    from frontdesk.services.door import DoorStation
    from frontdesk.services.office import office_zone
    from frontdesk.store.database import open_database

    open_database(url)
    actor = actor_for("demo", "Desk 1")
    arabic, others = native_names(day)
    korean = next(
        (v for v in others if "\uac00" <= v.patient.native_family_name[0] <= "\ud7a3"), others[0]
    )
    _badge, valid_token = holder_badge(arabic.id, actor)
    lost, lost_token = holder_badge(korean.id, actor)
    replace_badge(lost.id, actor, reason="lost")
    noon = dt.datetime.combine(day, dt.time(11, 42), tzinfo=office_zone())

    app = application(collect=False)
    settings = DeskSettings(QSettings(str(work / "door.ini"), QSettings.Format.IniFormat))
    clock = [noon]
    door = DoorStation(
        url, "Main entrance", "in", cache_path=work / "door.sqlite3", clock=lambda: clock[0]
    )
    door.refresh()
    window = DoorWindow(door, camera=False, settings=settings)
    window.resize(1366, 768)
    window.show()
    out = Path(args.out)
    for payload in ("NOT-A-BADGE-SCANNED-FROM-A-SHOP-BOX-12345678", valid_token):
        clock[0] += dt.timedelta(seconds=40)
        window.on_scan(payload)
    app.processEvents()
    window.grab().save(str(out / "door-valid.png"))
    clock[0] += dt.timedelta(seconds=40)
    window.on_scan(lost_token)
    app.processEvents()
    window.grab().save(str(out / "door-refused.png"))
    close_and_wait(window)  # its scans sent
    print(f"{out / 'door-valid.png'}\n{out / 'door-refused.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
