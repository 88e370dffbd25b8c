"""Built-in words in the reader's language: kinds, tags, shapes, colours, sleep quality."""

from __future__ import annotations

from hypnic import words
from hypnic.domain import bedside_keys, diary
from hypnic.domain.kinds import BUILTIN_KINDS, OKABE_ITO, SHAPES
from hypnic.domain.tags import DEFAULT_TAGS
from hypnic.languages import Catalogue
from speaking import speaking


def test_the_tables_name_every_built_in_word_as_the_domain_does() -> None:
    assert {k.key: k.label for k in BUILTIN_KINDS} == words.KIND_NAMES
    assert {t.key: t.label for t in DEFAULT_TAGS} == words.TAG_NAMES
    assert set(words.SHAPE_NAMES) == set(SHAPES)
    assert set(words.COLOUR_NAMES) == set(OKABE_ITO)
    assert words.QUALITY_WORDS == diary.QUALITY_WORDS


def test_the_help_words_are_the_domains_bedside_help_in_its_order() -> None:
    assert words.HELP_ABOUT == bedside_keys.ABOUT
    assert tuple(does for _keys, does in bedside_keys.HELP_ROWS) == words.HELP_DOES


def test_a_built_in_kind_is_named_in_the_readers_language_until_renamed(qapp) -> None:
    jerk = next(k for k in BUILTIN_KINDS if k.key == "jerk")
    french = Catalogue("fr")
    assert words.kind_label(jerk, french) == "Secousse"
    assert words.kind_label(jerk.with_changes(label="Big jolt"), french) == "Big jolt"
    with speaking("de"):
        shown = words.shown_kind(jerk)
        assert shown.label == "Zuckung"
        # Saved as shown, it keeps its English name and so follows the language later.
        assert words.stored_kind_label(shown) == "Jerk"
        assert words.stored_kind_label(shown.with_changes(label="Ruck")) == "Ruck"


def test_the_kind_catalogue_shows_translated_names_and_stores_english_ones(qapp, store) -> None:
    from hypnic.services.kinds import KindCatalog

    catalogue = KindCatalog(store=store)
    with speaking("es"):
        kick = catalogue.get("kick")
        assert kick is not None and kick.label == "Patada"
        catalogue.save(kick.with_changes(colour="#009E73"))
        assert store.kinds.get("kick").label == "Kick"
        catalogue.rename("kick", "Patadita")
        assert store.kinds.get("kick").label == "Patadita"
    assert catalogue.get("kick").label == "Patadita"


def test_built_in_tags_and_quality_words_in_each_language(qapp) -> None:
    caffeine = next(t for t in DEFAULT_TAGS if t.key == "caffeine_late")
    assert words.tag_label(caffeine, Catalogue("de")) == "Koffein nach 16 Uhr"
    assert words.quality_word(5, Catalogue("fr")) == "très bonne"
    assert words.shape_name("d", Catalogue("es")) == "rombo"
    assert words.colour_name("sky_blue", Catalogue("de")) == "Himmelblau"
