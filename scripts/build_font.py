"""Builds resources/fonts/kam-hei.ttf: WenQuanYi Micro Hei with the CJK Extension A
hanzi it lacks (㭎 and 6,500 others) taken from Droid Sans Fallback.

Names on ID cards and business cards use rare characters; a profile that prints a
blank where a person's name has 㭎 is wrong on paper and in the text layer. ReportLab
cannot fall back between fonts, so the app ships one font that covers both.

    apt-get download fonts-wqy-microhei fonts-droid-fallback   # or use installed copies
    python scripts/build_font.py WQY.ttc DroidSansFallbackFull.ttf resources/fonts/kam-hei.ttf

Both sources are Apache-2.0 (WenQuanYi: Apache-2.0 or GPL-3 with font exception); the
result is distributed under Apache-2.0 with this script as the record of the change.
"""

from __future__ import annotations

import copy
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph

RANGES = [(0x3400, 0x4DBF), (0xF900, 0xFAFF)]  # CJK Ext A, CJK compatibility ideographs
FAMILY = "KAM Hei"


def _scaled(glyph: Glyph, factor: float) -> Glyph:
    out = copy.deepcopy(glyph)
    if out.isComposite():
        for comp in out.components:
            comp.x, comp.y = round(comp.x * factor), round(comp.y * factor)
    elif out.numberOfContours > 0:
        out.coordinates.scale((factor, factor))
        out.coordinates.toInt()
        out.program = type(out.program)()
        out.program.fromBytecode(b"")
    return out


def merge(base_path: str, extra_path: str, out_path: str) -> int:
    base = TTFont(base_path, fontNumber=0)
    extra = TTFont(extra_path)
    factor = base["head"].unitsPerEm / extra["head"].unitsPerEm
    base_cmap = base.getBestCmap()
    extra_cmap = extra.getBestCmap()
    glyf, hmtx = base["glyf"], base["hmtx"]
    order = list(base.getGlyphOrder())
    added: dict[str, str] = {}

    def take(name: str) -> str:
        if name in added:
            return added[name]
        new_name = f"kam_{name}"
        glyph = extra["glyf"][name]
        if glyph.isComposite():
            for comp in glyph.components:
                comp.glyphName = take(comp.glyphName)
        glyf[new_name] = _scaled(glyph, factor)
        advance, lsb = extra["hmtx"][name]
        hmtx[new_name] = (round(advance * factor), round(lsb * factor))
        if "vmtx" in base and "vmtx" in extra:
            height, tsb = extra["vmtx"][name]
            base["vmtx"][new_name] = (round(height * factor), round(tsb * factor))
        order.append(new_name)
        added[name] = new_name
        return new_name

    mapped = {}
    for lo, hi in RANGES:
        for cp in range(lo, hi + 1):
            if cp not in base_cmap and cp in extra_cmap:
                mapped[cp] = take(extra_cmap[cp])
    base.setGlyphOrder(order)
    for table in base["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(mapped)
    for record in base["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "")
    base["maxp"].numGlyphs = len(order)
    base.save(out_path)
    return len(mapped)


if __name__ == "__main__":
    count = merge(*sys.argv[1:4])
    print(f"added {count} characters")
