"""The local SQLite store (stdlib sqlite3 only, no Qt)."""

from hypnic.store.database import Store, StoreTooNewError

__all__ = ["Store", "StoreTooNewError"]
