"""What search keeps in memory across keystrokes, dropped as soon as the name index changes.

    with searching():                  # one check that nothing changed, for the whole search,
        cache = current()              # when it first needs the caches: posting sets,
                                       # patients' terms, the day's patients
        cache.texts.get(patient_id)

A receptionist types many keys per patient, and each key's search reads much of what the one
before read ("mohamed a", "mohamed al", "mohamed ali" check Mohamed's first patients again). The
caches live with the open database and are shared by its threads. Each search first asks
:mod:`frontdesk.store.search_changes` whether any station changed the index since the caches
were filled (one cheap statement); if so, it starts from empty ones. Inside a transaction (a
writer searching before it commits) nothing is kept: what it reads may never be committed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from frontdesk.store import sql
from frontdesk.store.models import database_proxy
from frontdesk.store.search_changes import index_changed_with, is_postgres


@dataclass
class SearchCache:
    stamp: object = None
    postings: dict[int, frozenset[int]] = field(default_factory=dict)  # big terms' patients
    texts: dict[int, str] = field(default_factory=dict)  # patient id -> Patient.search_terms
    days: dict = field(default_factory=dict)  # the day's patients, for services.search


_local = threading.local()
_lock = threading.Lock()
_PENDING = object()


def _validated(
    also: tuple[str, Sequence] | None = None, then: tuple[str, Sequence] | None = None
) -> tuple[SearchCache, tuple | None, list[tuple] | None]:
    db = database_proxy.obj
    if db.in_transaction():
        return SearchCache(), None, None
    with _lock:  # two threads searching at once: one checks, the other sees its answer
        cache: SearchCache | None = getattr(db, "_frontdesk_search_cache", None)
        previous = cache.stamp if cache is not None else None
        changed, stamp, row, found = index_changed_with(previous, also, then)
        if cache is None or changed:
            cache = SearchCache(stamp)
            db._frontdesk_search_cache = cache
        else:
            cache.stamp = stamp
        return cache, row, found


@contextlib.contextmanager
def searching(also: tuple[str, Sequence] | None = None) -> Iterator[None]:
    """The caches for one search, checked once, when it first needs them (an MRN search never
    does). ``also``: a one-row query the search needs every time, run in the same statement
    as the check (a round trip fewer on PostgreSQL); its row is :func:`also_row`."""
    if getattr(_local, "cache", None) is not None:  # a search inside a search shares its check
        yield
        return
    _local.cache, _local.also, _local.row = _PENDING, also, None
    try:
        yield
    finally:
        _local.cache = _local.also = _local.row = None


def _checked() -> SearchCache | None:
    cache = getattr(_local, "cache", None)
    if cache is _PENDING:
        cache, _local.row, _ = _validated(_local.also)
        _local.cache = cache
    return cache


def current() -> SearchCache:
    """The caches of the search running on this thread (checked now if none is running)."""
    cache = _checked()
    return cache if cache is not None else _validated()[0]


def rows_checking(statement: str, params: Sequence = ()) -> list[tuple]:
    """The rows of ``statement`` (a search's first: its vocabulary lookups). On PostgreSQL, if
    the running search has not checked its caches yet, the check goes in the same statement:
    one round trip to the server for both (0.1-0.2 ms a keystroke), and, read in one statement,
    they see the same moment of the database. (SQLite has no round trip to save, and the joined
    statement took it 0.1 ms longer: there the check stays apart.) Another thread's search
    meanwhile waits for the lookups too (a few tenths of a millisecond), as for the check."""
    db = database_proxy.obj
    if getattr(_local, "cache", None) is _PENDING and is_postgres(db) and not db.in_transaction():
        _local.cache, _local.row, found = _validated(_local.also, (statement, params))
        assert found is not None
        return found
    return sql.rows(statement, params)


def also_row() -> tuple | None:
    """The row of the running search's ``also`` query (None inside a transaction, where
    nothing is checked, or outside a search)."""
    _checked()
    return getattr(_local, "row", None)
