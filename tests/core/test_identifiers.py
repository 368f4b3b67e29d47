"""The business's identifiers and contact details in the profile (ICE, RC, IF, RIB, phone, e-mail): what is refused
with which message, what only warns (a RIB whose key does not match), how each is stored and shown, and that the
same rules hold in the workspace, in business files and in the content checker."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban

from merchant_assistant.business_file import read_business_file
from merchant_assistant.content import check_pack
from merchant_assistant.content.identifiers import VALIDATORS, rib_key, rib_key_matches
from merchant_assistant.errors import InvalidFile
from merchant_assistant.profile import display_value, field_problem, field_warning, field_warnings, normalise
from merchant_assistant.workspace import InvalidChange, Workspace

from ..conftest import FIXTURE_PACK
from ..helpers import run_cli

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# The example of the IBAN registry for Morocco (MA64 0115 1900 0001 2050 0053 4921) without "MA64": a published
# RIB whose key follows the mod-97 scheme, as every real RIB we could find does (see content.identifiers.Rib).
REGISTRY_RIB = "011519000001205000534921"


def problem(validator: str, text: str) -> str | None:
    found = VALIDATORS[validator].problem(text)
    return found.code if found else None


def warning(validator: str, text: str) -> str | None:
    found = VALIDATORS[validator].warning(text)
    return found.code if found else None


def canonical(validator: str, text: str) -> str:
    return VALIDATORS[validator].canonical(text)


# -- ICE (python-stdnum) -------------------------------------------------------------------------------------------
def test_ice_is_checked_by_its_check_digits_and_kept_without_spaces():
    assert problem("ice", "002468135000034") is None
    assert problem("ice", "0024 6813 5000 034".translate(ARABIC_INDIC)) is None
    assert canonical("ice", "٠٠٢٤ ٦٨١٣ ٥٠٠٠ ٠٣٤") == "002468135000034"
    assert problem("ice", "002468135000035") == "ice_invalid"  # a wrong check number
    assert problem("ice", "00246813500003") == "ice_invalid"


# -- RC: permissive on purpose (no official format known) ------------------------------------------------------------
@pytest.mark.parametrize(
    "typed",
    ["RC Casablanca 412233", "412233", "RC n° 22018 Agadir", "12345 - Fès", "RC الدار البيضاء ١٢٣٤٥", "RC: 45/789"],
)
def test_rc_takes_the_number_with_or_without_the_court_city(typed):
    assert problem("rc", typed) is None


@pytest.mark.parametrize("typed", ["en cours", "RC Casablanca", "RC@412233", "412233 #2", "RC_412233"])
def test_rc_needs_a_number_and_nothing_foreign_to_one(typed):
    assert problem("rc", typed) == "rc_invalid"


def test_rc_is_stored_with_western_digits_and_single_spaces():
    assert canonical("rc", "RC  Fès   ٥٤٣٢١") == "RC Fès 54321"


# -- IF ------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed, stored",
    [
        ("40121960", "40121960"),
        ("4012 1960", "40121960"),
        ("٤٠١٢١٩٦٠", "40121960"),
        ("1234567", "1234567"),
        ("40.12.19.60", "40121960"),
    ],
)
def test_tax_id_is_digits_stored_without_spaces(typed, stored):
    assert problem("tax_id", typed) is None
    assert canonical("tax_id", typed) == stored


@pytest.mark.parametrize("typed", ["IF40121960", "4012196O", "002468135000034", REGISTRY_RIB, "…"])
def test_tax_id_refuses_letters_and_the_numbers_of_other_fields(typed):
    assert problem("tax_id", typed) == "tax_id_invalid"


# -- RIB -----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed",
    [REGISTRY_RIB, "011 519 0000012050005349 21", "011-519-0000012050005349-21", REGISTRY_RIB.translate(ARABIC_INDIC)],
)
def test_a_rib_is_24_digits_however_grouped_and_stored_as_digits(typed):
    assert problem("rib", typed) is None and warning("rib", typed) is None
    assert canonical("rib", typed) == REGISTRY_RIB


def test_a_rib_is_shown_in_its_four_parts():
    assert VALIDATORS["rib"].shown(REGISTRY_RIB) == "011 519 0000012050005349 21"  # bank, city, account, key
    assert VALIDATORS["rib"].shown("12 34") == "12 34"  # not a RIB (an old value): as it is


def test_a_rib_of_the_wrong_length_says_how_many_digits_were_typed():
    found = VALIDATORS["rib"].problem(REGISTRY_RIB[:-1])
    assert found.code == "rib_length" and found.params == {"count": 23}
    assert "23" in found.message("fr") and "24" in found.message("fr") and "23" in found.message("ar")


def test_a_rib_with_letters_or_an_iban_is_refused_with_its_own_message():
    assert problem("rib", REGISTRY_RIB[:-1] + "X") == "rib_not_digits"
    assert problem("rib", "MA64 " + REGISTRY_RIB) == "rib_is_iban"


def test_a_rib_whose_key_does_not_match_is_accepted_with_a_warning():
    wrong_key = REGISTRY_RIB[:-2] + "22"
    assert problem("rib", wrong_key) is None, "the key rule is not official: it never blocks"
    assert warning("rib", wrong_key) == "rib_key_mismatch"
    assert warning("rib", "123") is None, "a value that cannot be saved has a problem, not a warning"


def test_the_key_is_97_minus_the_first_22_digits_times_100_modulo_97():
    assert rib_key(REGISTRY_RIB[:22]) == "21"
    assert rib_key("0" * 22) == "97"  # the key runs from 01 to 97, never 00
    assert rib_key_matches(REGISTRY_RIB) and not rib_key_matches(REGISTRY_RIB[:-2] + "20")


@given(st.text("0123456789", min_size=22, max_size=22), st.integers(0, 23), st.integers(1, 9))
def test_the_key_catches_every_single_wrong_digit(first_22, position, change):
    rib = first_22 + rib_key(first_22)
    assert rib_key_matches(rib)
    typo = rib[:position] + str((int(rib[position]) + change) % 10) + rib[position + 1 :]
    assert not rib_key_matches(typo)


@given(st.text("0123456789", min_size=22, max_size=22))
def test_a_rib_with_its_key_makes_the_moroccan_iban_ma64(first_22):
    """Why every Moroccan IBAN starts with MA64: a RIB that is a multiple of 97 gives the IBAN check digits 64. The
    IBAN's check digits are an ISO standard (ISO 7064 mod 97-10, computed here by python-stdnum): the two agree."""
    key = rib_key(first_22)
    assert iban.calc_check_digits(f"MA00{first_22}{key}") == "64"
    other_key = f"{int(key) % 97 + 1:02d}"
    assert iban.calc_check_digits(f"MA00{first_22}{other_key}") != "64"


# -- phone (phonenumbers) --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed, stored, shown",
    [
        ("0612345678", "+212612345678", "06 12 34 56 78"),
        ("06 12 34 56 78", "+212612345678", "06 12 34 56 78"),
        ("06.12.34.56.78", "+212612345678", "06 12 34 56 78"),
        ("06-12-34-56-78", "+212612345678", "06 12 34 56 78"),
        ("+212 6 12 34 56 78", "+212612345678", "06 12 34 56 78"),
        ("+212 (0)6 12 34 56 78", "+212612345678", "06 12 34 56 78"),
        ("00212712345678", "+212712345678", "07 12 34 56 78"),
        ("05 22 12 34 56", "+212522123456", "05 22 12 34 56"),
        ("٠٦ ١٢ ٣٤ ٥٦ ٧٨", "+212612345678", "06 12 34 56 78"),
        ("۰۶۱۲۳۴۵۶۷۸", "+212612345678", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "+33612345678", "+33 6 12 34 56 78"),  # another country: with its code
    ],
)
def test_a_phone_number_is_stored_in_e164_and_shown_the_moroccan_way(typed, stored, shown):
    assert problem("phone", typed) is None
    assert canonical("phone", typed) == stored
    assert VALIDATORS["phone"].shown(stored) == shown


@pytest.mark.parametrize(
    "typed",
    [
        "061234567",
        "06123456789",
        "0812345678",
        "6 12 34 56 78 90",
        "06 12 34 56 7x",
        "0612345678 ext 5",
        "tel 0612345678",
        "06l2345678",
        "+",
        "0612345678 / 0522123456",
    ],
)
def test_a_phone_number_that_is_not_one_is_refused(typed):
    assert problem("phone", typed) == "phone_invalid"
    assert canonical("phone", typed) == typed.strip(), "an invalid value is left as typed (never raises)"


# -- e-mail ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed",
    [
        "contact@example.ma",
        "Prenom.Nom+boutique@mail.example.co.uk",
        "a_b-c@x-y.com",
        "contact@مثال.المغرب",
        "o'brien@example.com",
    ],
)
def test_an_email_address_of_the_usual_form_is_accepted(typed):
    assert problem("email", typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "contact",
        "contact@",
        "@example.ma",
        "contact@example",
        "contact@example.m",
        "con tact@example.ma",
        "contact@@example.ma",
        "contact@exa mple.ma",
        ".contact@example.ma",
        "con..tact@example.ma",
        "contact@-example.ma",
        "contact@example-.ma",
        "contact@exa_mple.ma",
        "contact@example.123",
        '"con tact"@example.ma',
        "contact@[192.168.1.1]",
        "الاسم@example.ma",
        "a" * 65 + "@example.ma",
        "contact@" + "a" * 64 + ".ma",
    ],
)
def test_an_email_address_that_is_not_one_is_refused(typed):
    assert problem("email", typed) == "email_invalid"


def test_an_email_address_is_stored_with_its_domain_in_lower_case():
    assert canonical("email", "  Contact@Example.MA ") == "Contact@example.ma"


# -- through the profile's rules ------------------------------------------------------------------------------------------
def test_the_bundled_profile_has_the_identifiers_optional(bundled_pack):
    fields = {f.id: f for f in bundled_pack.profile_fields}
    expected = {"rc_number": "rc", "ice": "ice", "tax_id": "tax_id", "rib": "rib", "phone": "phone", "email": "email"}
    assert {fid: fields[fid].validator for fid in expected} == expected
    assert not any(fields[fid].required for fid in expected)
    for fid in expected:
        assert field_problem(fields[fid], "") is None and field_problem(fields[fid], None) is None


def test_normalise_stores_each_identifier_in_its_form(bundled_pack):
    typed = {
        "name": "Atlas",
        "rc_number": " RC Fès ٥٤٣٢١ ",
        "tax_id": "٤٠١٢ ١٩٦٠",
        "rib": "011 519 0000012050005349 21",
        "phone": "06 12 34 56 78",
        "email": "Contact@Atlas.MA",
    }
    stored = normalise(bundled_pack, typed)
    assert {k: stored[k] for k in typed} == {
        "name": "Atlas",
        "rc_number": "RC Fès 54321",
        "tax_id": "40121960",
        "rib": REGISTRY_RIB,
        "phone": "+212612345678",
        "email": "Contact@atlas.ma",
    }
    assert normalise(bundled_pack, stored) == stored, "a stored profile is already in canonical form"


def test_normalise_never_raises_on_what_is_being_typed(bundled_pack):
    messy = {"name": "x", "rc_number": "@@", "tax_id": "x", "rib": "MA", "phone": "06 ab", "email": "a@@b"}
    assert normalise(bundled_pack, messy)["phone"] == "06 ab"


def test_display_value_groups_identifiers_and_translates_known_cities(bundled_pack):
    fields = {f.id: f for f in bundled_pack.profile_fields}
    assert display_value(fields["phone"], "+212522123456", "ar") == "05 22 12 34 56"
    assert display_value(fields["rib"], REGISTRY_RIB, "fr") == "011 519 0000012050005349 21"
    assert display_value(fields["city"], "Fès", "en") == "Fez"


def test_warnings_are_only_for_values_that_can_be_saved(bundled_pack):
    fields = {f.id: f for f in bundled_pack.profile_fields}
    bad_key = REGISTRY_RIB[:-2] + "22"
    assert field_warning(fields["rib"], bad_key).code == "rib_key_mismatch"
    assert field_warning(fields["rib"], "12") is None
    assert field_warning(fields["name"], bad_key) is None
    assert [(f, w.code) for f, w in field_warnings(bundled_pack, {"rib": bad_key})] == [("rib", "rib_key_mismatch")]


def test_the_workspace_saves_valid_identifiers_refuses_wrong_ones_and_saves_a_rib_with_a_warning(store, bundled_pack):
    ws = Workspace(store, bundled_pack)
    with pytest.raises(InvalidChange) as refused:
        ws.create_business({"name": "Atlas", "phone": "0812345678", "email": "atlas@", "tax_id": "IF 12", "rib": "12"})
    assert {k: p.code for k, p in refused.value.problems.items()} == {
        "phone": "phone_invalid",
        "email": "email_invalid",
        "tax_id": "tax_id_invalid",
        "rib": "rib_length",
    }
    assert store.list_businesses() == [], "nothing is saved wrong"

    bad_key = REGISTRY_RIB[:-2] + "22"
    profile = {"name": "Atlas", "phone": "٠٦١٢٣٤٥٦٧٨", "rib": bad_key}
    assert ws.profile_problems(profile) == {}
    assert {k: w.code for k, w in ws.profile_warnings(profile).items()} == {"rib": "rib_key_mismatch"}
    change = ws.create_business(profile)
    saved = ws.business(change.business_id).profile
    assert saved["phone"] == "+212612345678" and saved["rib"] == bad_key


# -- business files and the command line ------------------------------------------------------------------------------
def business_file(tmp_path, profile_lines: str):
    path = tmp_path / "atlas.yaml"
    path.write_text(f'profile:\n  name: "Atlas"\n{profile_lines}answers: {{}}\n', encoding="utf-8")
    return path


def test_a_business_file_with_a_wrong_phone_is_refused_with_the_forms_message(tmp_path, bundled_pack):
    path = business_file(tmp_path, '  phone: "08 12 34 56 78"\n')
    with pytest.raises(InvalidFile) as refused:
        read_business_file(path, bundled_pack)
    assert "phone: not a valid phone number" in str(refused.value)
    assert "Numéro de téléphone non valable" in refused.value.message("fr")


def test_a_business_file_with_a_rib_key_that_does_not_match_is_read_with_a_warning(tmp_path, bundled_pack):
    path = business_file(tmp_path, f'  rib: "{REGISTRY_RIB[:-2]}22"\n  tax_id: "4012 1960"\n')
    read = read_business_file(path, bundled_pack)
    assert read.profile["rib"] == REGISTRY_RIB[:-2] + "22" and read.profile["tax_id"] == "40121960"
    assert [w.code for w in read.warnings] == ["bf_profile"]
    assert "rib: the key (the last 2 digits) does not match" in str(read.warnings[0])

    result = run_cli("plan", "--from", str(path), "--json", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert "warning: atlas.yaml : profil, rib : la clé" in result.stderr


def test_the_business_template_says_what_each_identifier_takes(tmp_path):
    out = tmp_path / "template.yaml"
    assert run_cli("business", "template", "--out", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "text (RIB: 24 digits (bank 3, city 3, account 16, key 2))" in text
    assert "text (ICE: 15 digits)" in text and "+212 6 12 34 56 78" in text


# -- the content checker ------------------------------------------------------------------------------------------------
def test_the_checker_refuses_an_unknown_validator_and_one_on_a_choice_field(tmp_path):
    target = tmp_path / "pack"
    shutil.copytree(FIXTURE_PACK, target)
    pack_file = target / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    text = text.replace("    validator: ice\n", "    validator: iban\n", 1)
    text = text.replace(
        "  - id: staff\n    kind: choice\n", "  - id: staff\n    kind: choice\n    validator: phone\n", 1
    )
    pack_file.write_text(text, encoding="utf-8")
    errors = check_pack(target).errors
    assert any(
        "profile field 'ice', field 'validator': unknown validator 'iban' (known: email, ice, phone, rc, rib, tax_id)"
        in e
        for e in errors
    ), errors
    assert any("profile field 'staff', field 'validator': only a text field has a validator" in e for e in errors)
