"""Printed typography: where a line of the plan may not break, French spacing, dictionary order, and both text
engines keeping a no-break space whole."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from merchant_assistant.i18n import sort_key
from merchant_assistant.report.fonts import LATIN, register_fonts
from merchant_assistant.report.textlayout import layout
from merchant_assistant.report.typography import NBSP, french_spacing, typeset, unbreakable


@pytest.fixture(scope="module", autouse=True)
def _fonts():
    register_fonts()


@pytest.mark.parametrize(
    "text, glued",
    [
        ("Activez 3-D Secure sur votre site", "3-D\u00a0Secure"),
        ("loi 09-08, art. 3", "art.\u00a03"),
        ("la loi 31-08 protège", "loi\u00a031-08"),
        ("law 53-05 applies", "law\u00a053-05"),
        ("المادة 29 من القانون", "المادة\u00a029"),
        ("القانون رقم 09.08", "رقم\u00a009.08"),
        ("Bank Al-Maghrib publie", "Bank\u00a0Al-Maghrib"),
        ("sur Direct Entreprise en ligne", "Direct\u00a0Entreprise"),
        ("changez le « Statut juridique » dans", "«\u00a0Statut\u00a0juridique\u00a0»"),
    ],
)
def test_what_must_stay_on_one_line_is_glued(text, glued):
    assert glued in typeset(text, "fr")


def test_a_long_quotation_may_still_break_inside():
    quote = "« " + "mot " * 20 + "»"
    assert " mot mot " in unbreakable(quote)


def test_french_spacing_only_where_the_text_has_a_space():
    assert french_spacing("Objectif : payer ; vite ! Prêt ? « oui »") == (
        f"Objectif{NBSP}: payer{NBSP}; vite{NBSP}! Prêt{NBSP}? «{NBSP}oui{NBSP}»"
    )
    assert french_spacing("https://www.tax.gov.ma") == "https://www.tax.gov.ma"  # no space, nothing added
    assert typeset("Goal : x", "en") == "Goal : x"  # English is left as written


def test_both_text_engines_keep_a_no_break_space_whole():
    text = f"aaaa bbbb{NBSP}cccc dddd"
    p = Paragraph(text, ParagraphStyle("t", fontName=LATIN, fontSize=10, leading=12))
    p.wrap(70, 100)
    lines = [" ".join(words) if isinstance(words, list) else words for _, words in p.blPara.lines]
    assert any(f"bbbb{NBSP}cccc" in line for line in lines)
    arabic = f"قانون رقم{NBSP}09.08 حماية المعطيات الشخصية للأفراد"
    for width in range(60, 200, 7):
        for line in layout(arabic, width, 10, True):
            drawn = "".join(piece.text for piece in line.pieces)
            assert ("رقم" in drawn) == ("09.08" in drawn), f"the number left its word at width {width}"


@pytest.mark.parametrize(
    "lang, words, ordered",
    [
        ("fr", ["Taxe", "éclair", "Acquéreur", "ICE"], ["Acquéreur", "éclair", "ICE", "Taxe"]),
        ("ar", ["المعرف", "بنك", "البنك المركزي", "تاجر"], ["بنك", "البنك المركزي", "تاجر", "المعرف"]),
    ],
)
def test_dictionary_order_ignores_accents_case_and_the_arabic_article(lang, words, ordered):
    assert sorted(words, key=lambda w: sort_key(w, lang)) == ordered


def _visual(text: str) -> str:
    """The line as drawn, left to right (each run's characters in logical order)."""
    (line,) = layout(text, 1e6, 10, True)
    return "|".join(piece.text for piece in line.pieces)


def test_arabic_lists_of_numbers_read_right_to_left(bundled_pack):
    from merchant_assistant.plan import build_plan
    from merchant_assistant.report.document import PlanDocument

    plan = build_plan(bundled_pack, {"name": "x"}, {})
    listed = PlanDocument(plan, "ar").number_list([1, 2, 5, 7, 8, 9])
    assert listed == "1 و2 و5 ومن 7 إلى 9"
    drawn = _visual(f"رقم {listed}")
    # Left to right on the page: the last number first, "1" at the right end next to رقم.
    assert drawn.index("1") > drawn.index("2") > drawn.index("5")
    assert PlanDocument(plan, "fr").number_list([1, 2, 5]) == "1, 2 et 5"


def test_an_arabic_group_title_ends_with_its_count(bundled_pack):
    import datetime as dt

    from merchant_assistant.plan import build_plan
    from merchant_assistant.report.document import PlanDocument

    plan = build_plan(bundled_pack, {"name": "x"}, {}, today=dt.date(2026, 11, 26))
    title = PlanDocument(plan, "ar").band_title(2, 3)
    drawn = _visual(title)
    # The count, at the end of the sentence, is drawn at the left end, after both dates.
    assert drawn.index("3") < drawn.index("2026")
