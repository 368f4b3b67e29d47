"""The glossary as a reader meets it: which terms a text names (the links on the question cards, the printed plan's
glossary), the glossary browser's search, and which questions use a term.

Plain Python. Texts are compared folded (:func:`merchant_assistant.i18n.folded`: no case, accents, Arabic vowel
marks or tatweel; أ إ آ ا, ة ه and ى ي as one letter), whole words only:

- a text names a term by its whole name ("Identifiant fiscal (IF)"), by the name without what is in brackets
  ("Identifiant fiscal") or by what is in brackets ("IF", "phishing"); a name in capitals (IF, RC, ICE) only when
  written in capitals, so that the English word "if" is not the tax number;
- a name is found at the start of a word, and in Arabic after the letters joined to it (و ف, ب ك ل, and before a
  name with the article, the article, written لل after ل: بالبطاقة, للمستهلك); it may end with a plural
  (acquéreurs, consumers) or in Arabic a short ending (المستهلكين), never inside another word ("rc" is not found
  in "commerce", nor المستهلك in استهلك);
- a search matches a word of a name from its start ("paie" finds "Paiement à la livraison", then "Lien de
  paiement"; "محصلة" finds "الجهة المحصِّلة"), in the language asked first, then in the other languages, then in
  the definitions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .content.model import ContentPack, GlossaryTerm, Question, Text, tr
from .i18n import LANGUAGES, folded, folded_with_positions, sort_key

QUESTION_TEXTS = ("text", "why", "how")  # what a question card shows: the question and its help

_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Letters written joined before an Arabic word: a conjunction (و ف), a preposition (ب ك ل) and, before a name
# with the article ال, the article, which after ل is written لل (ل + المستهلك = للمستهلك).
_ARABIC_START = "[وف]?[بكل]?"
_ARABIC_START_ARTICLE = "(?:[وف]?[بكل]?ال|[وف]?لل)"
_ARABIC_END = "[اتنيوهمك]{0,3}"  # short endings: plural (ين ون ات), pronouns (ه ها هم كم), nisba (ي يه)
_LATIN_END = "(?:s|x|es)?"  # plural
_CAPITALS = re.compile(r"[A-Z0-9][A-Z0-9 .&-]*")  # a name in capitals: IF, RC, PCI DSS (found only so written)


@dataclass(frozen=True)
class Mention:
    """A text names the glossary term ``term_id`` in ``text[start:end]`` (whole words, with what is joined)."""

    term_id: str
    start: int
    end: int


@dataclass(frozen=True)
class SearchHit:
    """One entry found by :func:`search`; ``matched``: "name" (its name in the language asked, or what its name
    gives in brackets), "other_language" (its name in another language: "TPE" or "POS" in an Arabic search) or
    "definition"; ``name``: the name in the language asked, or the other language's name or the definition that
    matched."""

    term: GlossaryTerm
    matched: str
    name: str


RANKS = ("name", "other_language", "definition")


def term_names(term: GlossaryTerm, lang: str) -> tuple[str, ...]:
    """How a text in ``lang`` may name ``term``: "Identifiant fiscal (IF)" by its whole name, "Identifiant fiscal"
    or "IF" (the same for "Hameçonnage (phishing)")."""
    return _names(tr(term.term, lang))


@lru_cache(maxsize=1024)
def _names(name: str) -> tuple[str, ...]:
    bare = re.sub(r"\s*\([^)]*\)", "", name)
    names = [name, bare]
    # A law is named by its number: what follows in brackets says what it is about ("Loi 09-08 (données
    # personnelles)"), it is not another name for it.
    if not any(c.isdigit() for c in bare):
        names += re.findall(r"\(([^)]+)\)", name)
    return tuple(dict.fromkeys(n.strip() for n in names if n.strip()))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", folded(text))


class _NamePattern(NamedTuple):
    pattern: re.Pattern[str]  # finds the name in folded text
    needle: str  # folded text every match contains: a quick test before the pattern
    capitals: str  # the letters and digits a match must show in capitals ("" when any case does)


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> _NamePattern | None:
    words = _words(name)
    if not words:
        return None
    body = [re.escape(w) for w in words]
    needle = words[0]
    start = ""
    if _ARABIC.match(words[0]):
        start = _ARABIC_START
        if words[0].startswith("ال") and len(words[0]) > 3:
            start = _ARABIC_START_ARTICLE
            needle = words[0][2:]
            body[0] = re.escape(needle)
    end = _ARABIC_END if _ARABIC.match(words[-1][-1]) else _LATIN_END
    if name.rstrip().endswith(")"):
        end += r"(?:\s*\))?"  # the link takes the bracket it closes: "Identifiant fiscal (IF)"
    between = r"\W+"  # spaces, punctuation: 3-D Secure, 3 D Secure, loi 31-08
    pattern = re.compile(rf"(?<!\w){start}(?P<name>{between.join(body)}){end}(?!\w)")
    capitals = "".join(c for c in name if c.isalnum()) if _CAPITALS.fullmatch(name) else ""
    return _NamePattern(pattern, needle, capitals)


def find_terms(text: str, lang: str, terms: Iterable[GlossaryTerm]) -> list[Mention]:
    """The glossary terms ``text`` (in ``lang``) names, in the order of the text; where two names overlap, the one
    that starts first, then the longer ("Fraude au faux RIB" rather than "RIB")."""
    if not text:
        return []
    folded_text, at = folded_with_positions(text)
    found: list[tuple[int, int, int, str]] = []  # start, -length, order, term id (in the folded text)
    for order, term in enumerate(terms):
        for name in term_names(term, lang):
            compiled = _name_pattern(name)
            if compiled is None or compiled.needle not in folded_text:
                continue
            for match in compiled.pattern.finditer(folded_text):
                if compiled.capitals:
                    written = text[at[match.start("name")] : at[match.end("name")]]
                    if "".join(c for c in written if c.isalnum()) != compiled.capitals:
                        continue
                found.append((match.start(), match.start() - match.end(), order, term.id))
    mentions: list[Mention] = []
    taken_until = 0
    for start, negative_length, _order, term_id in sorted(found):
        if start < taken_until:
            continue
        end = start - negative_length
        mentions.append(Mention(term_id, at[start], at[end]))
        taken_until = end
    return mentions


def terms_named(texts: Iterable[str], lang: str, terms: Iterable[GlossaryTerm]) -> set[str]:
    """The ids of the ``terms`` at least one of ``texts`` names (each text searched on its own)."""
    terms = list(terms)
    return {m.term_id for text in texts for m in find_terms(text, lang, terms)}


def first_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """The first mention of each term: a text with a link on every repetition is hard to read."""
    seen: set[str] = set()
    first = []
    for mention in mentions:
        if mention.term_id not in seen:
            seen.add(mention.term_id)
            first.append(mention)
    return first


# -- the glossary of a content pack, in one language ----------------------------------------------------------


class Glossary:
    """The pack's glossary as read in ``lang``: its entries in dictionary order, the terms a question names, the
    questions that use a term, and the search."""

    def __init__(self, pack: ContentPack, lang: str):
        self.pack = pack
        self.lang = lang if lang in LANGUAGES else pack.reference_language
        self.terms: list[GlossaryTerm] = sorted(pack.glossary.values(), key=lambda t: sort_key(self.name(t), self.lang))
        self._questions: dict[str, dict[str, list[Mention]]] = {}
        self._users: dict[str, set[str]] | None = None  # term id -> ids of the questions naming it

    def term(self, term_id: str) -> GlossaryTerm | None:
        return self.pack.glossary.get(term_id)

    def name(self, term: GlossaryTerm) -> str:
        return tr(term.term, self.lang)

    def mentions(self, text: str) -> list[Mention]:
        """The terms ``text`` (in this glossary's language) names."""
        return find_terms(text, self.lang, self.pack.glossary.values())

    def question_mentions(self, question: Question) -> dict[str, list[Mention]]:
        """The terms the question's text and help name: {"text": [...], "why": [...], "how": [...]} (positions in
        ``tr(question.<field>, lang)``)."""
        if question.id not in self._questions:
            self._questions[question.id] = {
                field: self.mentions(tr(_text(question, field), self.lang)) for field in QUESTION_TEXTS
            }
        return self._questions[question.id]

    def terms_of(self, question: Question) -> list[str]:
        """The ids of the terms the question's text or help names, in the order they come."""
        ids: list[str] = []
        for mentions in self.question_mentions(question).values():
            ids += [m.term_id for m in mentions if m.term_id not in ids]
        return ids

    def questions_using(self, term_id: str, linked: bool = True) -> list[Question]:
        """The questions whose text or help names the term and, with ``linked``, those the content links to it
        (their ``terms``) though their words do not name it ("Vol de compte" for the questions on passwords), in
        the order of the pack (the order of the steps)."""
        if self._users is None:
            users: dict[str, set[str]] = {}
            for question in self.pack.questions:
                for tid in self.terms_of(question):
                    users.setdefault(tid, set()).add(question.id)
            self._users = users
        named = self._users.get(term_id, set())
        return [q for q in self.pack.questions if q.id in named or (linked and term_id in q.terms)]

    def search(self, query: str, definitions: bool = True) -> list[SearchHit]:
        """See :func:`search`."""
        return search(self.terms, query, self.lang, definitions=definitions)


def _text(question: Question, field: str) -> Text:
    return getattr(question, field)


@lru_cache(maxsize=4096)  # the names and definitions, searched again at each key press
def _word_starts(text: str) -> frozenset[str]:
    """The folded words of ``text``, and in Arabic each also without the letters and the article joined before it
    (بالبطاقة: also بطاقة): where a search may match from."""
    starts = set()
    for word in _words(text):
        starts.add(word)
        if _ARABIC.match(word):
            bare = re.sub(rf"^(?:{_ARABIC_START_ARTICLE}|{_ARABIC_START})", "", word)
            if len(bare) >= 3:
                starts.add(bare)
    return frozenset(starts)


def _matches(query_words: list[str], text: str) -> bool:
    """Each word of the query starts a word of ``text`` (in any order); in Arabic with or without the article
    (البطاقة finds بالبطاقة)."""
    starts = _word_starts(text)
    return all(any(word.startswith(q) for word in starts for q in _bare(query)) for query in query_words)


def _bare(word: str) -> tuple[str, ...]:
    """A word of a search, and in Arabic the same without its article."""
    if _ARABIC.match(word) and word.startswith("ال") and len(word) > 3:
        return word, word[2:]
    return (word,)


def _starts_with(query_words: list[str], name: str) -> bool:
    """The name, or one it gives in brackets, starts with the query's first word ("paie": "Paiement à la
    livraison", not "Lien de paiement"; "registre": "RC (registre du commerce)")."""
    for candidate in _names(name):
        words = _words(candidate)
        if words and any(start.startswith(q) for start in _word_starts(words[0]) for q in _bare(query_words[0])):
            return True
    return False


def search(terms: Sequence[GlossaryTerm], query: str, lang: str, definitions: bool = True) -> list[SearchHit]:
    """The entries of ``terms`` that ``query`` finds, best first: by a name in ``lang`` (or what it gives in
    brackets), those that start with the query first; then by a name in another language; then (with
    ``definitions``) by the definition. Within each, the order of ``terms`` (give them in dictionary order). An
    empty query finds every entry, by name.

    Every word of the query must start a word of the same name (or of the definition): accents, case, Arabic
    vowel marks, letter variants (أ/ا, ة/ه, ى/ي) and the article and joined letters (ال, بـ, لـ) do not count."""
    words = _words(query)
    ranked: list[tuple[int, int, SearchHit]] = []
    for order, term in enumerate(terms):
        hit = _search_term(term, words, lang, definitions)
        if hit is not None:
            rank = RANKS.index(hit.matched) * 2
            if words and hit.matched == "name" and not _starts_with(words, hit.name):
                rank += 1
            ranked.append((rank, order, hit))
    return [hit for _rank, _order, hit in sorted(ranked, key=lambda r: r[:2])]


def _search_term(term: GlossaryTerm, words: list[str], lang: str, definitions: bool) -> SearchHit | None:
    name = tr(term.term, lang)
    if not words or _matches(words, name):  # the whole name: with what it gives in brackets
        return SearchHit(term, "name", name)
    for other in (code for code in term.term if code != lang):
        if _matches(words, tr(term.term, other)):
            return SearchHit(term, "other_language", tr(term.term, other))
    if definitions and _matches(words, tr(term.definition, lang)):
        return SearchHit(term, "definition", tr(term.definition, lang))
    return None
