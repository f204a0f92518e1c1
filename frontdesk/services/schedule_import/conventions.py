"""The office's conventions for reading a hospital's feeds: what the parsers need to know that
the messages do not say.

    >>> c = Conventions(phone_region="AU", status_maps={"hl7:EPIC@MGH": {"SCH": "scheduled"}})
    >>> c.status_for("hl7:EPIC@MGH", "sch"), c.status_for("hl7:OTHER", "SCH")
    (<AppointmentStatus.SCHEDULED: 'scheduled'>, None)
    >>> c.is_mrn_type("mrn"), c.is_mrn_type("SS")
    (True, False)

Kept in the database and shared by every station (:mod:`frontdesk.services.interface_settings`
reads and changes them, audited); the parsers take them as a value and never read the database.
"""

from __future__ import annotations

import dataclasses

from frontdesk.domain import AppointmentStatus

# Identifier type codes (HL7 table 0203) a hospital uses for its medical record number, most
# specific first: MR is the standard one, MRN a common local spelling, PI ("patient internal
# identifier") what many EHRs (and Japan's SS-MIX2) send.
DEFAULT_MRN_TYPES = ("MR", "MRN", "PI")


@dataclasses.dataclass(frozen=True)
class Conventions:
    # ISO 3166 alpha-2 of the office ("US", "AU"): phone numbers in national format are read
    # as that country's. None: a number must carry its country code.
    phone_region: str | None = None
    mrn_types: tuple[str, ...] = DEFAULT_MRN_TYPES
    # The assigning authority of the hospital's MRN (PID-3.4, or a FHIR identifier.system):
    # when set, an identifier of another authority is never taken for the MRN.
    mrn_authority: str | None = None
    # Per source system ("hl7:EPIC@MGH", "fhir:...", "csv"), local status codes -> status.
    status_maps: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)

    def is_mrn_type(self, code: str) -> bool:
        return code.strip().upper() in self.mrn_types

    def mrn_rank(self, code: str) -> int:
        """Position of a type code among the MRN types (lower is better); large if not one."""
        try:
            return self.mrn_types.index(code.strip().upper())
        except ValueError:
            return len(self.mrn_types)

    def authority_fits(self, authority: str) -> bool:
        if not self.mrn_authority:
            return True
        return authority.strip().upper() == self.mrn_authority.strip().upper()

    def status_for(self, source: str, code: str) -> AppointmentStatus | None:
        """The office's reading of a source's local status code, if it has one."""
        table = self.status_maps.get(source)
        if not table:
            return None
        found = table.get(normal_code(code))
        return AppointmentStatus(found) if found else None


def normal_code(code: str) -> str:
    """How status codes are compared: case, spaces, hyphens and underscores do not count."""
    return "".join(ch for ch in code.upper() if ch.isalnum())
