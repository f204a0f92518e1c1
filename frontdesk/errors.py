"""The errors Frontdesk reports to a person: each says what is wrong and where.

    >>> str(InputError("not a date: '31/02/1990'", where="line 4, column date_of_birth"))
    "line 4, column date_of_birth: not a date: '31/02/1990'"

The CLI prints them on one line and exits with status 2; the window shows them next to the field
or in a message box. Anything else that escapes is a bug.
"""

from __future__ import annotations


class AboutField(str):
    """A message that says something of the field its error names (``where``): "is required".
    A form shows it after the field's own caption ("Family name is required"); the CLI after
    the field's name ("family_name: is required"). A value, so that no one reads the words to
    find out.

    >>> isinstance(InputError(AboutField("is required"), where="mrn").message, AboutField)
    True
    """

    __slots__ = ()


class FrontdeskError(Exception):
    """Base of the errors that are meant for a person to read."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class ConfigError(FrontdeskError):
    """A setting, URL or file path that cannot be used."""


class InputError(FrontdeskError):
    """Bad input from a person or a file: nothing was written."""


class NotFound(FrontdeskError):
    """The patient, appointment, staff member or station named does not exist."""


class ConflictError(FrontdeskError):
    """The change is not allowed in the record's current state (e.g. undo a check-in never made)."""


class DatabaseBusy(FrontdeskError):
    """Another writer held the database longer than a person should wait: nothing was written;
    the same action may simply be tried again."""

    def __init__(self, message: str = "the database is busy; try again", **kwargs) -> None:
        super().__init__(message, **kwargs)


class DatabaseUnavailable(FrontdeskError):
    """The database cannot be reached (a server down, a network drop, a file gone)."""
