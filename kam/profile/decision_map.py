"""The decision map: the customer's people as an org chart (by reports-to), each box
showing title, decision role, attitude (by colour) and who on our side owns them.

Laid out as a tidy tree: leaves take consecutive slots, a parent sits centred over its
children. Printed at full size (no text under 7 pt on A4): a tree wider than the page is
split, its head drawn alone and each of the teams under it drawn as its own tree whose
head names the boss; only a tree deeper than a page becomes an indented outline.
Someone who changed post (已调岗) is drawn as inactive: grey, in a dashed frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kam.accounts.people import ContactData
from kam.domain.enums import Attitude, ContactStatus
from kam.i18n import _, label
from kam.reports.charts import new_drawing
from kam.reports.document import styles
from kam.reports.fonts import printable, register_fonts

BOX_W, BOX_H = 112.0, 68.0
GAP_X, GAP_Y = 8.0, 20.0
MIN_TEXT_PT = 7.0
INACTIVE = (colors.white, colors.HexColor("#9A9A9A"))
ATTITUDE_COLOURS = {
    Attitude.SUPPORTER.value: (colors.HexColor("#E3F1DF"), colors.HexColor("#3C8D2F")),
    Attitude.NEUTRAL.value: (colors.HexColor("#F2F2F2"), colors.HexColor("#8C8C8C")),
    Attitude.OPPONENT.value: (colors.HexColor("#F9E0E0"), colors.HexColor("#B00020")),
}


@dataclass
class _Node:
    person: ContactData
    children: list[_Node]
    x: float = 0.0
    depth: int = 0
    boss: str = ""  # the head of a team split off a wide tree: whom they report to
    hidden: int = 0  # people under a head whose teams are drawn separately


def forest(people: Sequence[ContactData]) -> list[_Node]:
    """The reporting trees of the people still at the customer, roots first.

    A reports-to pointing outside the set (someone who left) or into a cycle makes the
    person a root, so nobody disappears from the map.
    """
    present = [p for p in people if p.status != ContactStatus.LEFT.value]
    by_id = {p.id: p for p in present}
    children: dict[int | None, list[ContactData]] = {}
    for p in present:
        boss = p.reports_to_id if p.reports_to_id in by_id else None
        if boss is not None and _in_cycle(p.id, by_id):
            boss = None
        children.setdefault(boss, []).append(p)

    def build(person: ContactData, depth: int) -> _Node:
        kids = [build(c, depth + 1) for c in children.get(person.id, [])]
        return _Node(person, kids, depth=depth)

    return [build(p, 0) for p in children.get(None, [])]


def _in_cycle(start: int | None, by_id: dict[int | None, ContactData]) -> bool:
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
    inactive = p.status == ContactStatus.CHANGED_POST.value
    fill, stroke = (
        INACTIVE
        if inactive
        else ATTITUDE_COLOURS.get(p.attitude, ATTITUDE_COLOURS[Attitude.NEUTRAL.value])
    )
    # The decision maker's box stands out by its heavier frame.
    width = 1.8 if p.decision_role == "decision_maker" else 0.9
    drawing.add(
        Rect(
            node.x,
            y,
            BOX_W,
            BOX_H,
            rx=3,
            ry=3,
            fillColor=fill,
            strokeColor=stroke,
            strokeWidth=width,
            strokeDashArray=[3, 2] if inactive else None,
        )
    )
    inner = BOX_W - 8
    grey = colors.HexColor("#444444")
    name = p.name + (" ★" if p.rising_star else "")
    if inactive:
        name += _(" ({status})", lang).format(status=label(p.status, lang))
    role = "、".join(x for x in (label(p.decision_role, lang), label(p.attitude, lang)) if x)
    if node.boss:
        owner = _("Reports to {name}", lang).format(name=printable(node.boss))
        owner_colour = grey
    elif p.owner:
        owner, owner_colour = _("Ours: {name}", lang).format(name=printable(p.owner)), grey
    else:
        owner, owner_colour = _("No owner on our side", lang), colors.HexColor("#B00020")
    lines = [
        (printable(name), 9, grey if inactive else colors.black),
        (printable(p.department) or "—", 7.5, grey),
        (printable(p.title) or "—", 7.5, grey),
        (role, 7.5, grey if inactive else stroke),
        (owner, 7, owner_colour),
    ]
    if node.hidden:
        lines[-1] = (
            _("{n} people below: see the teams that follow", lang).format(n=node.hidden),
            7,
            grey,
        )
    line_y = y + BOX_H - 12
    for text, size, colour in lines:
        drawing.add(
            String(
                node.x + 4,
                line_y,
                _fit(text, font, size, inner),
                fontName=font,
                fontSize=size,
                fillColor=colour,
            )
        )
        line_y -= size + 4


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
            drawing.add(
                Line(
                    n.x + BOX_W / 2,
                    bottom,
                    n.x + BOX_W / 2,
                    mid_y,
                    strokeColor=colors.HexColor("#8C8C8C"),
                    strokeWidth=0.7,
                )
            )
            first, last = n.children[0].x + BOX_W / 2, n.children[-1].x + BOX_W / 2
            drawing.add(
                Line(
                    min(first, n.x + BOX_W / 2),
                    mid_y,
                    max(last, n.x + BOX_W / 2),
                    mid_y,
                    strokeColor=colors.HexColor("#8C8C8C"),
                    strokeWidth=0.7,
                )
            )
            for c in n.children:
                drawing.add(
                    Line(
                        c.x + BOX_W / 2,
                        mid_y,
                        c.x + BOX_W / 2,
                        bottom - GAP_Y,
                        strokeColor=colors.HexColor("#8C8C8C"),
                        strokeWidth=0.7,
                    )
                )
    for n in nodes:
        _box(drawing, n, height, lang)
    return drawing


def _outline(roots: Sequence[_Node], lang: str) -> list[Flowable]:
    base = styles()["cell"]
    out: list[Flowable] = []
    for n in _walk(roots):
        p = n.person
        bits = [
            p.title or p.department,
            label(p.decision_role, lang),
            label(p.attitude, lang),
            _("Ours: {name}", lang).format(name=p.owner) if p.owner else "",
        ]
        text = f"{'　' * n.depth}{'└ ' if n.depth else ''}{p.name}（{'，'.join(b for b in bits if b)}）"
        out.append(Paragraph(escape(printable(text)), base))
    return out


def _leaves(node: _Node) -> int:
    return sum(_leaves(c) for c in node.children) if node.children else 1


def _depth(node: _Node) -> int:
    return 1 + max((_depth(c) for c in node.children), default=0)


def _rebase(node: _Node, depth: int) -> _Node:
    node.depth = depth
    for c in node.children:
        _rebase(c, depth + 1)
    return node


def _split(roots: Sequence[_Node], max_width: float) -> list[_Node]:
    """Trees no wider than ``max_width`` at full size: a wider tree gives its head alone
    (saying how many are below) and then each team under it as a tree of its own."""
    out: list[_Node] = []
    for root in roots:
        if _leaves(root) * (BOX_W + GAP_X) - GAP_X <= max_width or not root.children:
            out.append(root)
            continue
        teams = [
            _rebase(_Node(c.person, c.children, boss=root.person.name), 0) for c in root.children
        ]
        out.append(
            _Node(root.person, [], boss=root.boss, hidden=sum(_size(c) for c in root.children))
        )
        out.extend(_split(teams, max_width))
    return out


def _size(node: _Node) -> int:
    return 1 + sum(_size(c) for c in node.children)


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


def decision_map(
    people: Sequence[ContactData],
    max_width: float,
    max_height: float,
    lang: str,
    legend: Flowable | None = None,
) -> list[Flowable]:
    """Flowables showing the decision map of ``people`` within the given size, at full
    size; ``legend`` is kept on the page of the first part of the map."""
    out: list[Flowable] = []
    for row in _rows(_split(forest(people), max_width), max_width):
        drawing = _drawing(row, lang)
        if drawing.height > max_height:
            out.extend(_outline(row, lang))
            continue
        drawing.hAlign = "CENTER"
        out.append(drawing)
        out.append(Spacer(1, GAP_Y / 2))
    if legend is not None and out:
        out[0] = KeepTogether([legend, Spacer(1, 3), out[0]])
    return out
