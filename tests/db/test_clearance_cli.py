"""``frontdesk clearance`` and the warning ``frontdesk checkin`` prints (and goes ahead)."""

from __future__ import annotations

import json

from .test_cli import cli  # noqa: F401  (the fixture: a database with staff 'amal', New York)
from .test_cli_defects import DAY, _imported


def test_clearance_set_shown_and_warned_at_check_in(cli, tmp_path):  # noqa: F811
    _imported(cli, tmp_path)
    code, out, _ = cli("clearance", "M1", "--date", DAY, "--json")
    shown = json.loads(out)
    assert code == 0 and (shown["status"], shown["recorded"]) == ("pending", False)

    code, out, err = cli("checkin", "M1", "--date", DAY, "--staff", "amal", "--station", "Desk 1")
    assert code == 0 and "checked in" in out
    assert "warning: financial clearance missing" in err

    code, out, err = cli(
        "clearance", "M2", "--date", DAY, "--estimate", "9,000.5", "--currency", "usd",
        "--deposit", "4000", "--reference", "TT-881",
        "--guarantee", "Korea National Health Insurance", "--kind", "insurer",
        "--amount", "5000.50", "--valid-from", "2026-11-01", "--valid-to", "2026-12-31",
        "--staff", "amal",
    )  # fmt: skip
    assert code == 0, err
    assert out.splitlines()[0] == "M2: financial clearance cleared"
    assert "estimate     $9,000.50" in out and "outstanding  $0.00" in out
    code, out, err = cli("checkin", "M2", "--date", DAY, "--staff", "amal", "--station", "Desk 1")
    assert code == 0 and err == ""

    shown = json.loads(cli("clearance", "M2", "--date", DAY, "--json")[1])
    assert (shown["estimate"], shown["deposited"], shown["guaranteed"]) == (
        "9000.50",
        "4000.00",
        "5000.50",
    )
    assert shown["guarantees"][0]["valid"] is True


def test_bad_clearance_options_exit_2_and_write_nothing(cli, tmp_path):  # noqa: F811
    _imported(cli, tmp_path)
    for args, words in (
        (("--estimate", "100"), "--estimate needs --currency"),
        (("--estimate", "100", "--currency", "XYZ"), "not an ISO 4217"),
        (("--guarantee", "Embassy"), "--guarantee needs --amount, --valid-from, --valid-to"),
        (("--estimate", "100", "--currency", "USD"), "--staff is required"),
        (("--estimate", "100", "--currency", "USD", "--deposit", "1.001"), "2 decimals"),
    ):
        staff = () if "--staff" in words else ("--staff", "amal")
        code, _, err = cli("clearance", "M1", "--date", DAY, *args, *staff)
        assert code == 2 and words in err, (args, err)
    shown = json.loads(cli("clearance", "M1", "--date", DAY, "--json")[1])
    assert shown["recorded"] is False and shown["estimate"] is None
