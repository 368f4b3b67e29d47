"""Bidi per line: embedding levels (Unicode Bidirectional Algorithm from python-bidi, bracket pairs included),
visual reordering of runs (rule L2) and mirroring of right-to-left runs drawn without shaping."""

from __future__ import annotations

from ...i18n import LRM, ltr_mark_positions
from . import adapters
from .script import PURE_RTL_RE, RTL_RE


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of one line (in logical order)."""
    base = 1 if rtl else 0
    if not rtl and not RTL_RE.search(text):
        return [0] * len(text)
    if rtl and PURE_RTL_RE.match(text):
        return [1] * len(text)  # only Arabic and neutrals: everything is at the paragraph level
    marked, origin = text, list(range(len(text)))
    if rtl:
        # In right-to-left text, a left-to-right mark before each number keeps it one left-to-right unit with
        # what follows it: "09-08", "1 250,00 MAD", "26/11/2026", "3-D Secure" (plain UBA shows "08-09",
        # "D Secure-3": after Arabic letters, digits become Arabic numbers and "-" or spaces split them).
        # Marks on both sides of a web address or an e-mail keep its neutrals inside it ("//:https" otherwise).
        parts, origin = [], []
        pos = 0
        for at in ltr_mark_positions(text):
            parts.append(text[pos:at])
            origin.extend(range(pos, at))
            parts.append(LRM)
            origin.append(-1)
            pos = at
        parts.append(text[pos:])
        origin.extend(range(pos, len(text)))
        marked = "".join(parts)
    levels = adapters.uba_levels(marked, rtl)
    if levels is None:
        levels = adapters.legacy_uba_levels(marked, rtl)
    out = [base] * len(text)
    for lv, k in zip(levels, origin):
        if k >= 0:
            out[k] = lv
    # Rule L1: whitespace at the end of the line goes back to the paragraph level.
    k = len(text) - 1
    while k >= 0 and text[k] == " ":
        out[k] = base
        k -= 1
    return out


def reorder_runs(runs: list) -> None:
    """Rule L2, in place, on runs in logical order whose first item is their embedding level: from the highest
    level down to the lowest odd level, reverse every sequence of runs at that level or above."""
    if not runs:
        return
    highest = max(r[0] for r in runs)
    lowest_odd = min((r[0] for r in runs if r[0] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][0] >= level:
                j = i
                while j < len(runs) and runs[j][0] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1


def visual_rtl(text: str) -> str:
    """A right-to-left run drawn without shaping: reversed, brackets and the like mirrored ("(" <-> ")")."""
    mirrored = adapters.mirror_map()
    return "".join(mirrored.get(c, c) for c in reversed(text))
