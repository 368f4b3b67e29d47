"""The content pack: questions, actions, glossary and profile fields, in several languages."""

from .loader import BUNDLED_PACK, CheckReport, check_pack, load_pack, term_usage
from .model import (
    Action,
    ContentPack,
    GlossaryTerm,
    Module,
    Option,
    ProfileField,
    Question,
    Section,
    tr,
)
from .rules import applies

__all__ = [
    "BUNDLED_PACK",
    "CheckReport",
    "check_pack",
    "load_pack",
    "term_usage",
    "Action",
    "ContentPack",
    "GlossaryTerm",
    "Module",
    "Option",
    "ProfileField",
    "Question",
    "Section",
    "tr",
    "applies",
]
