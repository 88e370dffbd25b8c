"""What an operation changed, so each view refreshes only for the changes that concern it
(the shared vocabulary of operations, services and views)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Changes:
    """The parts of the store an operation changed (after Anki's ``OpChanges``).

    ``nights`` lists the nights whose events, doses or records changed; ``all_nights`` says any
    night may have changed (a new day boundary, an import, another process writing).
    """

    nights: frozenset[date] = frozenset()
    all_nights: bool = False
    kinds: bool = False
    medications: bool = False
    tags: bool = False
    patient: bool = False
    settings: bool = False

    @classmethod
    def of_nights(cls, nights: Iterable[date]) -> Changes:
        return cls(nights=frozenset(nights))

    @classmethod
    def everything(cls) -> Changes:
        return cls(
            all_nights=True, kinds=True, medications=True, tags=True, patient=True, settings=True
        )

    def touches(self, night: date) -> bool:
        """True when ``night``'s events, doses or records may have changed."""
        return self.all_nights or night in self.nights

    @property
    def any_night(self) -> bool:
        return self.all_nights or bool(self.nights)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            nights=self.nights | other.nights,
            all_nights=self.all_nights or other.all_nights,
            kinds=self.kinds or other.kinds,
            medications=self.medications or other.medications,
            tags=self.tags or other.tags,
            patient=self.patient or other.patient,
            settings=self.settings or other.settings,
        )

    def __bool__(self) -> bool:
        return self != NOTHING


NOTHING = Changes()
