"""Chinese line breaking for the PDFs: ReportLab's CJK wrap may break between any two
hanzi, so 大客户 could end a line as 大客 and 120 分钟 as 120 分. A paragraph made here
keeps such words and a number with its unit on one line, and (like ReportLab) lets
punctuation that cannot start a line (，。；：）…) hang at the end of the previous one.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

# Words of the trade that read wrongly when split, and numbers with their units.
KEEP_TOGETHER = re.compile(
    r"大客户|客户经理|商业秘密|回款率|决策者"
    r"|\d[\d,.]*\s?(?:分钟|小时|万元|元/吨|元|万吨|吨|天|个月|年|%)"
)
# ReportLab's list is Japanese; Chinese full-width punctuation is added.
CANNOT_START = frozenset(ALL_CANNOT_START) | frozenset("，。、；：？！）》」』】…%")
ELLIPSIS = "…"  # the one ellipsis of the documents (never "..." or "。。。")


def units(text: str) -> list[str]:
    """``text`` as unbreakable units: the protected words whole, other characters alone."""
    out: list[str] = []
    pos = 0
    for m in KEEP_TOGETHER.finditer(text):
        out.extend(text[pos : m.start()])
        out.append(m.group())
        pos = m.end()
    out.extend(text[pos:])
    return out


def split_lines(
    text: str, max_widths: list[float], font: str, size: float
) -> list[tuple[float, str]]:
    """Greedy lines of ``text`` as (unused width, text), breaking only between units."""
    lines: list[tuple[float, str]] = []
    line: list[str] = []
    used = 0.0

    def width_at(n: int) -> float:
        return max_widths[min(n, len(max_widths) - 1)]

    for unit in units(text):
        w = stringWidth(unit, font, size)
        limit = width_at(len(lines))
        if line and used + w > limit + 1e-6:
            if unit in CANNOT_START:
                line.append(unit)  # hangs in the margin rather than starting a line
                used += w
                lines.append((limit - used, "".join(line)))
                line, used = [], 0.0
                continue
            lines.append((limit - used, "".join(line)))
            line, used = [], 0.0
            if unit.isspace():
                continue
        line.append(unit)
        used += w
    if line:
        lines.append((width_at(len(lines)) - used, "".join(line)))
    return lines


class CJKParagraph(Paragraph):
    """A paragraph that wraps Chinese text without breaking inside :data:`KEEP_TOGETHER`
    and without starting a line with :data:`CANNOT_START` punctuation (single-style text;
    mixed styles keep ReportLab's own wrap)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        frags = self.frags
        if (
            len(frags) != 1
            or hasattr(frags[0], "cbDefn")
            or self.style.endDots
            or getattr(self, "_splitpara", 0)
            or self.bulletText
        ):
            return super().breakLinesCJK(maxWidths)
        f = frags[0]
        text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        self.height = 0
        lines = split_lines(text, widths, f.fontName, f.fontSize)
        return f.clone(
            kind=0,
            lines=[(space, [line]) for space, line in lines],
            ascent=f.fontSize,
            descent=-0.2 * f.fontSize,
        )
