"""Render every state of the door window at 1366x768 and 1920x1080 to docs/door/ (for review:
is each readable from 2 m, does each fit): a demo database in a temporary directory, badges
for two patients (one then replaced), scanned at an entrance, a door used both ways and an
exit, in the office's day.

    .venv/bin/python scripts/render_door_states.py [--out docs/door]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from render_setup import ROOT, application, demo_database, native_names

SIZES = ((1366, 768), (1920, 1080))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "door"))
    args = parser.parse_args()
    day = dt.date.today() + dt.timedelta(days=1)
    work, url = demo_database(
        "door-states-", "--patients", "200", "--date", day.isoformat(), zone=None
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
    other = others[0]
    _badge, valid = holder_badge(arabic.id, actor)
    lost, lost_token = holder_badge(other.id, actor)
    replace_badge(lost.id, actor, reason="lost")
    zone = office_zone()
    clock = [dt.datetime.combine(day, dt.time(11, 42), tzinfo=zone)]
    app = application(collect=False)
    settings = DeskSettings(QSettings(str(work / "door.ini"), QSettings.Format.IniFormat))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = []

    def door(name: str, direction: str) -> DoorWindow:
        station = DoorStation(
            url, name, direction, cache_path=work / f"{name}.sqlite3", clock=lambda: clock[0]
        )
        station.refresh()
        window = DoorWindow(station, camera=False, settings=settings)
        window.keyboard_timer.stop()  # offscreen, nothing has the keyboard: shown on purpose
        return window

    def shot(window: DoorWindow, state: str, size) -> None:
        app.processEvents()
        path = out / f"{state}-{size[0]}x{size[1]}.png"
        window.grab().save(str(path))
        written.append(path)

    def scan(window: DoorWindow, payload: str, seconds: float = 40) -> None:
        clock[0] += dt.timedelta(seconds=seconds)
        window.on_scan(payload)

    for size in SIZES:
        entrance, garage, way_out = (
            door("Main entrance", "in"),
            door("Garage", "both"),
            door("Exit", "out"),
        )
        for window in (entrance, garage, way_out):
            window.resize(*size)
            window.show()
        shot(entrance, "idle", size)
        scan(entrance, valid)
        shot(entrance, "valid", size)
        scan(entrance, lost_token)
        shot(entrance, "refused-replaced", size)
        scan(entrance, valid[:70])
        shot(entrance, "incomplete-read", size)
        scan(garage, valid, 120)
        shot(garage, "both-in", size)
        scan(garage, valid, 120)
        shot(garage, "both-out", size)
        saved = clock[0]
        clock[0] = clock[0].replace(hour=22)
        scan(way_out, valid, 0)
        shot(way_out, "expired-exit-counted", size)
        clock[0] = saved
        entrance.show_idle()
        entrance.door.url = f"sqlite:///{work / 'moved-away.sqlite3'}"
        entrance.door.check()
        scan(entrance, valid, 60)
        entrance._update_connection()
        shot(entrance, "offline", size)
        entrance._show_keyboard_lost()
        shot(entrance, "keyboard-lost", size)
        for window in (entrance, garage, way_out):
            window.door.url = url
            close_and_wait(window)  # its scans sent
            window.door.close()
            window.deleteLater()
        app.processEvents()
    print("\n".join(str(p) for p in written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
