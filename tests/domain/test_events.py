"""Event ids: random version-4 UUIDs in canonical text."""

from __future__ import annotations

import uuid

from hypnic.domain.events import new_event_id
from hypnic.domain.medications import new_dose_id


def test_ids_are_canonical_random_uuids() -> None:
    ids = {new_event_id() for _ in range(2000)} | {new_dose_id() for _ in range(10)}
    assert len(ids) == 2010
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text
