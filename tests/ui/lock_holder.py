"""Another station holding the database's write lock, in its own process, for tests.

    python tests/ui/lock_holder.py URL SECONDS

SQLite: a ``BEGIN IMMEDIATE`` transaction (as an import's apply would); PostgreSQL: the visit
and appointment tables locked against writes (reads go on). Prints "locked" once it holds the
lock, then holds it SECONDS and rolls back.
"""

from __future__ import annotations

import sys
import time
from urllib.parse import parse_qsl, urlsplit


def main() -> None:
    url, seconds = sys.argv[1], float(sys.argv[2])
    if url.startswith("sqlite:"):
        import sqlite3

        conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
    else:
        import psycopg

        options = dict(parse_qsl(urlsplit(url).query)).get("options", "")
        conn = psycopg.connect(url.split("?")[0], options=options)
        conn.execute("LOCK TABLE visit, appointment IN EXCLUSIVE MODE")
    print("locked", flush=True)
    time.sleep(seconds)
    conn.rollback()
    conn.close()


if __name__ == "__main__":
    main()
