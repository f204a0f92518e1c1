"""Frontdesk: the front desk of a hospital's International Patient Center.

Layers, from the bottom: :mod:`frontdesk.names` and :mod:`frontdesk.domain` (plain Python),
:mod:`frontdesk.store` (the database), :mod:`frontdesk.services` (what the desk does),
:mod:`frontdesk.gui` (the Qt window, the only code that imports PySide6), :mod:`frontdesk.cli`.
"""

__version__ = "0.1.0"
