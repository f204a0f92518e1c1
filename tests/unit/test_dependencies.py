"""Every dependency is capped before its next major and pinned in constraints.txt, at a version
its range accepts (README, "Dependencies")."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
UNCAPPED = {"tzdata", "pycountry", "airportsdata"}  # calendar-versioned data, not APIs


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        lines += extra
    return [Requirement(line) for line in lines]


def _pins() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = Version(version)
    return pins


def test_every_range_stops_before_the_next_major():
    open_ended = [
        str(r)
        for r in _requirements()
        if canonicalize_name(r.name) not in UNCAPPED
        and not any(spec.operator in ("<", "<=", "~=", "==") for spec in r.specifier)
    ]
    assert open_ended == []


def test_constraints_pin_every_dependency_within_its_range():
    pins = _pins()
    packaging_only = {"pyinstaller"}  # installed by scripts/bootstrap --packaging, not the tests
    missing = [
        r.name
        for r in _requirements()
        if canonicalize_name(r.name) not in pins and canonicalize_name(r.name) not in packaging_only
    ]
    assert missing == []
    outside = [
        f"{r.name}=={pins[canonicalize_name(r.name)]} (wants {r.specifier})"
        for r in _requirements()
        if canonicalize_name(r.name) in pins and pins[canonicalize_name(r.name)] not in r.specifier
    ]
    assert outside == []
