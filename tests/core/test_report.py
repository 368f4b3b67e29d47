"""The printed plan: sections in each language, page numbers, fonts, Arabic text, determinism, errors."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import threading
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from merchant_assistant.content.model import tr
from merchant_assistant.errors import UserError
from merchant_assistant.plan import build_plan
from merchant_assistant.report import render_pdf, save_pdf
from merchant_assistant.report.labels import label

from ..conftest import PLAN_DATE

LANGS = ("fr", "ar", "en")
BASE14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}
_PUNCT = "()[]{}.,:;!?«»“”\"'·،؛؟"


def _plan(pack, lang):
    return build_plan(pack, pack.demo["profile"], pack.demo["answers"], today=PLAN_DATE)


_cache: dict[tuple[int, str], bytes] = {}


def _pdf(pack, lang) -> bytes:
    key = (id(pack), lang)
    if key not in _cache:
        _cache[key] = render_pdf(_plan(pack, lang), lang)
    return _cache[key]


def _pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [unicodedata.normalize("NFKC", p.extract_text()) for p in reader.pages]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def _words(text: str) -> set[str]:
    return {w.strip(_PUNCT) for w in _norm(text).split(" ")} - {""}


def _present(phrase: str, text: str, lang: str) -> bool:
    """Is ``phrase`` in the extracted ``text``? Latin: as a phrase. Arabic: extractors put right-to-left runs
    back in reading order only in part (word order and spaces between runs vary), so every word of the
    phrase must be there, each in reading order and correctly joined."""
    if lang == "ar":
        flat = _norm(text)
        return all(w in flat for w in _words(phrase))
    return _norm(phrase) in _norm(text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_section_is_present(fixture_pack, lang):
    plan = _plan(fixture_pack, lang)
    pages = _pages(_pdf(fixture_pack, lang))
    text = "\n".join(pages)
    L = lambda key, **v: label(key, lang, **v)  # noqa: E731
    expected = [
        L("product"),
        L("brief_title"),
        plan.business_name,
        L("overall"),
        tr(plan.readiness.level.label, lang),
        L("next_steps"),
        L("blockers_count", n=len(plan.blockers)),
        L("bank_title"),
        L("annex"),
        L("action_plan"),
        L("glossary"),
        fixture_pack.version,
    ]
    expected += [tr(m.module.title, lang) for m in plan.readiness.modules]
    expected += [tr(i.action.title, lang) for i in plan.items]
    expected += [tr(t.term, lang) for t in plan.glossary_terms()]
    expected += [tr(t.definition, lang) for t in plan.glossary_terms()]
    expected += [tr(o.label, lang) for cl in plan.checklists for o, _ in cl.items]
    expected.append(fixture_pack.profile_field("legal_form").choice_label(plan.profile["legal_form"], lang))
    expected.append(fixture_pack.profile_field("city").display_value(plan.profile["city"], lang))
    missing = [e for e in expected if not _present(e, text, lang)]
    assert not missing, f"{lang}: not found in the PDF text: {missing}"
    # The brief comes first: business name and next steps on page 1.
    assert _present(L("next_steps"), pages[0], lang)
    assert _present(plan.business_name, pages[0], lang)


@pytest.mark.parametrize("lang", LANGS)
def test_blockers_and_uncertain_items_are_marked(fixture_pack, lang):
    plan = _plan(fixture_pack, lang)
    assert plan.blockers and any(i.uncertain for i in plan.items), "the fixture must exercise both"
    text = "\n".join(_pages(_pdf(fixture_pack, lang)))
    assert _present(label("blocker", lang).upper(), text, lang)
    assert _present(fixture_pack.string("uncertain", lang), text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_holds_only_the_terms_of_the_plan(fixture_pack, lang):
    plan = _plan(fixture_pack, lang)
    used = {t.id for t in plan.glossary_terms()}
    assert "unused_term" not in used
    last = _pages(_pdf(fixture_pack, lang))[-1]
    assert _present(label("glossary", lang), last, lang)
    unused = tr(fixture_pack.glossary["unused_term"].term, lang)
    assert not _present(unused, last, lang)
    for term in plan.glossary_terms():
        assert _present(tr(term.source, lang), last, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_page_x_of_y_on_every_page(fixture_pack, lang):
    pages = _pages(_pdf(fixture_pack, lang))
    total = len(pages)
    assert total >= 3
    for n, text in enumerate(pages, 1):
        if lang == "ar":
            # "صفحة 1 من 4", extracted in visual order as "4 من 1 صفحة".
            m = re.search(r"صفحة (\d+) من (\d+)", text)
            found = (int(m.group(1)), int(m.group(2))) if m else None
            if not found:
                m = re.search(r"(\d+) من (\d+) صفحة", text)
                found = (int(m.group(2)), int(m.group(1))) if m else None
        else:
            m = re.search(r"Page (\d+) / (\d+)", text)
            found = (int(m.group(1)), int(m.group(2))) if m else None
        assert found == (n, total), f"page {n}: {found}"


@pytest.mark.parametrize("lang", LANGS)
def test_header_and_disclaimer_on_every_page(fixture_pack, lang):
    pages = _pages(_pdf(fixture_pack, lang))
    disclaimer = fixture_pack.string("disclaimer", lang)
    for n, text in enumerate(pages, 1):
        assert _present(label("product", lang), text, lang), n
        assert _present("Boutique Test", text, lang), n
        assert _present(disclaimer, text, lang), n
        assert "2026" in text


def _fonts(data: bytes) -> list[dict]:
    reader = PdfReader(io.BytesIO(data))
    fonts = []
    for page in reader.pages:
        res = page["/Resources"]
        for ref in (res.get("/Font") or {}).values():
            fonts.append(ref.get_object())
        for xo in (res.get("/XObject") or {}).values():
            xres = xo.get_object().get("/Resources") or {}
            for ref in (xres.get("/Font") or {}).values():
                fonts.append(ref.get_object())
    return fonts


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded_and_none_is_base14(fixture_pack, lang):
    fonts = _fonts(_pdf(fixture_pack, lang))
    assert fonts
    names = set()
    for font in fonts:
        name = str(font["/BaseFont"]).lstrip("/")
        names.add(name.split("+")[-1])
        assert name.split("+")[-1] not in BASE14, name
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # composite font: the descriptor is on the descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert re.match(r"^[A-Z]{6}\+", name), f"{name} is not a subset"
    if lang == "ar":
        assert {"NotoSansArabic-Regular", "NotoSans-Regular"} <= names


def test_arabic_text_is_extracted_as_arabic_letters(fixture_pack):
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(_pdf(fixture_pack, "ar"))).pages)
    letters = sum(1 for c in raw if "\u0600" <= c <= "\u06ff")
    forms = sum(1 for c in raw if "\ufb50" <= c <= "\ufeff")  # lam-alef ligatures only
    assert forms < letters / 20, "copied text must be ordinary Arabic letters, not joined forms"
    text = "\n".join(_pages(_pdf(fixture_pack, "ar")))
    arabic = [c for c in text if "\u0600" <= c <= "\u06ff"]
    assert len(arabic) > 500
    # Presentation forms are NFKC-normalised away; nothing fell into the private use area (lost letters).
    assert not [c for c in text if "\ue000" <= c <= "\uf8ff"]
    assert not [c for c in text if "\ufb50" <= c <= "\ufeff"]
    for word in ("الجاهزية", "خطة", "المقاولة", "القانونية", "مسؤولية"):
        assert word in text, word
    # Latin and digits inside Arabic pages are kept (font fallback): names, dates, versions.
    for latin in ("Boutique Test", "SARL", "03/12/2026", "test-1"):
        assert latin in text, latin


def test_french_plan_is_not_arabic(fixture_pack):
    text = "\n".join(_pages(_pdf(fixture_pack, "fr")))
    assert not [c for c in text if "\u0600" <= c <= "\u06ff"]
    assert "Fès" in text and "Échéance" in text


def test_a_known_city_is_printed_in_the_plans_language(fixture_pack):
    plan = _plan(fixture_pack, "ar")
    assert plan.profile["city"] == "Fès"
    assert "فاس" in "\n".join(_pages(_pdf(fixture_pack, "ar")))
    assert "Fez" in "\n".join(_pages(_pdf(fixture_pack, "en")))


@pytest.mark.parametrize("lang", LANGS)
def test_same_input_gives_identical_bytes(fixture_pack, lang):
    first = render_pdf(_plan(fixture_pack, lang), lang)
    second = render_pdf(_plan(fixture_pack, lang), lang)
    assert first == second
    assert first.startswith(b"%PDF-")


def test_languages_differ_and_unknown_language_is_refused(fixture_pack):
    assert _pdf(fixture_pack, "fr") != _pdf(fixture_pack, "en")
    with pytest.raises(ValueError):
        render_pdf(_plan(fixture_pack, "fr"), "de")


def test_render_from_worker_threads_matches(fixture_pack):
    expected = {lang: _pdf(fixture_pack, lang) for lang in LANGS}
    results: dict[str, bytes] = {}
    errors: list[BaseException] = []

    def work(lang):
        try:
            results[lang] = render_pdf(_plan(fixture_pack, lang), lang)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=work, args=(lang,)) for lang in LANGS]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors
    assert results == expected


def test_action_table_header_repeats_on_every_page(fixture_pack):
    plan = _plan(fixture_pack, "fr")
    many = dataclasses.replace(plan, items=plan.items * 12)  # ~50 rows: the table runs over several pages
    pages = _pages(render_pdf(many, "fr"))
    hows = {_norm(tr(i.action.how, "fr")) for i in plan.items}
    table_pages = [p for p in pages if any(h in _norm(p) for h in hows)]
    assert len(table_pages) >= 3
    for text in table_pages:
        for header in ("Action", "Pourquoi", "Comment", "Fait"):
            assert header in text


def test_typical_plan_is_small(fixture_pack):
    for lang in LANGS:
        assert len(_pdf(fixture_pack, lang)) < 1_000_000


# --------------------------------------------------------------------------------------------------- save_pdf


def test_save_pdf_writes_the_file(fixture_pack, tmp_path):
    target = tmp_path / "plan.pdf"
    result = save_pdf(_plan(fixture_pack, "fr"), target, "fr")
    assert Path(result) == target
    assert target.read_bytes() == _pdf(fixture_pack, "fr")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_saved_plan_is_an_ordinary_readable_file(fixture_pack, tmp_path):
    old = os.umask(0o022)
    try:
        target = save_pdf(_plan(fixture_pack, "fr"), tmp_path / "plan.pdf", "fr")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644  # not the owner-only mode of a temporary file


def test_save_pdf_missing_folder(fixture_pack, tmp_path):
    target = tmp_path / "nowhere" / "plan.pdf"
    with pytest.raises(UserError, match="does not exist"):
        save_pdf(_plan(fixture_pack, "fr"), target, "fr")
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.skipif(
    os.name != "posix" or (hasattr(os, "geteuid") and os.geteuid() == 0), reason="root ignores folder permissions"
)
def test_save_pdf_unwritable_folder(fixture_pack, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="cannot write"):
            save_pdf(_plan(fixture_pack, "fr"), folder / "plan.pdf", "fr")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_save_pdf_unwritable_folder_simulated(fixture_pack, tmp_path, monkeypatch):
    """The same case for root (and Windows): creating the temporary file is refused."""
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path).endswith(".part"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(UserError, match="cannot write in the folder"):
        save_pdf(_plan(fixture_pack, "fr"), tmp_path / "plan.pdf", "fr")
    assert list(tmp_path.iterdir()) == []


def test_save_pdf_target_locked_by_a_viewer(fixture_pack, tmp_path, monkeypatch):
    """Windows: a PDF open in a viewer cannot be replaced. The old file stays, no temporary file is left."""
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old plan")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="open in another program"):
        save_pdf(_plan(fixture_pack, "fr"), target, "fr")
    assert target.read_bytes() == b"old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_save_pdf_target_is_a_folder(fixture_pack, tmp_path):
    (tmp_path / "plan.pdf").mkdir()
    with pytest.raises(UserError, match="folder"):
        save_pdf(_plan(fixture_pack, "fr"), tmp_path / "plan.pdf", "fr")


# --------------------------------------------------------------------------------------------------- real pack


def _bundled_or_skip():
    from merchant_assistant.content import load_pack
    from merchant_assistant.errors import ContentError

    try:
        pack = load_pack()
    except ContentError as e:
        pytest.skip(f"bundled pack not valid yet: {e}")
    if not pack.demo.get("answers"):
        pytest.skip("bundled demo has no answers yet")
    return pack


@pytest.mark.parametrize("lang", LANGS)
def test_bundled_demo_renders(lang):
    pack = _bundled_or_skip()
    plan = _plan(pack, lang)
    data = render_pdf(plan, lang)
    assert len(data) < 1_000_000
    pages = _pages(data)
    text = "\n".join(pages)
    for key in ("action_plan", "glossary", "next_steps"):
        assert _present(label(key, lang), text, lang), key
    for item in plan.items[:10]:
        assert _present(tr(item.action.title, lang), text, lang), item.action.id
    assert not [c for c in text if "\ue000" <= c <= "\uf8ff"]


# --------------------------------------------------------------------------------------- honest about gaps


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unanswered_plan_does_not_look_ready_for_the_bank(fixture_pack, lang):
    plan = build_plan(fixture_pack, {"name": "Nouvelle boutique", "channels": ["shop"]}, {}, today=PLAN_DATE)
    first = _norm(_pages(render_pdf(plan, lang))[0])
    assert _norm(label("no_next_steps", lang)) not in first  # no "well done" on an empty questionnaire
    assert _norm(label("blockers_unanswered", lang, n=2)) in first  # t_rc and t_bank are unanswered blockers
    assert _norm(label("no_next_steps_unanswered", lang, n=len(plan.unanswered))) in first


def test_not_applicable_and_partly_answers_are_not_printed_as_done(fixture_pack):
    answers = {"t_rc": "partly", "t_bank": "yes", "t_2fa": "na"}
    plan = build_plan(fixture_pack, {"name": "X", "channels": ["shop"], "staff": "alone"}, answers, today=PLAN_DATE)
    text = _norm(" ".join(_pages(render_pdf(plan, "fr"))[1:3]))
    done_part = text.split(_norm(label("in_place", "fr")))[1]
    # "done" is written as the fact ("You have a business account"), never as the question
    assert _norm(tr(fixture_pack.question("t_bank").done, "fr")) in done_part
    assert _norm(tr(fixture_pack.question("t_bank").text, "fr")) not in done_part
    assert _norm(tr(fixture_pack.question("t_rc").done, "fr")) not in done_part.split("Sécurité")[0]
    assert _norm(tr(fixture_pack.question("t_2fa").done, "fr")) not in text


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_an_action_longer_than_a_page_continues_on_the_next(fixture_pack, lang):
    """A trainer may write a "how" longer than a page: the row splits across pages instead of failing."""
    plan = _plan(fixture_pack, lang)
    item = next(i for i in plan.items if i.action.id == "act_t_bank")
    words = {
        "fr": "Étape importante à suivre avec soin. ",
        "ar": "خطوة مهمة يجب اتباعها بعناية مع البنك. ",
        "en": "Step. ",
    }
    action = dataclasses.replace(item.action, how={k: v * 200 for k, v in words.items()})
    items = tuple(dataclasses.replace(i, action=action) if i is item else i for i in plan.items)
    long_plan = dataclasses.replace(plan, items=items)
    pages = _pages(render_pdf(long_plan, lang))
    assert len(pages) > len(_pages(_pdf(fixture_pack, lang)))
    assert sum(_present(words[lang].strip(), page, lang) for page in pages) >= 2  # the text spans two pages


def test_a_term_no_printed_text_names_is_left_out_of_the_glossary(fixture_pack):
    """The content links "OTP" to the two-factor action; once its printed words no longer name it, the glossary
    has nothing to explain and is left out."""
    plan = _plan(fixture_pack, "fr")
    item = next(i for i in plan.items if i.action.id == "act_t_2fa")
    silent = dataclasses.replace(item.action, how=dict.fromkeys(LANGS, "Dans les réglages."))
    items = tuple(dataclasses.replace(i, action=silent) if i is item else i for i in plan.items)
    text = "\n".join(_pages(render_pdf(dataclasses.replace(plan, items=items), "fr")))
    assert "otp" in {t.id for t in plan.glossary_terms()}
    assert not _present(label("glossary", "fr"), text, "fr")
    assert _present(label("glossary", "fr"), "\n".join(_pages(_pdf(fixture_pack, "fr"))), "fr")


# --------------------------------------------------------------------------------------- the business's identifiers


def _bank_page(plan, lang: str) -> str:
    return _norm(_pages(render_pdf(plan, lang, "brief"))[1])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_bank_page_shows_the_identifiers_as_people_write_them(lang):
    from ..helpers import business_plan

    plan = business_plan("02_sarl_card_terminal.yaml")  # every identifier filled in, a short list of documents
    page = _bank_page(plan, lang)
    for shown in ("RC Casablanca 412233", "002468135000034", "40121960", "05 22 00 00 00", "contact@example.com"):
        assert shown in page, shown
    assert "011 519 0000012050005349 21" in page, "the RIB in its four parts: bank, city, account, key"
    assert "+212" not in page, "a Moroccan number as Moroccans write it"


def test_a_full_bank_page_keeps_every_fact_in_every_language():
    """A trainer's review: the Arabic page, set larger, dropped the phone, e-mail and sector the French one shows.
    A page that would run over is set tighter, never shorter."""
    from ..helpers import business_plan

    plan = business_plan("10_sa_ecommerce.yaml")  # the longest lists, in Arabic: the page is full
    for lang in ("ar", "fr", "en"):
        page = _bank_page(plan, lang)
        for shown in ("40000001", "0000012050005349", "commandes@example.com", "06 00 00 00 00"):
            assert shown in page, (lang, shown)


def test_a_rib_whose_key_does_not_match_is_printed_as_to_check():
    """The form warned about it; the page for the bank must not show it as checked."""
    from dataclasses import replace

    from merchant_assistant.report import render_pdf

    from ..helpers import business_plan, pdf_text

    plan = business_plan("02_sarl_card_terminal.yaml")
    good = pdf_text(render_pdf(plan, "fr", "brief"))
    assert "519 0000012050005349 21" in good and "(à vérifier)" not in good
    wrong = replace(plan, profile={**plan.profile, "rib": "011519000001205000534922"})
    text = pdf_text(render_pdf(wrong, "fr", "brief"))
    assert "0000012050005349 22 (à vérifier)" in text.replace("\n", " ")
