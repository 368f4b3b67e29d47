"""The printed readiness plan (PDF). Plain Python: never imports Qt, callable from a worker thread.

from merchant_assistant.report import render_pdf, save_pdf
data = render_pdf(plan, "fr")               # bytes; the same plan gives the same bytes
save_pdf(plan, "plan.pdf", "ar")            # written atomically; UserError with one sentence on failure
render_pdf(plan, "en", format="brief")      # only the two pages of "Your plan in brief"

Formats: "full" (the default) is the brief followed by the detailed plan (annex); "brief" is the brief alone.
"""

from __future__ import annotations

from pathlib import Path

from ..files import write_atomically
from ..i18n import LANGUAGES
from ..plan import Plan

__all__ = ["render_pdf", "save_pdf", "LANGUAGES", "FORMATS"]

FORMATS = ("full", "brief")


def render_pdf(plan: Plan, lang: str, format: str = "full") -> bytes:
    """The plan as a PDF document in ``lang`` ("fr", "ar" or "en"), whole or only its brief (``format``)."""
    from .document import PlanDocument

    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    if format not in FORMATS:
        raise ValueError(f"unsupported format {format!r}; expected one of {', '.join(FORMATS)}")
    return PlanDocument(plan, lang, format).render()


def save_pdf(plan: Plan, path: str | Path, lang: str, format: str = "full") -> Path:
    """Render the plan and write it to ``path`` through a temporary file (nothing half-written is left).

    Raises merchant_assistant.errors.UserError when the folder is missing or not writable, or when the target
    file is locked (open in a PDF viewer on Windows).
    """
    data = render_pdf(plan, lang, format)
    return write_atomically(path, data)
