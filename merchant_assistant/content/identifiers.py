"""Moroccan business identifiers and contact details in the profile: how each is checked, stored and shown.

A content pack names one of these rules on a text field (``validator: rib``); the content checker refuses any other
name (``VALIDATORS``). Each rule says:

- ``problem(text)``: why the value cannot be saved (a Problem, shown beside the field), or None;
- ``warning(text)``: something to check that does not stop saving (a RIB whose key does not match), or None;
- ``canonical(text)``: the form stored for a valid value (never raises: the form compares what is typed);
- ``shown(value)``: a stored value as the form and the PDF show it (a stored value no longer valid is shown as is).

What is known about each identifier is in the fact dossier (shared/dossier/morocco-facts.md); where it says nothing
certain about a format, the rule is permissive and says so. Digits typed on an Arabic keyboard (٠١٢, ۰۱۲) count
as the Western digits the identifiers are written with.
"""

from __future__ import annotations

import re

from ..errors import Problem
from ..i18n import western_digits

NUMBER_SEPARATORS = re.compile(r"[\s.\-]+")  # how people group digits: "0024 6813", "40.12.19.60", "007-780"


def _digits(text: str) -> str:
    """``text`` with Western digits and without the spaces, dots and dashes people group digits with."""
    return NUMBER_SEPARATORS.sub("", western_digits(text))


class Rule:
    """A rule that accepts everything as typed (trimmed): the base of the others."""

    name = ""
    described = "text"  # for the business-file template's comments (English, like the rest of the template)
    left_to_right = True  # digits and Latin letters in their own order, also in an Arabic form
    can_warn = False  # True for a rule whose warning() may say something (the RIB's key)

    def problem(self, text: str) -> Problem | None:
        return None

    def warning(self, text: str) -> Problem | None:
        return None

    def canonical(self, text: str) -> str:
        return text.strip()

    def shown(self, value: str) -> str:
        return value


class Ice(Rule):
    """ICE: 15 digits, 9 for the company, 4 for the establishment, 2 check digits (dossier 1.7, OMPIC) [V];
    python-stdnum checks it."""

    name = "ice"
    described = "ICE: 15 digits"

    def problem(self, text: str) -> Problem | None:
        # imported here: python-stdnum imports pydoc and ssl (about 20 ms), which every start would pay
        from stdnum.exceptions import ValidationError
        from stdnum.ma import ice

        try:
            ice.validate(western_digits(text))
        except ValidationError:
            return Problem("ice_invalid")
        return None

    def canonical(self, text: str) -> str:
        digits = western_digits(text)
        if digits.isascii() and digits.isdigit():  # a stored ICE is compact already: no stdnum to import
            return digits
        from stdnum.ma import ice

        return ice.compact(digits)


class TradeRegister(Rule):
    """RC (registre de commerce): a number given by the commercial court of a city. The dossier has no official
    format for it (1.7: RC article [U]) and businesses write it in many ways ("RC Casablanca 412233", "RC n° 22018
    Agadir", "12345 - Fès"), so the rule is permissive on purpose: a number must be there, and the court's city or
    the letters "RC" may surround it (any script); symbols that never belong in one (@, #, %, ...) are refused. The
    help text asks for the city with the number, since the number alone is not unique across courts."""

    name = "rc"
    left_to_right = False  # the court's city may be written in Arabic
    described = "RC: the number, with the court's city if you like (RC Casablanca 412233)"
    ALLOWED = re.compile(r"[\w\s.,:;/°º()'’\-]+")  # \w: letters and digits of any script, and "_"

    def problem(self, text: str) -> Problem | None:
        typed = western_digits(text.strip())
        if not self.ALLOWED.fullmatch(typed) or "_" in typed or not re.search(r"[0-9]", typed):
            return Problem("rc_invalid")
        return None

    def canonical(self, text: str) -> str:
        return " ".join(western_digits(text).split())


class TaxId(Rule):
    """IF (identifiant fiscal), given by the tax administration (DGI). The dossier gives no format; the numbers seen
    on invoices have 7 or 8 digits. So the rule only asks for digits, at most 10: it accepts any real IF, and refuses
    an ICE (15 digits) or a RIB (24) typed in the wrong field."""

    name = "tax_id"
    described = "IF: digits only (usually 7 or 8)"
    MAX_DIGITS = 10

    def problem(self, text: str) -> Problem | None:
        digits = _digits(text)
        if not digits.isdigit() or not digits.isascii() or len(digits) > self.MAX_DIGITS:
            return Problem("tax_id_invalid", limit=self.MAX_DIGITS)
        return None

    def canonical(self, text: str) -> str:
        return _digits(text)


class Rib(Rule):
    """RIB: 24 digits, bank 3 + city 3 + account 16 + key 2 (dossier 2, [S]; not the French 5+5+11+2).

    The key: the dossier found no official text ([U]): validators assume the whole 24-digit number is a multiple
    of 97, i.e. key = 97 - (first 22 digits x 100 mod 97). Every real RIB we could find published (invoices,
    association pages, banks 007, 011 and 230) and the IBAN registry's example (011519000001205000534921) follow
    it, and it is why every Moroccan IBAN begins "MA64" (the IBAN's own check digits are then the same for all).
    Still unofficial, so a key that does not match warns and the value is saved all the same."""

    name = "rib"
    described = "RIB: 24 digits (bank 3, city 3, account 16, key 2)"
    can_warn = True
    LENGTH = 24

    def problem(self, text: str) -> Problem | None:
        digits = _digits(text)
        if re.fullmatch(r"MA\d{26}", digits.upper()):
            return Problem("rib_is_iban")
        if not digits.isdigit() or not digits.isascii():
            return Problem("rib_not_digits")
        if len(digits) != self.LENGTH:
            return Problem("rib_length", count=len(digits))
        return None

    def warning(self, text: str) -> Problem | None:
        digits = _digits(text)
        if self.problem(text) is None and not rib_key_matches(digits):
            return Problem("rib_key_mismatch")
        return None

    def canonical(self, text: str) -> str:
        return _digits(text)

    def shown(self, value: str) -> str:
        """As on a RIB certificate: 007 780 0001234567890123 45."""
        if not (len(value) == self.LENGTH and value.isdigit() and value.isascii()):
            return value
        return f"{value[:3]} {value[3:6]} {value[6:22]} {value[22:]}"


def rib_key(first_22: str) -> str:
    """The two key digits that complete a RIB's first 22 digits (the mod-97 scheme of :class:`Rib`)."""
    return f"{97 - int(first_22) * 100 % 97:02d}"


def rib_key_matches(rib: str) -> bool:
    """Whether a 24-digit RIB's last two digits are the key of the first 22."""
    return rib[22:] == rib_key(rib[:22])


class Phone(Rule):
    """A phone number, checked with Google's libphonenumber data (the ``phonenumbers`` package; its "lite" edition,
    without the geocoder and carrier data we do not use, validates the same). Typed the Moroccan way (06…, 07…,
    05…) or with the country code (+212…, 00212…), grouped with spaces, dots, dashes or brackets; a number of another
    country needs its country code. Stored in E.164 (+212612345678): one form however it was typed, the form
    mobile-payment identifiers and foreign partners use. Shown as Moroccans write it (06 12 34 56 78), or in the
    international form for another country."""

    name = "phone"
    described = "phone: 06 12 34 56 78, 05 22 12 34 56 or +212 6 12 34 56 78"
    REGION = "MA"
    # phonenumbers itself skips letters and words around a number ("06 12 34 56 78 ext 5", "tel: 06..."): only
    # what belongs in a written phone number may be saved.
    ALLOWED = re.compile(r"\+?[0-9\s.\-()]+")

    def _parsed(self, text: str):  # -> phonenumbers.PhoneNumber | None
        import phonenumbers  # imported when first needed: it is not needed to start the program

        typed = western_digits(text.strip())
        if not self.ALLOWED.fullmatch(typed):
            return None
        try:
            number = phonenumbers.parse(typed, self.REGION)
        except phonenumbers.NumberParseException:
            return None
        return number if phonenumbers.is_valid_number(number) else None

    def problem(self, text: str) -> Problem | None:
        return None if self._parsed(text) is not None else Problem("phone_invalid")

    def canonical(self, text: str) -> str:
        import phonenumbers

        number = self._parsed(text)
        if number is None:
            return text.strip()
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def shown(self, value: str) -> str:
        import phonenumbers

        number = self._parsed(value)
        if number is None:
            return value
        moroccan = phonenumbers.region_code_for_number(number) == self.REGION
        style = phonenumbers.PhoneNumberFormat.NATIONAL if moroccan else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        return phonenumbers.format_number(number, style)


class Email(Rule):
    """An e-mail address, checked for its form only, without the network (the program works offline, and the
    email-validator package would bring dnspython into the Windows bundle for checks we cannot make anyway).

    The usual address (RFC 5321/5322 "dot-atom" form): a local part of at most 64 characters, Latin letters, digits
    and ! # $ % & ' * + / = ? ^ _ ` { | } ~ - with single dots inside; "@"; a domain of at most 253 characters, of
    labels of letters, digits and inner hyphens (at most 63 each), whose last label is a name of letters (com, ma,
    or an international one such as المغرب, checked in its IDNA form). Quoted local parts, addresses at an IP address
    and local parts in other scripts (which many mail servers refuse) are refused: no merchant's contact address is
    written that way. Stored with the domain in lower case (it is case-insensitive)."""

    name = "email"
    described = "e-mail address: name@example.com"
    LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
    LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")

    def problem(self, text: str) -> Problem | None:
        address = self.canonical(text)
        local, at, domain = address.rpartition("@")
        if not at or len(address) > 254 or len(local) > 64 or not self.LOCAL.fullmatch(local):
            return Problem("email_invalid")
        try:
            ascii_domain = domain.encode("idna").decode("ascii")  # an international domain, as DNS knows it
        except UnicodeError:
            return Problem("email_invalid")
        labels = ascii_domain.split(".")
        top = labels[-1]
        if (
            len(ascii_domain) > 253
            or len(labels) < 2
            or not all(self.LABEL.fullmatch(label) for label in labels)
            or not ((top.isalpha() and len(top) >= 2) or top.startswith("xn--"))
        ):
            return Problem("email_invalid")
        return None

    def canonical(self, text: str) -> str:
        local, at, domain = western_digits(text.strip()).rpartition("@")
        return f"{local}@{domain.lower()}" if at else text.strip()


VALIDATORS: dict[str, Rule] = {rule.name: rule for rule in (Ice(), TradeRegister(), TaxId(), Rib(), Phone(), Email())}
