"""The kind catalogue: adding, renaming, keys, archiving, order, and which key logs what."""

from __future__ import annotations

import pytest

from hypnic.domain.bedside_keys import ACTION_NAMES, BEDSIDE_KEYS
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, new_event_id
from hypnic.domain.kinds import BUILTIN_KINDS, OKABE_ITO, SHAPES, Kind, KindGroup, shortcut_keys
from hypnic.services.kinds import KindCatalog
from hypnic.store import Store


@pytest.fixture
def catalog(store: Store) -> KindCatalog:
    return KindCatalog(store=store)


def log(store: Store, kind: str) -> None:
    store.events.add(Event(id=new_event_id(), kind=kind, utc_ms=1_790_000_000_000, offset_min=0))


def test_a_fresh_store_has_the_three_defaults_on_and_the_presets_off(catalog: KindCatalog) -> None:
    assert [k.key for k in catalog.active()] == ["jerk", "kick", "deep_itch"]
    presets = {k.key for k in catalog.all() if not k.enabled}
    assert presets == {
        "eyelid_twitch", "hiccup", "burning", "creeping", "tugging", "crawling", "arm_jerk"
    }  # fmt: skip


def test_add_derives_a_unique_key_and_an_unused_colour_and_shape(
    qtbot, catalog: KindCatalog
) -> None:
    with qtbot.waitSignal(catalog.changed):
        first = catalog.add("Toe curl")
    second = catalog.add("Toe  curl!")
    assert (first.key, second.key) == ("toe_curl", "toe_curl_2")
    assert catalog.get("toe_curl_2") == second
    active_before = [k for k in catalog.active() if k.key not in ("toe_curl", "toe_curl_2")]
    assert first.colour in OKABE_ITO.values()
    assert first.colour not in {k.colour for k in active_before}
    assert first.shape in SHAPES
    assert first.shape not in {k.shape for k in active_before}
    # The second one avoids the first one's colour and shape as well.
    assert second.colour != first.colour and second.shape != first.shape
    assert not first.builtin and first.enabled
    assert catalog.all()[-1].key == "toe_curl_2"


def test_add_refuses_an_empty_name_and_a_name_already_used(catalog: KindCatalog) -> None:
    with pytest.raises(InputError, match="needs a name"):
        catalog.add("   ")
    with pytest.raises(InputError, match="already a kind called Jerk"):
        catalog.add("jerk")
    assert len(catalog.all()) == len(BUILTIN_KINDS)


def test_a_new_kind_is_in_the_other_group_unless_given_one(catalog: KindCatalog) -> None:
    assert catalog.add("Toe curl").group == KindGroup.OTHER
    assert catalog.add("Foot flick", KindGroup.LEG).group == KindGroup.LEG
    stored = catalog.get("foot_flick")
    assert stored is not None and stored.group == KindGroup.LEG


def test_only_a_users_own_kind_changes_group(qtbot, catalog: KindCatalog) -> None:
    catalog.add("Toe curl")
    with qtbot.waitSignal(catalog.changed):
        catalog.set_group("toe_curl", KindGroup.LEG)
    toe = catalog.get("toe_curl")
    assert toe is not None and toe.group == KindGroup.LEG
    with pytest.raises(InputError, match="built in") as info:
        catalog.set_group("kick", KindGroup.JERK)
    assert info.value.field == "group"
    kick = catalog.get("kick")
    assert kick is not None and kick.group == KindGroup.LEG


def test_rename_keeps_the_key_and_changes_the_label(catalog: KindCatalog) -> None:
    catalog.rename("kick", "  Leg kick ")
    kick = catalog.get("kick")
    assert kick is not None and kick.label == "Leg kick"
    with pytest.raises(InputError, match="needs a name"):
        catalog.rename("kick", "")
    assert catalog.get("kick") == kick


def test_recolour_and_reshape_are_checked(catalog: KindCatalog) -> None:
    catalog.set_colour("jerk", "#00aa11")
    catalog.set_shape("jerk", "h")
    jerk = catalog.get("jerk")
    assert jerk is not None and (jerk.colour, jerk.shape) == ("#00AA11", "h")
    with pytest.raises(InputError, match="not a colour"):
        catalog.set_colour("jerk", "green")
    with pytest.raises(InputError, match="Unknown marker shape"):
        catalog.set_shape("jerk", "blob")
    assert catalog.get("jerk") == jerk


def test_a_bound_key_logs_the_kind_and_replaces_the_kinds_own_key(catalog: KindCatalog) -> None:
    catalog.bind_key("kick", "f")
    assert catalog.shortcuts()["F"] == "kick"
    catalog.bind_key("kick", "G")
    assert "F" not in catalog.shortcuts() and catalog.shortcuts()["G"] == "kick"
    catalog.bind_key("kick", None)
    assert "G" not in catalog.shortcuts()
    assert catalog.shortcuts()["K"] == "kick"


@pytest.mark.parametrize(
    ("key", "owner"), [("J", "Jerk"), ("1", "Jerk"), ("I", "Deep itch"), ("F", "Hiccup")]
)
def test_a_key_already_in_use_is_refused_naming_the_kind(
    catalog: KindCatalog, key: str, owner: str
) -> None:
    catalog.bind_key("hiccup", "F")
    before = catalog.get("kick")
    with pytest.raises(InputError) as caught:
        catalog.bind_key("kick", key)
    assert caught.value.message == f"The key {key} already logs {owner}"
    assert catalog.get("kick") == before


@pytest.mark.parametrize(
    "key",
    ["L", "D", "T", "P", "N", "F1", "F11", "Space", "Backspace", "Esc", "Escape", "Return",
     "Enter", "Tab", "0", "4", "9", "t", "f1"],
)  # fmt: skip
def test_keys_of_other_actions_are_refused(catalog: KindCatalog, key: str) -> None:
    with pytest.raises(InputError, match="taken by another action"):
        catalog.bind_key("kick", key)
    assert catalog.get("kick").keys == ()  # type: ignore[union-attr]


def test_every_bedside_action_key_is_refused_naming_the_action(catalog: KindCatalog) -> None:
    for action, keys in BEDSIDE_KEYS.items():
        for key in keys:
            with pytest.raises(InputError) as caught:
                catalog.bind_key("kick", key)
            if "+" in key:
                assert "without Ctrl" in caught.value.message
            else:
                assert caught.value.message.endswith(ACTION_NAMES[action]), caught.value.message
    assert catalog.get("kick").keys == ()  # type: ignore[union-attr]


def test_a_key_bound_before_it_became_an_action_logs_nothing(store: Store) -> None:
    """A store from before T was kept for tonight's tags: its T must not be bound twice."""
    kick = store.kinds.get("kick")
    assert kick is not None
    store.kinds.save(kick.with_changes(keys=("T", "G")))
    shortcuts = KindCatalog(store=store).shortcuts()
    assert "T" not in shortcuts and shortcuts["G"] == "kick"


def test_a_key_with_modifiers_is_refused(catalog: KindCatalog) -> None:
    with pytest.raises(InputError, match="one key without Ctrl"):
        catalog.bind_key("kick", "Ctrl+F")


def test_archive_hides_the_kind_and_keeps_its_events(store: Store, catalog: KindCatalog) -> None:
    log(store, "deep_itch")
    catalog.archive("deep_itch")
    assert "deep_itch" not in [k.key for k in catalog.active()]
    assert "I" not in catalog.shortcuts()
    assert [e.kind for e in store.events.between_nights(None, None)] == ["deep_itch"]
    catalog.archive("deep_itch", False)
    assert "deep_itch" in [k.key for k in catalog.active()]


def test_only_an_unused_own_kind_can_be_deleted(store: Store, catalog: KindCatalog) -> None:
    catalog.add("Toe curl")
    catalog.add("Yawn")
    log(store, "yawn")
    assert catalog.can_delete("toe_curl")
    assert not catalog.can_delete("yawn")
    assert not catalog.can_delete("hiccup")  # built in, even without events
    catalog.delete("toe_curl")
    assert catalog.get("toe_curl") is None
    with pytest.raises(InputError, match="archive it instead"):
        catalog.delete("yawn")
    with pytest.raises(InputError, match="archive it instead"):
        catalog.delete("hiccup")
    assert catalog.get("yawn") is not None and catalog.get("hiccup") is not None


def test_move_reorders_and_stops_at_the_ends(catalog: KindCatalog) -> None:
    catalog.move("deep_itch", -1)
    assert [k.key for k in catalog.active()] == ["jerk", "deep_itch", "kick"]
    catalog.move("jerk", -1)
    assert catalog.all()[0].key == "jerk"
    catalog.move("arm_jerk", 5)
    assert catalog.all()[-1].key == "arm_jerk"
    assert [k.position for k in catalog.all()] == list(range(len(BUILTIN_KINDS)))
    with pytest.raises(InputError, match="no kind"):
        catalog.move("nothing", 1)


def test_shortcuts_default_keys_then_digits_for_further_enabled_kinds(
    catalog: KindCatalog,
) -> None:
    for key in ("burning", "hiccup"):
        catalog.set_enabled(key, True)
    assert catalog.shortcuts() == {
        "J": "jerk", "1": "jerk", "K": "kick", "2": "kick", "I": "deep_itch", "3": "deep_itch",
        "4": "hiccup", "5": "burning",
    }  # fmt: skip
    catalog.move("burning", -1)
    assert (catalog.shortcuts()["4"], catalog.shortcuts()["5"]) == ("burning", "hiccup")


def test_shortcuts_give_digits_4_to_9_only() -> None:
    extra = [
        Kind(key=f"k{i}", label=f"K{i}", colour="#999999", shape="o", position=3 + i)
        for i in range(8)
    ]
    mapping = shortcut_keys([*BUILTIN_KINDS[:3], *extra])
    assert [mapping[d] for d in "456789"] == ["k0", "k1", "k2", "k3", "k4", "k5"]
    assert "k6" not in mapping.values() and "k7" not in mapping.values()


def test_the_digits_stay_with_the_kinds_by_place(catalog: KindCatalog) -> None:
    catalog.set_enabled("hiccup", True)
    with pytest.raises(InputError, match="taken by another action: the kinds, by their place"):
        catalog.bind_key("kick", "4")
    assert catalog.shortcuts()["4"] == "hiccup"
    # A bound key wins over a default key of a kind switched on later.
    catalog.set_enabled("jerk", False)
    catalog.bind_key("kick", "J")
    catalog.set_enabled("jerk", True)
    assert catalog.shortcuts()["J"] == "kick" and catalog.shortcuts()["1"] == "jerk"
