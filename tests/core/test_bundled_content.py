"""The bundled content pack: complete in three languages, sourced, and tailored to realistic Moroccan businesses."""

from __future__ import annotations

import re

import pytest

from merchant_assistant.content import check_pack, term_usage, tr
from merchant_assistant.plan import build_plan
from merchant_assistant.profile import upgrade_profile
from merchant_assistant.scoring import applicable_questions

from ..conftest import PLAN_DATE


def test_pack_is_valid_complete_and_large_enough():
    report = check_pack()
    assert report.errors == []
    counts = {m["id"]: m for m in report.modules}
    assert counts["payments"]["questions"] >= 20
    assert counts["security"]["questions"] >= 25
    assert counts["legal"]["questions"] >= 10
    assert report.glossary_terms >= 40
    assert report.terms_without_reference == 0
    assert report.languages == {"fr": {"missing": 0}, "ar": {"missing": 0}, "en": {"missing": 0}}


def test_every_glossary_reference_resolves_and_every_term_is_used(bundled_pack):
    for question in bundled_pack.questions:
        for term in question.terms + tuple(t for a in question.actions for t in a.terms):
            assert term in bundled_pack.glossary, (question.id, term)
    unused = [t for t, users in term_usage(bundled_pack).items() if not users]
    assert unused == []
    for term in bundled_pack.glossary.values():
        assert all(tr(term.source, lang).strip() for lang in bundled_pack.languages), term.id


def test_every_scored_question_has_help_and_an_action(bundled_pack):
    for question in bundled_pack.questions:
        if question.weight == 0:
            continue
        assert question.actions, f"{question.id} triggers no action"
        for lang in bundled_pack.languages:
            assert len(tr(question.why, lang)) > 20 and len(tr(question.how, lang)) > 20, (question.id, lang)


def test_arabic_texts_are_arabic(bundled_pack):
    arabic = re.compile(r"[\u0600-\u06FF]")
    for question in bundled_pack.questions:
        for text in (question.text, question.why, question.how):
            assert arabic.search(tr(text, "ar")), question.id
        for action in question.actions:
            assert arabic.search(tr(action.title, "ar")), action.id


def test_the_cmi_is_never_presented_as_the_merchant_s_contract_partner(bundled_pack):
    # Since 1 May 2025 the CMI no longer signs merchants: a merchant goes through its bank's acquirer.
    wrong = re.compile(r"(sign\w*|contrat|contract)[^.]{0,40}\bavec le CMI|\bwith the CMI\b", re.IGNORECASE)
    for question in bundled_pack.questions:
        for text in (question.text, question.why, question.how, *[a.how for a in question.actions]):
            assert not wrong.search(tr(text, "fr") + " " + tr(text, "en")), question.id


def test_withdrawal_right_is_seven_days_not_the_eu_fourteen(bundled_pack):
    texts = [tr(t, "fr") for q in bundled_pack.questions for t in (q.text, q.why, q.how, *[a.how for a in q.actions])]
    assert any("7 jours" in t for t in texts)
    fourteen = [t for t in texts if "14 jours" in t]
    # 14 days only as "not 14", or as the EU's own rule for EU consumers (exports)
    assert all("non 14" in t or "pas 14" in t or "et non" in t or "UE" in t or "européen" in t for t in fourteen), (
        fourteen
    )


# Articles cited in the dossier (../shared/dossier/morocco-facts.md), any law. A citation outside this list would
# be an invented article number.
DOSSIER_ARTICLES = {
    "1",
    "2",
    "4",
    "6",
    "7",
    "8",
    "9",
    "10",
    "12",
    "19",
    "25",
    "26",
    "27",
    "28",
    "29",
    "36",
    "37",
    "38",
    "43",
    "44",
    "59",
    "60",
    "88",
    "145",
    "145-9",
    "417-1",
    "607-3",
    "607-5",
    "607-7",
    "607-10",
    "607-11",
}
ARTICLE = re.compile(r"\b(?:art\.|articles?)\s+(\d+(?:-\d+)?)", re.IGNORECASE)  # not "…article. 3. Next step"


def test_no_article_number_outside_the_dossier(bundled_pack):
    cited = {}
    for question in bundled_pack.questions:
        texts = [question.text, question.why, question.how] + [
            t for a in question.actions for t in (a.title, a.why, a.how)
        ]
        blob = " ".join(tr(t, "fr") + " " + tr(t, "en") for t in texts) + " " + " ".join(question.sources)
        for number in ARTICLE.findall(blob):
            cited.setdefault(number, question.id)
    for term in bundled_pack.glossary.values():
        for number in ARTICLE.findall(tr(term.source, "fr") + " " + tr(term.definition, "fr")):
            cited.setdefault(number, term.id)
    invented = {n: where for n, where in cited.items() if n not in DOSSIER_ARTICLES}
    assert invented == {}


# -- five realistic businesses ----------------------------------------------------------------------------------
def worst_answers(pack, profile):
    """Answer every question the business is asked as badly as possible, so every action it could get is due."""
    answers = {}
    for q in applicable_questions(pack, profile):
        if q.kind == "yesno":
            answers[q.id] = "no"
        elif q.kind == "single":
            answers[q.id] = min((o for o in q.options if not o.not_applicable), key=lambda o: o.score).id
        elif q.kind == "multi":
            answers[q.id] = []
    return answers


PROFILES = {
    "instagram_cash_on_delivery": (
        {
            "name": "Lina Style",
            "legal_form": "auto_entrepreneur",
            "sector": "retail",
            "channels": ["social"],
            "customers": "consumers",
            "payment_methods": ["cash_on_delivery"],
            "collects_customer_data": True,
            "ships_abroad": False,
            "foreign_cards": False,
            "staff": "alone",
        },
        {
            "act_pay_get_ae_card",
            "act_pay_cod_rules",
            "act_sec_2fa_social",
            "act_sec_social_recovery",
            "act_leg_withdrawal",
            "act_leg_legal_notice_no_rc",
            "act_leg_cndp_declare",
            "act_leg_ae_caps",
        },
        {
            "act_pay_get_rc",
            "act_pay_request_terminal",
            "act_pay_website_legal_pages",
            "act_sec_ask_saq",
            "act_sec_stop_card_storage",
            "act_pay_foreign_cards",
            "act_sec_leaver_checklist",
            "act_pay_company_documents",
            "act_leg_ae_one_client",
            "act_sec_website_https",
        },
    ),
    "retail_sarl_card_terminal": (
        {
            "name": "Droguerie Atlas",
            "legal_form": "sarl",
            "sector": "retail",
            "channels": ["shop"],
            "customers": "consumers",
            "payment_methods": ["card_terminal"],
            "collects_customer_data": False,
            "ships_abroad": False,
            "foreign_cards": False,
            "staff": "small",
        },
        {
            "act_pay_get_rc",
            "act_pay_request_terminal",  # two written quotes, compared (fees, rental, installation)
            "act_pay_company_documents",
            "act_sec_stop_card_storage",
            "act_sec_terminal_check",
            "act_sec_stop_card_by_message",
            "act_sec_leaver_checklist",
            "act_sec_guest_wifi",
        },
        {
            "act_pay_get_ae_card",
            "act_pay_website_legal_pages",
            "act_pay_choose_online_route",
            "act_pay_cod_rules",
            "act_leg_withdrawal",
            "act_leg_cndp_declare",
            "act_pay_foreign_cards",
            "act_pay_enable_3ds",
            "act_leg_ae_caps",
        },
    ),
    "auto_entrepreneur_services": (
        {
            "name": "Youssef Design",
            "legal_form": "auto_entrepreneur",
            "sector": "services",
            "channels": ["social"],
            "customers": "businesses",
            "payment_methods": ["transfer"],
            "collects_customer_data": False,
            "ships_abroad": False,
            "foreign_cards": False,
            "staff": "alone",
        },
        {
            "act_pay_get_ae_card",
            "act_leg_ae_caps",
            "act_leg_ae_one_client",
            "act_leg_ae_tax",
            "act_pay_fix_invoices",
            "act_leg_ice_invoices",
            "act_leg_e_signature",
        },
        {
            "act_pay_get_rc",
            "act_pay_get_tp",
            "act_pay_company_documents",
            "act_pay_request_terminal",
            "act_leg_withdrawal",
            "act_leg_legal_notice",
            "act_sec_stop_card_storage",
            "act_leg_cndp_declare",
            "act_pay_cod_rules",
        },
    ),
    "guesthouse_foreign_cards_online": (
        {
            "name": "Riad Yasmine",
            "legal_form": "sarl",
            "sector": "tourism",
            "channels": ["website"],
            "customers": "consumers",
            "payment_methods": ["online_card"],
            "collects_customer_data": True,
            "ships_abroad": False,
            "foreign_cards": True,
            "staff": "small",
        },
        {
            "act_pay_foreign_cards",
            "act_pay_enable_3ds",
            "act_pay_use_hosted_page",
            "act_pay_choose_online_route",
            "act_pay_website_legal_pages",
            "act_pay_finish_site",
            "act_pay_fraud_rules",
            "act_pay_show_currency",
            "act_leg_cndp_declare",
            "act_leg_privacy_notice",
            "act_sec_website_https",
            "act_sec_2fa_backoffice",
        },
        {
            "act_pay_request_terminal",
            "act_pay_terminal_costs",
            "act_pay_cod_rules",
            "act_pay_get_ae_card",
            "act_pay_abroad_terms",
            "act_sec_terminal_check",
            "act_sec_2fa_social",
            "act_leg_ae_caps",
        },
    ),
    "b2b_wholesaler": (
        {
            "name": "Grossiste Souss Distribution",
            "legal_form": "sa",
            "sector": "wholesale",
            "channels": ["shop"],
            "customers": "businesses",
            "payment_methods": ["transfer"],
            "collects_customer_data": True,
            "ships_abroad": False,
            "foreign_cards": False,
            "staff": "medium",
        },
        {
            "act_pay_get_rc",
            "act_pay_fix_invoices",
            "act_leg_ice_invoices",
            "act_pay_company_documents",
            "act_sec_staff_accounts",
            "act_sec_leaver_checklist",
            "act_leg_e_signature",
            "act_leg_cndp_declare",
        },
        {
            "act_leg_withdrawal",
            "act_leg_legal_notice",
            "act_leg_order_confirmation",
            "act_pay_cod_rules",
            "act_pay_website_legal_pages",
            "act_pay_request_terminal",
            "act_pay_get_ae_card",
            "act_leg_ae_caps",
            "act_sec_stop_card_storage",
            "act_pay_foreign_cards",
            "act_sec_2fa_social",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_realistic_profiles_get_the_actions_that_fit_them(bundled_pack, name):
    # written in the previous release's profile fields: also checks that they convert (storage migration 3)
    profile = upgrade_profile(PROFILES[name][0])
    _, must, must_not = PROFILES[name]
    plan = build_plan(bundled_pack, profile, worst_answers(bundled_pack, profile), today=PLAN_DATE)
    got = {item.action.id for item in plan.items}
    assert must <= got, f"missing: {sorted(must - got)}"
    assert not (must_not & got), f"should not get: {sorted(must_not & got)}"
    # answering 'no' everywhere blocks a business that wants card payment, and only such a business
    assert bool(plan.blockers) == bool(profile.get("goals"))
    assert plan.readiness.overall < 10  # "not done" everywhere


def test_sample_business_gives_a_plan_worth_printing(bundled_pack):
    from merchant_assistant.service import demo_plan

    plan = demo_plan(bundled_pack, today=PLAN_DATE)
    assert 25 <= plan.readiness.overall <= 75
    assert 1 <= len(plan.blockers) <= 10
    assert len(plan.items) >= 20
    assert {c.kind for c in plan.checklists} == {"documents", "website"}
