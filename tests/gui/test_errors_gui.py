"""The interface's one presenter shows every error the domain can raise in the interface language."""

from __future__ import annotations

import pytest

from merchant_assistant.messages import message

from ..core.test_errors import ARABIC, _raised_codes, _sample


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_the_presenter_shows_every_domain_error_in_the_interface_language(qapp, lang):
    """Every code the domain can raise, through the interface's one presenter, in each language."""
    pytest.importorskip("pytestqt")
    from ui.app import prepare_application
    from ui.labels import interface_language
    from ui.messages import error_text

    prepare_application(lang)
    try:
        assert interface_language() == lang
        for code in sorted(_raised_codes()):
            shown = error_text(_sample(code))
            expected = message(code, lang, **_sample(code).params)
            if lang == "en":  # the catalogue's English is for the command line; on screen a sentence starts upper case
                expected = expected[:1].upper() + expected[1:]
            assert shown == expected
            if lang == "ar":
                assert ARABIC.search(shown), code
            elif lang == "fr" and code != "system_reason":
                assert shown != message(code, "en", **_sample(code).params), code
    finally:
        prepare_application("fr")
