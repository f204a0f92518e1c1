"""The usage examples in the plain-Python modules' docstrings are run, so they stay true."""

from __future__ import annotations

import doctest

import pytest

from frontdesk import badge_token, domain, errors, names, timeutil
from frontdesk.services import patient_input


@pytest.mark.parametrize("module", [names, errors, timeutil, domain, patient_input, badge_token])
def test_docstring_examples(module):
    result = doctest.testmod(module, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
