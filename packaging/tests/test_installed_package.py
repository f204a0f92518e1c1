"""The Debian package, run as installed, not from the checkout (.ci/run's package step).

    FRONTDESK_DEB=dist/frontdesk_0.1.0-1_amd64.deb \\
    FRONTDESK_DEB_NEXT=dist/frontdesk_0.1.0-2_amd64.deb .venv/bin/pytest -q packaging/tests

The package is unpacked with ``dpkg-deb -x`` into a throwaway root and its ``/usr/bin/frontdesk``
is run with a clean environment (no virtual environment, no checkout on any path): the version,
a screenshot of the window, a badge (its text read by pypdf and its QR decoded by zxing-cpp), an
Arabic visit summary. The upgrade test installs the two packages one over the other with dpkg
(as root; removed again afterwards) and checks that a user's data is kept and migrated.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.pdf_reading import pdf_text, qr_codes  # noqa: E402

DEB = os.environ.get("FRONTDESK_DEB")
NEXT = os.environ.get("FRONTDESK_DEB_NEXT")
FIXTURE_V1 = ROOT / "tests" / "db" / "fixtures" / "schema-v1.sqlite3"

pytestmark = pytest.mark.skipif(not DEB, reason="FRONTDESK_DEB names no package to test")


def _version_of(deb: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", deb, "Version"], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", DEB, str(root)], check=True)
    return root


def _runner(command: Path, home: Path):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "FRONTDESK_HOME": str(home / "data"),
        "FRONTDESK_CONFIG": str(home / "no-machine.conf"),
    }

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [str(command), *args],
            env=env,
            cwd=home,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"frontdesk {' '.join(args)}: {done.returncode}\n{done.stderr}")
        return done

    return run


@pytest.fixture(scope="module")
def frontdesk(unpacked, tmp_path_factory):
    command = unpacked / "usr" / "bin" / "frontdesk"
    assert command.is_symlink() and os.readlink(command) == "/opt/frontdesk/frontdesk"
    home = tmp_path_factory.mktemp("home")
    return _runner(unpacked / "opt" / "frontdesk" / "frontdesk", home), home


def test_version(frontdesk):
    run, _ = frontdesk
    upstream = _version_of(DEB).rsplit("-", 1)[0]
    assert run("--version").stdout.strip() == f"frontdesk {upstream}"


def test_the_package_carries_its_metadata_and_fonts(unpacked):
    share = unpacked / "usr" / "share"
    assert (share / "applications" / "org.ipcfrontdesk.Frontdesk.desktop").is_file()
    assert (share / "metainfo" / "org.ipcfrontdesk.Frontdesk.metainfo.xml").is_file()
    assert (
        share / "icons" / "hicolor" / "256x256" / "apps" / "org.ipcfrontdesk.Frontdesk.png"
    ).is_file()
    fonts = unpacked / "opt" / "frontdesk" / "_internal" / "frontdesk" / "resources" / "fonts"
    assert {"NotoSansArabic-Regular.ttf", "wqy-microhei.ttc"} <= {p.name for p in fonts.iterdir()}
    assert (share / "doc" / "frontdesk" / "font-licenses" / "fonts-noto-core.txt").is_file()
    assert (unpacked / "etc" / "frontdesk" / "frontdesk.conf").is_file()


def test_window_badge_and_arabic_summary(frontdesk):
    run, home = frontdesk
    db = f"sqlite:///{home / 'desk.sqlite3'}"
    day = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)).isoformat()  # never over
    run("--db", db, "demo", "--patients", "300", "--date", day, "--quiet")
    run("--db", db, "office-zone", "UTC")
    shot = home / "desk.png"
    run("--db", db, "--screenshot", str(shot), "--date", day, "--search", "mohamed")
    assert shot.stat().st_size > 20_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    schedule = json.loads(run("--db", db, "schedule", "--date", day, "--json").stdout)
    arabic = next(
        e
        for e in schedule
        if "\u0600" <= (e["patient"]["native_name"] or " ")[0] <= "\u06ff"
        and e["status"] == "scheduled"
    )
    mrn = arabic["patient"]["mrn"]

    badge = home / "badge.pdf"
    run("--db", db, "badge", mrn, "--date", day, "--staff", "demo", "-o", str(badge))
    text = pdf_text(badge.read_bytes())
    assert arabic["patient"]["family_name"].upper() in text.upper() and "PATIENT" in text
    (codes,) = qr_codes(badge.read_bytes())
    assert len(codes) == 1
    verdict = json.loads(
        run("--db", db, "verify", codes[0], "--at", f"{day}T12:00", "--json").stdout
    )
    assert verdict["valid"] is True

    # The office's address and phone are on every summary (without them the summary warns).
    run("--db", db, "office-info", "--address", "55 Fruit Street, Boston, MA 02114",
        "--phone", "+1 617 726 2000")  # fmt: skip
    summary = home / "summary-ar.pdf"
    out = run("--db", db, "summary", mrn, "--date", day, "--lang", "ar", "-o", str(summary))
    assert out.stderr == ""  # no warning: the Arabic catalog is in the bundle
    text = pdf_text(summary.read_bytes())
    for word in ("ملخص", "الزيارة", "المريض"):
        assert word in text, word


def test_upgrade_over_an_older_package_keeps_and_migrates_the_data(tmp_path):
    """dpkg -i the first package, then the next over it: an account's database written by an
    older release (schema version 1) is migrated, its copy kept 0600, old copies pruned."""
    if not NEXT:
        pytest.skip("FRONTDESK_DEB_NEXT names no newer package")
    if os.geteuid() != 0 or shutil.which("dpkg") is None:
        pytest.skip("installing packages needs root and dpkg")
    assert (
        subprocess.run(
            ["dpkg", "--compare-versions", _version_of(NEXT), "gt", _version_of(DEB)]
        ).returncode
        == 0
    )
    if subprocess.run(["dpkg", "-s", "frontdesk"], capture_output=True).returncode == 0:
        pytest.skip("a frontdesk package is installed on this machine: not touching it")
    data = tmp_path / "data"
    data.mkdir()
    database = data / "frontdesk.sqlite3"
    shutil.copy(FIXTURE_V1, database)
    for n in range(4):  # copies left by earlier upgrades
        old = data / f"frontdesk.sqlite3.v1-2025010{n}T000000.bak"
        old.write_bytes(b"old")
        os.utime(old, (1_700_000_000 + n,) * 2)
    run = _runner(Path("/usr/bin/frontdesk"), tmp_path)
    try:
        subprocess.run(["dpkg", "-i", DEB], check=True, capture_output=True)
        before = run("search", "M00000001", "--json").stdout  # the first run migrates
        subprocess.run(["dpkg", "-i", NEXT], check=True, capture_output=True)
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "frontdesk"], capture_output=True, text=True
        )
        assert status.stdout == _version_of(NEXT)
        after = run("search", "M00000001", "--json").stdout
    finally:
        subprocess.run(["dpkg", "--purge", "frontdesk"], capture_output=True)
    assert not Path("/opt/frontdesk").exists() and not Path("/usr/bin/frontdesk").exists()
    assert json.loads(before)[0]["mrn"] == json.loads(after)[0]["mrn"] == "M00000001"
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] > 1
        assert conn.execute("SELECT COUNT(*) FROM patient").fetchone()[0] == 150
    copies = sorted(data.glob("frontdesk.sqlite3.v1-*.bak"), key=lambda p: p.stat().st_mtime)
    assert len(copies) == 3  # the newest three
    assert stat.S_IMODE(copies[-1].stat().st_mode) == 0o600
    with sqlite3.connect(copies[-1]) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (1,)
