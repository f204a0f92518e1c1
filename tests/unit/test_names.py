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
