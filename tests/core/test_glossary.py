"""The glossary as a reader meets it: which terms a text names (links on the question cards, the printed glossary)
and the glossary browser's search, in French (accents), Arabic (vowel marks, letter variants, joined letters) and
English; and which questions use a term."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_assistant.content.model import GlossaryTerm, tr
from merchant_assistant.glossary import QUESTION_TEXTS, Glossary, find_terms, first_mentions, search, term_names
from merchant_assistant.i18n import folded, folded_with_positions, sort_key


def term(term_id: str, fr: str, ar: str = "", en: str = "", definition: str = "", uncertain: bool = False):
    return GlossaryTerm(
        id=term_id,
        term={"fr": fr, "ar": ar or fr, "en": en or fr},
        definition={"fr": definition or f"Définition de {fr}.", "ar": definition or "تعريف.", "en": "A definition."},
        source={"fr": "Loi 09-08, art. 1", "ar": "القانون رقم 09.08، المادة 1", "en": "Law 09-08, art. 1"},
        uncertain=uncertain,
    )


TERMS = [
    term("acquirer", "Acquéreur", "الجهة المحصِّلة (acquéreur)", "Acquirer"),
    term("fiscal_id", "Identifiant fiscal (IF)", "التعريف الضريبي (IF)", "Tax identification number (IF)"),
    term("rc", "RC (registre du commerce)", "السجل التجاري (RC)", "RC (trade register)"),
    term("rib", "RIB", "بيان الهوية البنكية (RIB)", "RIB"),
    term("fraud", "Fraude au faux RIB", "الاحتيال بـ RIB مزيف", "Fake RIB fraud"),
    term("consumer", "Consommateur", "المستهلك", "Consumer"),
    term("cod", "Paiement à la livraison", "الأداء عند التسليم", "Cash on delivery"),
    term("card_terminal", "Terminal de paiement (TPE)", "جهاز الأداء بالبطاقة (TPE)", "Card terminal (POS terminal)"),
    term("law_09_08", "Loi 09-08 (données personnelles)", "القانون رقم 09.08 (المعطيات الشخصية)", "Law 09-08"),
    term("cooperative", "Coopérative", "التعاونية", "Cooperative"),
    term("cafe", "Café", "المقهى", "Café"),
    term("security", "Sécurité", "أمن نظم المعلومات", "Security"),
]


def named(text: str, lang: str, terms=TERMS) -> list[tuple[str, str]]:
    """(term id, the words of the text that name it), in the order of the text."""
    return [(m.term_id, text[m.start : m.end]) for m in find_terms(text, lang, terms)]


# -- folding ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "one, other",
    [
        ("Établissement", "etablissement"),
        ("FÈS", "fes"),
        ("المُسْتَهْلِك", "المستهلك"),  # vowel marks
        ("أمن", "امن"),
        ("إدارة", "ادارة"),
        ("آمن", "امن"),
        ("ٱلبنك", "البنك"),  # alif wasla
        ("التعاونية", "التعاونيه"),  # ة / ه
        ("المقهى", "المقهي"),  # ى / ي
        ("تـــاجر", "تاجر"),  # tatweel
        ("القانون ٠٩.٠٨", "القانون 09.08"),  # Arabic-Indic digits
    ],
)
def test_folding_makes_variants_one_letter(one, other):
    assert folded(one) == folded(other)


@pytest.mark.parametrize("one, other", [("بنك", "بنت"), ("RC", "RD"), ("سوق", "سرق")])
def test_folding_keeps_different_letters_apart(one, other):
    assert folded(one) != folded(other)


@given(st.text(alphabet=st.sampled_from("aéÉeß ﻻـأإآاةهىيَُِّ،.-(RC)بالمستهلك٠9\u0301"), max_size=40))
def test_positions_trace_each_folded_character_back(text):
    flat, at = folded_with_positions(text)
    assert flat == folded(text)
    assert len(at) == len(flat) + 1 and at[-1] == len(text)
    assert at == sorted(at)
    for i, index in enumerate(at[:-1]):
        assert flat[i] in folded(text[index])


def test_dictionary_order_keeps_a_hamza_alif_under_alif():
    """أ is a letter, not the article ال: "ألوان" is under ا, not under و."""
    words = ["وثيقة", "ألوان", "البنك", "بطاقة"]
    assert sorted(words, key=lambda w: sort_key(w, "ar")) == ["ألوان", "بطاقة", "البنك", "وثيقة"]


# -- which terms a text names -----------------------------------------------------------------------------------


def test_a_term_is_found_by_its_name_and_with_a_plural_or_an_elision():
    assert named("Demandez à l'acquéreur ; les acquéreurs répondent.", "fr") == [
        ("acquirer", "acquéreur"),
        ("acquirer", "acquéreurs"),
    ]
    assert named("Ask your ACQUIRER", "en") == [("acquirer", "ACQUIRER")]


def test_accents_do_not_count():
    assert named("le consommateur et la cooperative", "fr") == [
        ("consumer", "consommateur"),
        ("cooperative", "cooperative"),
    ]


def test_a_name_in_capitals_is_found_only_in_capitals():
    """The English word "if" is not the tax number IF, nor is "rib" (a bone) the bank identifier."""
    assert named("If you have no IF yet, ask.", "en") == [("fiscal_id", "IF")]
    assert named("a broken rib", "en") == []


def test_no_match_inside_another_word():
    assert named("Le commerce de marche et les ribambelles", "fr") == []
    assert named("Les consommatrices", "fr") == []  # not a plural ending of "consommateur"


def test_the_longer_name_wins_where_two_overlap():
    assert named("Attention à la fraude au faux RIB : vérifiez le RIB.", "fr") == [
        ("fraud", "fraude au faux RIB"),
        ("rib", "RIB"),
    ]


def test_the_link_takes_the_whole_name_with_its_bracket():
    text = "Votre identifiant fiscal (IF) et votre RC."
    assert named(text, "fr") == [("fiscal_id", "identifiant fiscal (IF)"), ("rc", "RC")]


def test_a_law_is_named_by_its_number_not_by_its_subject():
    assert named("Vos données personnelles sont protégées par la loi 09-08.", "fr") == [("law_09_08", "loi 09-08")]
    assert "données personnelles" not in term_names(TERMS[8], "fr")


@pytest.mark.parametrize(
    "text, found",
    [
        ("حقوق المستهلك", "المستهلك"),
        ("حماية للمستهلك", "للمستهلك"),  # ل + ال = لل
        ("حقوق المستهلكين", "المستهلكين"),  # plural ending
        ("والمستهلك", "والمستهلك"),
        ("حقوق المُسْتَهْلِك", "المُسْتَهْلِك"),  # with vowel marks, which the link keeps
        ("حقوق المسـتهلك", "المسـتهلك"),  # tatweel
    ],
)
def test_arabic_finds_the_whole_word_with_its_joined_letters(text, found):
    assert named(text, "ar") == [("consumer", found)]


@pytest.mark.parametrize(
    "text, term_id, found",
    [
        ("اختر الاداء عند التسليم", "cod", "الاداء عند التسليم"),  # أ written without its hamza
        ("اختر الإداء عند التسليم", "cod", "الإداء عند التسليم"),  # إ for أ
        ("انضم إلى التعاونيه", "cooperative", "التعاونيه"),  # ه for ة
        ("في المقهي", "cafe", "المقهي"),  # ي for ى
        ("اطلب جهاز الأداء بالبطاقة (TPE) من بنكك", "card_terminal", "جهاز الأداء بالبطاقة (TPE)"),
    ],
)
def test_arabic_letter_variants_still_name_the_term(text, term_id, found):
    assert named(text, "ar") == [(term_id, found)]


def test_arabic_does_not_find_a_name_inside_another_word():
    assert named("استهلك الزبون", "ar") == []  # not المستهلك
    assert named("مستهلك", "ar") == []  # without the article, another word may be meant


def test_first_mentions_keep_one_link_per_term():
    mentions = find_terms("Le RIB, encore le RIB, puis le consommateur.", "fr", TERMS)
    assert [m.term_id for m in first_mentions(mentions)] == ["rib", "consumer"]


# -- search -----------------------------------------------------------------------------------------------------


def ids(hits) -> list[str]:
    return [h.term.id for h in hits]


def by_name(lang: str) -> list[GlossaryTerm]:
    return sorted(TERMS, key=lambda t: sort_key(tr(t.term, lang), lang))


@pytest.mark.parametrize("query", ["securite", "SÉCURITÉ", "Sécu", "sécurité"])
def test_a_french_search_ignores_accents_and_case(query):
    assert ids(search(by_name("fr"), query, "fr", definitions=False)) == ["security"]


@pytest.mark.parametrize(
    "query, term_id",
    [
        ("المحصلة", "acquirer"),
        ("المحصِّلة", "acquirer"),  # with a shadda and a kasra
        ("محصلة", "acquirer"),  # without the article
        ("امن", "security"),  # ا for أ
        ("أمن", "security"),
        ("الاداء عند", "cod"),
        ("التعاونيه", "cooperative"),  # ه for ة
        ("المقهي", "cafe"),  # ي for ى
        ("بطاقه", "card_terminal"),  # inside بالبطاقة: the joined letters do not count
        ("البطاقة", "card_terminal"),  # nor the article
    ],
)
def test_an_arabic_search_ignores_vowel_marks_and_letter_variants(query, term_id):
    assert ids(search(by_name("ar"), query, "ar", definitions=False)) == [term_id]


def test_a_search_matches_words_from_their_start():
    assert ids(search(by_name("fr"), "rc", "fr", definitions=False)) == ["rc"]  # not "commerce"
    assert ids(search(by_name("fr"), "merce", "fr", definitions=False)) == []
    assert ids(search(by_name("ar"), "هلك", "ar", definitions=False)) == []  # not inside المستهلك


def test_names_come_first_those_that_start_with_the_query_before_the_others():
    terms = [
        term("link", "Lien de paiement"),
        term("cod", "Paiement à la livraison"),
        term("other", "Autre chose", definition="Un paiement en plusieurs fois."),
    ]
    hits = search(sorted(terms, key=lambda t: sort_key(t.term["fr"], "fr")), "paie", "fr")
    assert [(h.term.id, h.matched) for h in hits] == [("cod", "name"), ("link", "name"), ("other", "definition")]
    assert ids(search(terms, "paie", "fr", definitions=False)) == ["cod", "link"]


def test_a_name_in_another_language_is_found_after_those_in_the_language_asked():
    hits = search(by_name("fr"), "POS", "fr")
    assert [(h.term.id, h.matched, h.name) for h in hits] == [
        ("card_terminal", "other_language", "Card terminal (POS terminal)")
    ]


def test_an_empty_search_lists_every_entry_in_dictionary_order():
    assert ids(search(by_name("fr"), "  ", "fr")) == [t.id for t in by_name("fr")]
    arabic = ids(search(by_name("ar"), "", "ar"))
    assert arabic.index("consumer") < arabic.index("cafe")  # both under م, the article aside: مس before مق
    assert arabic == [t.id for t in by_name("ar")]


# -- the bundled glossary ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_every_term_of_the_bundled_glossary_is_found_by_its_own_name(bundled_pack, lang):
    glossary = Glossary(bundled_pack, lang)
    for entry in glossary.terms:
        name = tr(entry.term, lang)
        assert entry.id in ids(glossary.search(name)[:3]), name
        assert [m.term_id for m in glossary.mentions(f"« {name} »")][:1] == [entry.id], name


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_the_bundled_questions_name_their_terms_at_word_boundaries(bundled_pack, lang):
    glossary = Glossary(bundled_pack, lang)
    found = 0
    for question in bundled_pack.questions:
        for field, mentions in glossary.question_mentions(question).items():
            text = tr(getattr(question, field), lang)
            for m in mentions:
                assert 0 <= m.start < m.end <= len(text)
                assert m.start == 0 or not text[m.start - 1].isalnum(), (question.id, text[m.start : m.end])
                assert m.end == len(text) or not text[m.end].isalnum(), (question.id, text[m.start : m.end])
                found += 1
    assert found > 50


def test_the_questions_that_use_a_term(bundled_pack):
    glossary = Glossary(bundled_pack, "fr")
    rc = [q.id for q in glossary.questions_using("rc")]
    assert "pay_has_rc" in rc  # "… immatriculée au registre du commerce (RC) ?"
    order = [q.id for q in bundled_pack.questions]
    assert rc == sorted(rc, key=order.index)  # the order of the steps
    # Linked by the content though the words do not name it: listed, unless only the named ones are asked for.
    takeover = glossary.questions_using("account_takeover")
    assert takeover and all("account_takeover" in q.terms for q in takeover)
    assert glossary.questions_using("account_takeover", linked=False) == []
    for question in glossary.questions_using("rc", linked=False):
        assert "rc" in glossary.terms_of(question)


def test_the_question_texts_searched_are_the_ones_a_card_shows():
    assert QUESTION_TEXTS == ("text", "why", "how")
