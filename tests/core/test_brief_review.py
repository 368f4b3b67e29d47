"""What a chamber-of-commerce trainer found reading the printed brief blind: page 2 agrees with the actions marked
done, a business not declared yet is told what it has to get (and nobody assumes it has an accountant), every
language shows the same identity fields, the "since last time" line reads as readiness before and after, and "the
next action" is singular when it is one. Each test reads what the reader sees: the PDF's text, or the plan data."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import unicodedata
from dataclasses import replace

import pdfplumber
import pytest
from pypdf import PdfReader

from merchant_assistant.business_file import read_business_file
from merchant_assistant.i18n import count_form
from merchant_assistant.plan import ActionStatus, Plan, build_plan
from merchant_assistant.plan_data import plan_to_dict
from merchant_assistant.progress import Progress, progress_line
from merchant_assistant.report import render_pdf
from merchant_assistant.report.document import BANK_FACTS, PlanDocument, brief_items
from merchant_assistant.report.labels import label

from ..conftest import PLAN_DATE
from ..helpers import BUSINESSES, bundled_pack

LANGS = ("fr", "ar", "en")


def _plan(name: str, done: tuple[str, ...] = ()) -> Plan:
    pack = bundled_pack()
    business = read_business_file(BUSINESSES / name, pack)
    statuses = dict(business.statuses) | {a: ActionStatus(a, "done") for a in done}
    return build_plan(pack, business.profile, business.answer_records(), statuses, today=PLAN_DATE)


def _norm(text: str) -> str:
    return re.sub(r"[ \t]+", " ", unicodedata.normalize("NFKC", text)).strip()


def _pages(plan: Plan, lang: str, format: str = "brief") -> list[str]:
    """The text of each page, line by line. pdfplumber gives right-to-left lines back in drawing order (reversed):
    Arabic is read with pypdf, as in tests/core/test_brief.py."""
    data = render_pdf(plan, lang, format)
    if lang == "ar":
        return [_norm(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_norm(page.extract_text() or "") for page in pdf.pages]


def _line(page: str, start: str) -> str:
    """The line of ``page`` that starts with ``start`` (an item of a list to tick, with its status at the end)."""
    found = [line for line in page.splitlines() if line.startswith(_norm(start))]
    assert len(found) == 1, (start, page)
    return found[0]


def _no_marks(text: str) -> str:
    return re.sub(r" ?[\u064b-\u065f\u0670]", "", text)


def _has_words(phrase: str, text: str) -> bool:
    """Arabic: extractors give right-to-left runs back only partly in reading order; every word must be there."""
    flat = _no_marks(_norm(text))
    words = {w.strip("()[]{}.,:;!?«»\"'·،؛؟") for w in _norm(phrase).split(" ")} - {""}
    return all(_no_marks(w) in flat for w in words)


# -- 1. page 2 agrees with the actions marked done ------------------------------------------------------------------


def test_a_document_counts_as_ready_once_the_action_that_was_to_obtain_it_is_done():
    name = "02_sarl_card_terminal.yaml"
    before = _pages(_plan(name), "fr")[1]
    assert label("status_to_get", "fr") in _line(before, "Bail, titre de propriété")  # what the test starts from
    plan = _plan(name, done=("act_pay_company_documents", "act_pay_premises_proof"))
    assert not plan.blockers
    ready = label("status_ready", "fr")
    for pages in (_pages(plan, "fr"), _pages(plan, "fr", "full")):  # page 2, alone and in front of the annex
        assert _line(pages[1], "Bail, titre de propriété").endswith(ready)
        assert _line(pages[1], "Acte qui nomme le dirigeant").endswith(ready)
        assert _line(pages[1], "Statuts à jour").endswith(ready)
        assert "(prêts : 9 sur 9)" in pages[1]
    # The same rule in the plan data: every item ticked, and nothing "still missing" for the actions done.
    assert all(ticked for cl in plan.checklists for _, ticked in cl.items)
    assert all(not i.missing for i in plan.items if i.status == "done")
    assert all(not a["missing"] for a in plan_to_dict(plan, "fr")["actions"] if a["status"] == "done")


def test_the_website_list_counts_https_in_place_once_its_action_is_done():
    name = "04_guesthouse_foreign_cards.yaml"
    assert _line(_pages(_plan(name), "fr")[1], "Site en HTTPS").endswith(label("legend_missing", "fr"))
    plan = _plan(name, done=("act_pay_website_https",))
    for lang in ("fr", "en"):
        page = _pages(plan, lang)[1]
        start = "Site en HTTPS" if lang == "fr" else "Site on HTTPS"
        assert _line(page, start).endswith(label("status_in_place", lang)), lang
    # An open action never lists as missing what is in place (one rule for both).
    website = next(cl for cl in plan.checklists if cl.kind == "website")
    in_place = {o.id for o, ticked in website.items if ticked}
    assert "https" in in_place
    assert all(
        not {o.id for o in i.missing} & in_place for i in plan.open_items if i.question.id == website.question.id
    )


# -- 2. a business not declared yet -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_business_not_declared_is_to_get_its_registration_if_and_business_tax_after_declaring(lang):
    name = "11_snack_not_declared_terminal.yaml"
    plan = _plan(name)
    declare = next(n for n, i in enumerate(plan.items, 1) if i.action.id.startswith("act_pay_declare_status"))
    documents = next(cl for cl in plan.checklists if cl.kind == "documents")
    page = _pages(plan, lang)[1]
    expected = label("status_to_get_after", lang, status=label("status_to_get", lang), numbers=declare)
    for option_id in ("registration", "tax_id", "business_tax"):
        option = documents.question.option(option_id)
        assert option is not None and documents.status(option, False) == "to_get"
        assert documents.after[option_id] == (plan.items[declare - 1].action.id,)
        if lang == "fr":
            assert _line(page, option.label["fr"]).endswith(_norm(expected)), option_id
    if lang == "ar":
        assert _has_words(expected, page)
    else:
        assert page.count(_norm(expected)) >= 3
    # What nothing answered says it lacks stays "to check" (its ID card, its premises).
    assert _line(_pages(plan, "fr")[1], "CIN en cours de validité").endswith(label("status_to_check", "fr"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_accountant_page_assumes_no_accountant(lang):
    plan = _plan("01_social_seller_unregistered.yaml")
    assert not plan.checklists and plan.profile["legal_form"] == "not_declared"
    page = _pages(plan, lang)[1]
    assert _has_words(label("accountant_title", lang), page)
    yours = {"fr": "votre comptable", "en": "your accountant", "ar": "محاسبك"}[lang]
    assert yours not in _norm(label("accountant_title", lang)) + _norm(label("accountant_actions", lang))
    if lang != "ar":
        assert yours not in page.casefold()


# -- 3. the same identity fields in every language, and the Arabic title agrees with "the page" -----------------------


def test_every_language_shows_the_same_identity_fields_on_the_bank_page():
    plan = _plan("10_sa_ecommerce.yaml")
    for lang in LANGS:
        document, page = PlanDocument(plan, lang), _pages(plan, lang)[1]
        for field_id in BANK_FACTS:
            assert plan.profile.get(field_id), field_id  # the business gave every one
            value = document.profile_value(field_id)
            if lang == "ar" and not value.isascii():
                assert _has_words(value, page), (field_id, lang)
            else:  # a number or an e-mail address, whatever the language: as printed, spaces aside
                assert value.replace(" ", "") in page.replace(" ", ""), (field_id, lang)


def test_the_arabic_bank_title_agrees_with_the_page_it_names():
    assert label("bank_title", "ar") == "لتأخذها معك إلى البنك"
    page = _pages(_plan("10_sa_ecommerce.yaml"), "ar")[1]
    assert _has_words("لتأخذها معك إلى البنك", page) and "لتأخذه " not in page


# -- 4. the "since last time" line ----------------------------------------------------------------------------------


def _progress(actions: int, then: int, now: int) -> Progress:
    return Progress(
        since=dt.date(2026, 10, 12),
        actions_done=actions,
        readiness_change=now - then,
        module_changes={},
        blockers_then=2,
        blockers_now=0,
        readiness_then=then,
        readiness_now=now,
    )


def test_the_since_line_gives_readiness_before_and_after_not_points():
    line = progress_line(_progress(3, 27, 29), "fr")
    assert line == "+3 actions faites depuis le 12 octobre 2026 · préparation de 27\u00a0% à 29\u00a0%"
    assert "point" not in line
    assert progress_line(_progress(0, 3, 6), "fr") == (
        "Depuis le 12 octobre 2026 : réponses mises à jour, préparation de 3\u00a0% à 6\u00a0%"
    )
    assert progress_line(_progress(1, 29, 29), "en") == "+1 action done since 12 October 2026"
    assert (
        progress_line(_progress(4, 10, 15), "en") == "+4 actions done since 12 October 2026 · readiness from 10% to 15%"
    )
    assert progress_line(_progress(0, 6, 3), "en") == "Since 12 October 2026: answers updated, readiness from 6% to 3%"


@pytest.mark.parametrize(
    ("n", "counted"),
    [
        (1, "إجراء واحد جديد منجز"),
        (2, "إجراءان جديدان منجزان"),
        (3, "3 إجراءات جديدة منجزة"),
        (10, "10 إجراءات جديدة منجزة"),
        (11, "11 إجراءً جديدًا منجزًا"),
        (99, "99 إجراءً جديدًا منجزًا"),
        (100, "100 إجراء جديد منجز"),
    ],
)
def test_the_arabic_since_line_agrees_in_number(n, counted):
    line = progress_line(_progress(n, 27, 29), "ar")
    assert line.startswith(counted + " منذ 12 أكتوبر 2026"), line
    assert line.endswith("والجاهزية من 27% إلى 29%")


def test_count_forms_follow_arabic_grammar():
    assert [count_form(n) for n in (1, 2, 3, 10, 11, 99, 100, 102, 103, 111)] == [
        "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"
    ]  # fmt: skip


def test_the_printed_line_and_the_json_say_readiness_before_and_after():
    plan = replace(_plan("02_sarl_card_terminal.yaml"), progress=_progress(3, 27, 29))
    assert "+3 actions faites depuis le 12 octobre 2026 · préparation de 27 % à 29 %" in _pages(plan, "fr")[0]
    ar = _pages(plan, "ar")[0]
    assert _has_words("3 إجراءات جديدة منجزة منذ 12 أكتوبر 2026، والجاهزية من 27% إلى 29%", ar)
    progress = json.loads(json.dumps(plan_to_dict(plan, "fr")))["progress"]
    assert progress == {
        "since": "2026-10-12",
        "actions_done": 3,
        "readiness_change": 2,
        "modules": {},
        "blockers_then": 2,
        "blockers_now": 0,
        "readiness_then": 27,
        "readiness_now": 29,
    }


# -- 5. "then action no. 6" ------------------------------------------------------------------------------------------


def _one_left_after_the_brief() -> Plan:
    """Business 06 with actions marked done from the end until one action is left after the brief's."""
    name = "06_coop_exporting.yaml"
    done: tuple[str, ...] = ()
    plan = _plan(name)
    while len(plan.open_items) > len(brief_items(plan)) + 1:
        done += (plan.open_items[-1].action.id,)
        plan = _plan(name, done)
    assert len(plan.open_items) == len(brief_items(plan)) + 1
    return plan


@pytest.mark.parametrize("lang", LANGS)
def test_one_action_after_the_brief_is_announced_in_the_singular(lang):
    plan = _one_left_after_the_brief()
    n = len(brief_items(plan)) + 1
    page = _pages(plan, lang)[0]
    one = _norm(label("more_action_full", lang, range=n))
    assert {"fr": f"Ensuite, l'action n° {n}", "en": f"Then action no. {n}:", "ar": "الإجراء رقم"}[lang] in one
    if lang == "ar":
        assert _has_words(one, page) and "الإجراءات ذات الأرقام" not in page
    else:
        assert one in page.replace("\n", " ")
        assert {"fr": "actions n°", "en": "actions no."}[lang] not in page
