"""Which database a station opens, and what it loads for it."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = (
    "import sys; from frontdesk.config import skip_postgres_driver; "
    "skip_postgres_driver(sys.argv[1]); import peewee; print(peewee.psycopg is not None)"
)


@pytest.mark.parametrize(
    ("url", "loaded"),
    [
        ("sqlite:////tmp/x.db", "False"),
        ("/tmp/x.db", "False"),
        ("postgresql://127.0.0.1/test", "True"),
    ],
)
def test_a_sqlite_station_does_not_load_the_postgres_driver(url, loaded):
    out = subprocess.run(
        [sys.executable, "-c", PROBE, url], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    assert out == loaded
