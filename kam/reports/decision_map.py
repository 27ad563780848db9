"""The decision map: the customer's people as an org chart (by reports-to), each box
showing title, decision role, attitude (by colour) and who on our side owns them.

Laid out as a tidy tree: leaves take consecutive slots, a parent sits centred over its
children. A chart wider than the page is scaled down; past a readable scale the tree
is printed as an indented outline instead, which always fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from kam.domain.enums import Attitude, ContactStatus
from kam.i18n import _, label
from kam.reports.charts import new_drawing
from kam.reports.document import styles
from kam.reports.fonts import printable, register_fonts
from kam.reports.profile_data import Person

BOX_W, BOX_H = 104.0, 50.0
GAP_X, GAP_Y = 10.0, 22.0
MIN_SCALE = 0.62
ATTITUDE_COLOURS = {
    Attitude.SUPPORTER.value: (colors.HexColor("#E3F1DF"), colors.HexColor("#3C8D2F")),
    Attitude.NEUTRAL.value: (colors.HexColor("#F2F2F2"), colors.HexColor("#8C8C8C")),
    Attitude.OPPONENT.value: (colors.HexColor("#F9E0E0"), colors.HexColor("#B00020")),
}


@dataclass
class _Node:
    person: Person
    children: list[_Node]
    x: float = 0.0
    depth: int = 0


def forest(people: Sequence[Person]) -> list[_Node]:
    """The reporting trees of the people still at the customer, roots first.

    A reports-to pointing outside the set (someone who left) or into a cycle makes the
    person a root, so nobody disappears from the map.
    """
    present = [p for p in people if p.status != ContactStatus.LEFT.value]
    by_id = {p.id: p for p in present}
    children: dict[int | None, list[Person]] = {}
    for p in present:
        boss = p.reports_to_id if p.reports_to_id in by_id else None
        if boss is not None and _in_cycle(p.id, by_id):
            boss = None
        children.setdefault(boss, []).append(p)

    def build(person: Person, depth: int) -> _Node:
        kids = [build(c, depth + 1) for c in children.get(person.id, [])]
        return _Node(person, kids, depth=depth)

    return [build(p, 0) for p in children.get(None, [])]


def _in_cycle(start: int, by_id: dict[int, Person]) -> bool:
    seen = {start}
    current = by_id[start].reports_to_id
    while current in by_id:
        if current in seen:
            return True
        seen.add(current)
        current = by_id[current].reports_to_id
    return False


def _place(node: _Node, next_slot: list[float]) -> None:
    if not node.children:
        node.x = next_slot[0]
        next_slot[0] += BOX_W + GAP_X
        return
    for child in node.children:
        _place(child, next_slot)
    node.x = (node.children[0].x + node.children[-1].x) / 2


def _walk(nodes: Sequence[_Node]) -> list[_Node]:
    out: list[_Node] = []
    for n in nodes:
        out.append(n)
        out.extend(_walk(n.children))
    return out


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with … so that it fits ``width`` (the table beside has it whole)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _box(drawing: Drawing, node: _Node, top: float, lang: str) -> None:
    font = register_fonts()
    p = node.person
    y = top - node.depth * (BOX_H + GAP_Y) - BOX_H
    fill, stroke = ATTITUDE_COLOURS.get(p.attitude, ATTITUDE_COLOURS[Attitude.NEUTRAL.value])
    # The decision maker's box stands out by its heavier frame.
    width = 1.8 if p.decision_role == "decision_maker" else 0.9
    drawing.add(Rect(node.x, y, BOX_W, BOX_H, rx=3, ry=3, fillColor=fill, strokeColor=stroke,
                     strokeWidth=width))
    inner = BOX_W - 8
    name = p.name + (" ★" if p.rising_star else "")
    lines = [
        (_fit(printable(name), font, 9, inner), 9, colors.black),
        (_fit(printable(p.title or p.department), font, 7, inner), 7, colors.HexColor("#444444")),
        (_fit(" · ".join(x for x in (label(p.decision_role, lang), label(p.attitude, lang)) if x),
              font, 7, inner), 7, stroke),
        (_fit(_("Ours: {name}", lang).format(name=printable(p.owner)) if p.owner
              else _("No owner on our side", lang), font, 6.5, inner), 6.5,
         colors.HexColor("#444444") if p.owner else colors.HexColor("#B00020")),
    ]
    line_y = y + BOX_H - 11
    for text, size, colour in lines:
        drawing.add(String(node.x + 4, line_y, text, fontName=font, fontSize=size,
                           fillColor=colour))
        line_y -= size + 3


def _drawing(roots: Sequence[_Node], lang: str) -> Drawing:
    slot = [0.0]
    for root in roots:
        _place(root, slot)
    nodes = _walk(roots)
    depth = max(n.depth for n in nodes) + 1
    width = slot[0] - GAP_X
    height = depth * BOX_H + (depth - 1) * GAP_Y
    drawing = new_drawing(width, height)
    for n in nodes:
        if n.children:
            bottom = height - n.depth * (BOX_H + GAP_Y) - BOX_H
            mid_y = bottom - GAP_Y / 2
            drawing.add(Line(n.x + BOX_W / 2, bottom, n.x + BOX_W / 2, mid_y,
                             strokeColor=colors.HexColor("#8C8C8C"), strokeWidth=0.7))
            first, last = n.children[0].x + BOX_W / 2, n.children[-1].x + BOX_W / 2
            drawing.add(Line(min(first, n.x + BOX_W / 2), mid_y, max(last, n.x + BOX_W / 2),
                             mid_y, strokeColor=colors.HexColor("#8C8C8C"), strokeWidth=0.7))
            for c in n.children:
                drawing.add(Line(c.x + BOX_W / 2, mid_y, c.x + BOX_W / 2, bottom - GAP_Y,
                                 strokeColor=colors.HexColor("#8C8C8C"), strokeWidth=0.7))
    for n in nodes:
        _box(drawing, n, height, lang)
    return drawing


def _outline(roots: Sequence[_Node], lang: str) -> list[Flowable]:
    base = styles()["cell"]
    out: list[Flowable] = []
    for n in _walk(roots):
        p = n.person
        bits = [p.title or p.department, label(p.decision_role, lang), label(p.attitude, lang),
                _("Ours: {name}", lang).format(name=p.owner) if p.owner else ""]
        text = f"{'　' * n.depth}{'└ ' if n.depth else ''}{p.name}（{'，'.join(b for b in bits if b)}）"
        out.append(Paragraph(escape(printable(text)), base))
    return out


def _leaves(node: _Node) -> int:
    return sum(_leaves(c) for c in node.children) if node.children else 1


def _rows(roots: Sequence[_Node], max_width: float) -> list[list[_Node]]:
    """Packs the trees side by side into rows no wider than ``max_width`` at full size,
    so that a dozen unconnected people make a grid rather than one tiny strip."""
    rows: list[list[_Node]] = []
    used = 0.0
    for root in roots:
        width = _leaves(root) * (BOX_W + GAP_X)
        if rows and used + width <= max_width + GAP_X:
            rows[-1].append(root)
            used += width
        else:
            rows.append([root])
            used = width
    return rows


def decision_map(people: Sequence[Person], max_width: float, max_height: float,
                 lang: str) -> list[Flowable]:
    """Flowables showing the decision map of ``people`` within the given size."""
    out: list[Flowable] = []
    for row in _rows(forest(people), max_width):
        drawing = _drawing(row, lang)
        scale = min(1.0, max_width / drawing.width, max_height / drawing.height)
        if scale < MIN_SCALE:
            out.extend(_outline(row, lang))
            continue
        if scale < 1.0:
            drawing.scale(scale, scale)
            drawing.width *= scale
            drawing.height *= scale
        drawing.hAlign = "CENTER"
        out.append(drawing)
        out.append(Spacer(1, GAP_Y / 2))
    return out
