"""The CJK font every PDF embeds (WenQuanYi Micro Hei, subset on embedding).

Registered once per process; ReportLab then embeds only the glyphs a document uses,
so Chinese prints on any machine and ``pdftotext`` gives the text back.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FONT = "WQYMicroHei"
# The font has no bold face; bold text uses the same face (headings get size/colour).
FONT_BOLD = "WQYMicroHei"


@cache
def register_fonts() -> str:
    """Registers the bundled CJK font with ReportLab and returns its name."""
    pdfmetrics.registerFont(TTFont(FONT, str(resources.cjk_font_path()), subfontIndex=0))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT
