"""The usage examples in the plain-Python modules' docstrings are run, so they stay true."""

from __future__ import annotations

import doctest

import pytest

from frontdesk import (
    airports,
    badge_token,
    clock,
    domain,
    errors,
    language_tags,
    letter_token,
    money,
    mrz,
    names,
    timeutil,
)
from frontdesk.services import (
    case_terms,
    clearance,
    companion_passports,
    interpreter_conflicts,
    interpreter_roster,
    patient_input,
    stays,
    travel,
)
from frontdesk.services.schedule_import import fhir_checks, fhir_xml, hl7_fields

MODULES = [
    clock,
    names,
    errors,
    timeutil,
    domain,
    patient_input,
    badge_token,
    mrz,
    money,
    clearance,
    letter_token,
    companion_passports,
    hl7_fields,
    fhir_checks,
    fhir_xml,
    language_tags,
    airports,
    case_terms,
    interpreter_conflicts,
    interpreter_roster,
    stays,
    travel,
]


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples(module):
    result = doctest.testmod(module, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
