"""The import plan: duplicates, unknown kinds, new kinds' colours and shapes, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event
from hypnic.domain.kinds import BUILTIN_KINDS, OKABE_ITO, KindGroup
from hypnic.domain.medications import Dose, Medication
from hypnic.exchange.parsed import ParsedEvent, ParsedFile
from hypnic.operations.importing import (
    apply_import,
    changes_anything,
    new_kind,
    plan_import,
    summary,
)
from hypnic.store import Store

ID1 = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"
ID2 = "5f0e2a9c-1b3d-4e6f-8a7b-9c0d1e2f3a4b"
T0 = 1_795_560_067_123


def _file(*events: tuple[str, str, int]) -> ParsedFile:
    parsed = ParsedFile(source="in.csv")
    parsed.events = [
        ParsedEvent(Event(id_, kind, T0 + i * 1000, 60), line) for i, (id_, kind, line) in
        enumerate(events)
    ]  # fmt: skip
    return parsed


def test_new_kind_takes_the_first_unused_colour_and_shape() -> None:
    kind = new_kind("toe_curl", list(BUILTIN_KINDS), 10)
    # jerk, kick and deep itch are the active kinds: vermillion, blue, reddish purple; t, s, d.
    assert (kind.label, kind.colour, kind.shape) == ("Toe curl", OKABE_ITO["orange"], "o")
    assert kind.group == KindGroup.OTHER and kind.position == 10
    second = new_kind("tingle", [*BUILTIN_KINDS, kind], 11)
    assert (second.colour, second.shape) == (OKABE_ITO["sky_blue"], "star")


def test_duplicate_ids_name_both_lines(store: Store) -> None:
    with pytest.raises(InputError) as info:
        plan_import(
            store, _file((ID1, "jerk", 2), (ID2, "jerk", 3), (ID1, "kick", 9)), add_kinds=False
        )
    assert "lines 2 and 9" in info.value.message and info.value.line == 9


def test_every_unknown_kind_is_listed(store: Store) -> None:
    parsed = _file((ID1, "sneeze", 4), (ID2, "yawn", 5))
    with pytest.raises(InputError) as info:
        plan_import(store, parsed, add_kinds=False)
    assert "sneeze, yawn" in info.value.message and "--add-kinds" in info.value.message
    assert (info.value.line, info.value.field) == (4, "kind")


def test_add_kinds_creates_them_with_the_events(store: Store) -> None:
    plan = plan_import(store, _file((ID1, "sneeze", 2), (ID2, "jerk", 3)), add_kinds=True)
    assert [k.key for k in plan.new_kinds] == ["sneeze"]
    assert apply_import(store, plan) == 2
    assert store.kinds.get("sneeze") is not None
    again = plan_import(store, _file((ID1, "sneeze", 2), (ID2, "jerk", 3)), add_kinds=False)
    assert (len(again.new_events), again.present_events, again.new_kinds) == (0, 2, [])
    assert summary(again, dry_run=False) == "Imported 0 events (2 already present, skipped)"


def test_invalid_key_cannot_become_a_kind(store: Store) -> None:
    with pytest.raises(InputError) as info:
        plan_import(store, _file((ID1, "Toe Curl", 7)), add_kinds=True)
    assert (info.value.line, info.value.field) == (7, "kind")


def _context_file() -> ParsedFile:
    parsed = ParsedFile(source="b.json")
    parsed.medications = [Medication("clonazepam", 0.5, "mg", bedtime=True)]
    parsed.doses = [
        Dose(ID1, "Clonazepam", 0.5, "mg", T0, 60),
        Dose(ID2, "melatonin", 2.0, "mg", T0 + 1000, 60),  # not in any list: added
    ]
    parsed.night_tags = {date(2026, 11, 24): ["alcohol", "sauna"]}  # sauna: a new tag
    parsed.diary = [DiaryEntry(date(2026, 11, 24), quality=2)]
    return parsed


def test_a_file_with_only_doses_tags_and_diary_is_imported(store: Store) -> None:
    plan = plan_import(store, _context_file(), add_kinds=False)
    assert plan.new_medication_names == ["clonazepam", "melatonin"]
    assert plan.new_tag_keys == ["sauna"]
    assert summary(plan, dry_run=True) == (
        "Would import 0 events; 2 doses; new medications: clonazepam, melatonin; new tags: sauna;"
        " tags for 1 nights, 1 diary entries; nothing was changed (dry run)"
    )
    apply_import(store, plan)
    night = date(2026, 11, 24)
    # The dose takes the list's spelling of its medication.
    assert [d.medication for d in store.doses.of_night(night)] == ["clonazepam", "melatonin"]
    assert store.medications.get("melatonin") == Medication("melatonin")
    sauna = store.tags.get("sauna")
    assert sauna is not None and sauna.label == "Sauna" and not sauna.builtin
    assert store.tags.of_night(night) == ["alcohol", "sauna"]
    diary = store.diary.get(night)
    assert diary is not None and diary.quality == 2


def test_what_a_night_already_has_is_kept_and_lists_from_the_file_win(store: Store) -> None:
    night = date(2026, 11, 24)
    store.medications.save(Medication("clonazepam", 1.0, "mg"))
    store.tags.set_night(night, ["heat"])
    store.diary.save(DiaryEntry(night, quality=5))
    store.doses.add(Dose(ID1, "clonazepam", 1.0, "mg", T0, 60))
    plan = plan_import(store, _context_file(), add_kinds=False)
    assert (len(plan.new_doses), plan.present_doses, plan.present_context) == (1, 1, 2)
    apply_import(store, plan)
    assert store.medications.get("clonazepam") == Medication("clonazepam", 0.5, "mg", True)
    assert store.tags.of_night(night) == ["heat"]
    diary = store.diary.get(night)
    assert diary is not None and diary.quality == 5
    kept = store.doses.get(ID1)
    assert kept is not None and kept.amount == 1.0
    again = plan_import(store, _context_file(), add_kinds=False)
    assert not changes_anything(again)
