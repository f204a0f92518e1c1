"""Folding names into search terms: diacritics, German spellings, scripts, syllables."""

from __future__ import annotations

import pytest

from frontdesk.names import (
    fold_latin,
    fold_native,
    name_terms,
    native_full_name,
    phonetic_key,
    query_forms,
    vowel_shape,
)


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("García", "garcia"),
        ("Łukasz", "lukasz"),
        ("Yılmaz", "yilmaz"),
        ("O'Brien", "obrien"),
        ("Ðorđević", "dordevic"),
        ("Иванов", "ivanov"),
        ("Nguyễn", "nguyen"),
    ],
)
def test_fold_latin(word, folded):
    assert fold_latin(word) == folded


def test_fold_native_drops_accents_and_vowel_points_but_not_thai_vowels():
    assert fold_native("Νίκος") == "νικοσ"
    assert fold_native("مُحَمَّد") == "محمد"
    assert fold_native("יוֹסֵף") == "יוסף"
    assert fold_native("สมชาย") == "สมชาย"
    assert fold_native("राहुल") == "राहुल"


def test_terms_of_german_korean_chinese_names():
    assert {"muller", "mueller"} <= name_terms("Müller", "Jürgen")
    assert {"kim", "min", "jun", "minjun", "김", "민준", "김민준"} <= name_terms(
        "Kim", "Min-jun", "김", "민준"
    )
    assert {"wang", "xiao", "ming", "xiaoming", "王小明"} <= name_terms(
        "Wang", "Xiaoming", "王", "小明"
    )


def test_spelling_variants_share_a_sound():
    keys = {phonetic_key(w) for w in ("Mohamed", "Mohammed", "Muhammad", "Mohammad", "محمد")}
    assert len(keys) == 1
    assert phonetic_key("Mahmoud") not in keys
    assert vowel_shape("mohamed") == vowel_shape("muhammad")
    assert phonetic_key("al") is None


def test_query_forms_cover_both_scripts():
    assert query_forms("иван") == {"иван", "ivan"}
    assert {"muller", "mueller"} <= query_forms("Müller")


def test_native_full_name_order():
    assert native_full_name("김", "민준") == "김민준"
    assert native_full_name("山田", "太郎") == "山田太郎"
    assert native_full_name("Иванов", "Сергей") == "Сергей Иванов"
    assert native_full_name(None, None) is None


def test_name_order_follows_cldr_for_its_sample_names():
    """CLDR's sample names (tests/corpus/names): surname first for the languages CLDR lists
    under nameOrderLocales surnameFirst, without a space in Chinese, Japanese and Korean."""
    from tests.printing.test_scripts import NAMES

    surname_first = {"hu", "ja", "km", "ko", "vi", "zh", "zh-Hant"}
    no_space = {"ja", "ko", "zh", "zh-Hant"}
    seen = set()
    for lang, given, surname in NAMES:
        if lang in surname_first:
            expected = surname + ("" if lang in no_space else " ") + given
        else:
            expected = f"{given} {surname}".strip()
        assert native_full_name(surname, given, language=lang) == expected, lang
        seen.add(lang)
    assert {"vi", "hu", "km", "ja", "ko", "zh", "ta", "am", "fa"} <= seen


def test_vietnamese_and_khmer_come_surname_first_without_a_language():
    """The defect: "Thị Ánh Nguyễn". Vietnamese letters and the Khmer script decide alone."""
    assert native_full_name("Nguyễn", "Thị Ánh") == "Nguyễn Thị Ánh"
    assert native_full_name("Trần", "Văn Minh", language="en") == "Trần Văn Minh"
    assert native_full_name("សុង", "សុជាតិ") == "សុង សុជាតិ"
    assert native_full_name("Mátrai", "Dóra") == "Dóra Mátrai"  # nothing says Hungarian
    assert native_full_name("Mátrai", "Dóra", nationality="HUN") == "Mátrai Dóra"
    assert native_full_name("Mátrai", "Dóra", language="hu-HU") == "Mátrai Dóra"
    assert native_full_name("Müller", "Käthe", language="de", nationality="DEU") == "Käthe Müller"
    assert native_full_name("Иванов", "Иван", nationality="KOR") == "Иван Иванов"  # script
    assert native_full_name(None, None) is None
