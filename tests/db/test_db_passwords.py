"""A database password is never on a command line, never in QSettings in clear, never printed
(not even in part, from a URL with an unencoded / or #)."""

from __future__ import annotations

import pytest

from frontdesk.cli import main
from frontdesk.db_url import redact
from frontdesk.errors import ConfigError
from frontdesk.store.database import make_database

SECRET = "Zq7/sec#ret@x"  # what people type: a / a # and an @, none percent-encoded


@pytest.mark.parametrize(
    ("url", "misread"),
    [
        (f"postgresql://ipc:{SECRET}@127.0.0.1:1/ipc", True),
        (f"postgresql://ipc:{SECRET}@127.0.0.1/ipc?sslmode=require", True),
        ("postgresql://ipc:Zq7sec:ret@127.0.0.1:1/ipc", False),  # a ':' is allowed as it is
    ],
)
def test_no_part_of_a_password_is_ever_printed(url, misread, capsys, monkeypatch):
    assert "Zq7" not in redact(url) and "***" in redact(url)
    code = main(["--db", url, "arrivals"])
    err = capsys.readouterr().err
    assert code == 2 and "--db" in err and "ps" in err and "Zq7" not in err and "ret" not in err
    monkeypatch.setenv("FRONTDESK_DB", url)  # the environment is allowed; a misread URL is not
    code = main(["arrivals"])
    err = capsys.readouterr().err
    assert code == 2 and "Zq7" not in err and "sec" not in err and "Traceback" not in err
    if misread:
        with pytest.raises(ConfigError) as refused:
            make_database(url)
        assert "Zq7" not in str(refused.value) and "percent-encoded" in str(refused.value)
    else:
        assert make_database(url).connect_params["password"] == "Zq7sec:ret"
