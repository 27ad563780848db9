"""The CJK font every PDF embeds (KAM Hei: WenQuanYi Micro Hei plus CJK Extension A,
see resources/fonts/README.md), subset on embedding.

Registered once per process; ReportLab then embeds only the glyphs a document uses,
so Chinese prints on any machine and ``pdftotext`` gives the text back.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FONT = "KAMHei"
# The font has no bold face; bold text uses the same face (headings get size/colour).
FONT_BOLD = "KAMHei"


@cache
def register_fonts() -> str:
    """Registers the bundled CJK font with ReportLab and returns its name."""
    pdfmetrics.registerFont(TTFont(FONT, str(resources.cjk_font_path())))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT


@cache
def _covered() -> frozenset[int]:
    face = pdfmetrics.getFont(register_fonts()).face
    return frozenset(face.charToGlyph)


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` the bundled font cannot draw (e.g. CJK Extension B
    hanzi such as 𪚥), each once, in order of appearance."""
    covered = _covered()
    seen: dict[str, None] = {}
    for ch in text:
        if ord(ch) >= 0x20 and ord(ch) not in covered:
            seen.setdefault(ch)
    return list(seen)


def printable(text: str) -> str:
    """``text`` with each character the font lacks written as its code, e.g. [U+2A6A5].

    ReportLab would otherwise print a blank and drop the character from the text
    layer; a person's name with a silent gap is worse than one with a visible code.
    """
    if text.isascii():
        return text
    missing = missing_glyphs(text)
    for ch in missing:
        text = text.replace(ch, f"[U+{ord(ch):04X}]")
    return text
