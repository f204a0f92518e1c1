"""What the front desk does, as plain Python: no Qt, no SQL text.

Every function that changes data takes the acting :class:`~frontdesk.services.actors.Actor`
(staff member and station), runs in one transaction and writes its audit record inside it.
"""
