"""The local SQLite store (stdlib sqlite3 only, no Qt)."""

from hypnic.domain.errors import StoreTooNewError
from hypnic.store.database import Store

__all__ = ["Store", "StoreTooNewError"]
