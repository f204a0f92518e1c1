"""Staff sign-in and the audit chain, measured (issue 14).

    .venv/bin/python benchmarks/bench_sign_in.py          # about 3 minutes

1. **Sign-in and unlock** with the parameters the desks use (argon2id, RFC 9106's low-memory
   profile: t=3, m=64 MiB, p=4): ``sign_in()`` (hash check, the account's row, the station),
   ``unlock()`` with a PIN, and the bare argon2 verify, beside the cheapest profile (what the
   tests use) to show what the parameters cost.
2. **The audit chain's cost on check-in**, on a copy of the million-patient database
   (bench-data/foundation.sqlite3, upgraded to this release: its 1,105 audit records linked):
   ``check_in()`` for the day's expected patients, alternately with the chain (the program as
   shipped) and without it (the same INSERT, no place given at COMMIT: what the audit log cost
   before), in rounds, at ``synchronous=FULL`` and ``NORMAL``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_common import foundation_copy, percentile

DAY = dt.date(2026, 11, 30)


def timed(fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000


def sign_in_figures(rounds: int) -> dict:
    from frontdesk.services.accounts import _hasher, add_staff, set_pin, sign_in, unlock
    from frontdesk.store.database import close_database, open_database

    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FRONTDESK_HOME"] = str(Path(folder) / "home")
        for profile in ("rfc9106-low-memory", "cheapest"):
            os.environ["FRONTDESK_ARGON2_PROFILE"] = profile
            open_database(f"sqlite:///{folder}/{profile}.sqlite3")
            add_staff(None, "ines", "Ines", "admin", password="bench-password-1")
            actor = sign_in("ines", "bench-password-1", "Desk 1", audit=False)
            set_pin(actor, "4711")
            stored = _hasher().hash("bench-password-1")
            figures[profile] = {
                "sign_in": [
                    timed(sign_in, "ines", "bench-password-1", "Desk 1", audit=False)
                    for _ in range(rounds)
                ],
                "unlock_pin": [timed(unlock, actor, "4711") for _ in range(rounds)],
                "argon2_verify": [
                    timed(_hasher().verify, stored, "bench-password-1") for _ in range(rounds)
                ],
            }
            close_database()
        os.environ.pop("FRONTDESK_ARGON2_PROFILE", None)
    return figures


def checkin_figures(per_round: int, rounds: int) -> dict:
    from peewee import SqliteDatabase

    from frontdesk.services.actors import actor_for
    from frontdesk.services.checkin import check_in
    from frontdesk.services.schedule import day_schedule
    from frontdesk.store import database
    from frontdesk.store.audit_verify import verify_chain

    results: dict[str, dict[str, list[float]]] = {}
    with foundation_copy("sign-in", morning=True) as path:
        url = f"sqlite:///{path}"
        started = time.perf_counter()
        database.open_database(url)  # the upgrade: schema 10, the earlier records chained
        upgrade_s = time.perf_counter() - started
        chained = verify_chain()
        entries = day_schedule(DAY)
        waiting = [e.patient.id for e in entries if e.arrived_at is None]
        patients = list(dict.fromkeys(waiting))
        database.close_database()
        shipped = database.ChainedSqliteDatabase
        at = 0
        for _round in range(rounds):
            for level in ("full", "normal"):
                for variant in ("chain", "no chain"):
                    plain = variant == "no chain"
                    database.ChainedSqliteDatabase = SqliteDatabase if plain else shipped
                    os.environ["FRONTDESK_SQLITE_SYNC"] = level
                    database.open_database(url)
                    actor = actor_for("demo", "Bench desk")
                    batch = patients[at : at + per_round]
                    at += per_round
                    check_in(batch[0], DAY, actor)  # warm: the first after opening
                    times = [timed(check_in, pid, DAY, actor) for pid in batch[1:]]
                    results.setdefault(f"{level}/{variant}", {"times": []})["times"] += times
                    database.close_database()
        database.ChainedSqliteDatabase = shipped
        os.environ.pop("FRONTDESK_SQLITE_SYNC", None)
    return {"upgrade_s": upgrade_s, "chained": chained.records, "runs": results}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--per-round", type=int, default=60)
    parser.add_argument("--checkin-rounds", type=int, default=3)
    args = parser.parse_args()
    figures = sign_in_figures(args.rounds)
    print("| measure | argon2id t=3 m=64 MiB p=4 (shipped) | cheapest (tests) |")
    print("|---|---|---|")
    for what in ("sign_in", "unlock_pin", "argon2_verify"):
        cells = []
        for profile in ("rfc9106-low-memory", "cheapest"):
            values = figures[profile][what]
            cells.append(f"{statistics.median(values):.1f} / {max(values):.1f} ms")
        print(f"| {what} p50 / max | {cells[0]} | {cells[1]} |")
    checkins = checkin_figures(args.per_round, args.checkin_rounds)
    print(
        f"\nupgrade of the million-patient copy to schema 10: {checkins['upgrade_s']:.1f} s, "
        f"{checkins['chained']} audit records chained"
    )
    print("\n| check-in (one transaction with its audit record) | n | p50 | p99 | max |")
    print("|---|---|---|---|---|")
    for key, run in sorted(checkins["runs"].items()):
        values = run["times"]
        print(
            f"| {key} | {len(values)} | {statistics.median(values):.2f} ms | "
            f"{percentile(values, 99):.2f} ms | {max(values):.2f} ms |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
