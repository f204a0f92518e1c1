"""What search keeps in memory across keystrokes, dropped as soon as the name index changes.

    with searching():                  # one check that nothing changed, for the whole search
        cache = current()              # posting sets, patients' terms, the day's patients
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
from collections.abc import Iterator
from dataclasses import dataclass, field

from frontdesk.store.models import database_proxy
from frontdesk.store.search_changes import index_changed


@dataclass
class SearchCache:
    stamp: object = None
    postings: dict[int, frozenset[int]] = field(default_factory=dict)  # big terms' patients
    texts: dict[int, str] = field(default_factory=dict)  # patient id -> Patient.search_terms
    days: dict = field(default_factory=dict)  # the day's patients, for services.search


_local = threading.local()
_lock = threading.Lock()


def _validated() -> SearchCache:
    db = database_proxy.obj
    if db.in_transaction():
        return SearchCache()
    with _lock:  # two threads searching at once: one checks, the other sees its answer
        cache: SearchCache | None = getattr(db, "_frontdesk_search_cache", None)
        changed, stamp = index_changed(cache.stamp if cache is not None else None)
        if cache is None or changed:
            cache = SearchCache(stamp)
            db._frontdesk_search_cache = cache
        else:
            cache.stamp = stamp
        return cache


@contextlib.contextmanager
def searching() -> Iterator[SearchCache]:
    """The caches for one search, checked once at its start."""
    outer = getattr(_local, "cache", None)
    if outer is not None:  # a search inside a search shares its check
        yield outer
        return
    _local.cache = _validated()
    try:
        yield _local.cache
    finally:
        _local.cache = None


def current() -> SearchCache:
    """The caches of the search running on this thread (checked now if none is running)."""
    cache = getattr(_local, "cache", None)
    return cache if cache is not None else _validated()
