"""The decision map: the customer's people as a reports-to tree, each box coloured by
attitude to us (supporter green, neutral amber, opponent red) and badged with the
decision role, with our owner of the relationship underneath."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from kam.accounts.people import ContactData

BOX_W, BOX_H, GAP_X, GAP_Y = 168.0, 74.0, 18.0, 46.0
FILL = {"supporter": "#e3f4e6", "neutral": "#fdf3d8", "opponent": "#fbe2e0"}
EDGE = {"supporter": "#3c9a55", "neutral": "#c79a2c", "opponent": "#c9453b"}
ID_KEY = 0


def badge_text(role: str) -> str:
    """The one-character role mark (决 / 影 / 用 / 把 / 内 in Chinese)."""
    return {
        "decision_maker": QCoreApplication.translate("DecisionMap", "D"),
        "influencer": QCoreApplication.translate("DecisionMap", "I"),
        "user": QCoreApplication.translate("DecisionMap", "U"),
        "gatekeeper": QCoreApplication.translate("DecisionMap", "G"),
        "coach": QCoreApplication.translate("DecisionMap", "C"),
    }.get(role, "")


def tree_of(people: list[ContactData]) -> tuple[list[int], dict[int, list[int]]]:
    """Roots and children by id; a boss outside the list, or a cycle in old data,
    makes the person a root so that everyone appears exactly once."""
    ids = {p.id for p in people if p.id is not None}
    boss = {p.id: p.reports_to_id for p in people if p.id is not None}
    children: dict[int, list[int]] = {i: [] for i in ids}
    roots: list[int] = []
    for p in people:
        assert p.id is not None
        parent = p.reports_to_id
        seen = {p.id}
        while parent is not None and parent in ids and parent not in seen:
            seen.add(parent)
            parent = boss.get(parent)
        cyclic = parent is not None and parent in seen
        if p.reports_to_id in ids and not cyclic:
            children[p.reports_to_id].append(p.id)
        else:
            roots.append(p.id)
    return roots, children


def layout_tree(roots: list[int], children: dict[int, list[int]]) -> dict[int, QPointF]:
    """Top-left corner per person: leaves side by side, each boss centred above."""
    pos: dict[int, QPointF] = {}
    next_x = [0.0]

    def place(node: int, depth: int) -> float:
        kids = children.get(node, [])
        if kids:
            centres = [place(k, depth + 1) for k in kids]
            centre = (centres[0] + centres[-1]) / 2
        else:
            centre = next_x[0] + BOX_W / 2
            next_x[0] += BOX_W + GAP_X
        pos[node] = QPointF(centre - BOX_W / 2, depth * (BOX_H + GAP_Y))
        return centre

    for root in roots:
        place(root, 0)
        next_x[0] += GAP_X  # a little air between separate trees
    return pos


class PersonBox(QGraphicsRectItem):
    def __init__(self, person: ContactData) -> None:
        super().__init__(0, 0, BOX_W, BOX_H)
        attitude = person.attitude if person.attitude in FILL else "neutral"
        self.setBrush(QBrush(QColor(FILL[attitude])))
        pen = QPen(QColor(EDGE[attitude]), 1.6)
        if person.status != "active":
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setData(ID_KEY, person.id)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        bold = QFont()
        bold.setBold(True)
        name = QGraphicsSimpleTextItem(person.name + (" ★" if person.rising_star else ""), self)
        name.setFont(bold)
        name.setPos(10, 8)
        title = " · ".join(t for t in (person.department, person.title) if t)
        sub = QGraphicsSimpleTextItem(_elide(title, QFont()), self)
        sub.setBrush(QColor("#4a5563"))
        sub.setPos(10, 30)
        owner = QGraphicsSimpleTextItem(
            QCoreApplication.translate("DecisionMap", "Ours: %1").replace("%1", person.owner)
            if person.owner
            else QCoreApplication.translate("DecisionMap", "No owner"),
            self,
        )
        owner.setBrush(QColor("#1f6feb" if person.owner else "#9aa3ad"))
        owner.setPos(10, 50)
        badge = badge_text(person.decision_role)
        if badge:
            disc = QGraphicsRectItem(BOX_W - 30, 6, 24, 24, self)
            disc.setBrush(QColor(EDGE[attitude]))
            disc.setPen(QPen(Qt.PenStyle.NoPen))
            mark = QGraphicsSimpleTextItem(badge, disc)
            mark.setFont(bold)
            mark.setBrush(QColor("white"))
            rect = mark.boundingRect()
            mark.setPos(BOX_W - 18 - rect.width() / 2, 18 - rect.height() / 2)
        self.setToolTip("\n".join(x for x in (person.name, title, person.notes[:200]) if x))


def _elide(text: str, font: QFont) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, BOX_W - 20)


class DecisionMap(QGraphicsView):
    """The people of one account as an org chart.

    Signals:
        person_activated(int): a person's box was double-clicked (their id).
    """

    person_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionMap")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.boxes: dict[int, PersonBox] = {}

    def set_people(self, people: list[ContactData]) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes = {}
        if not people:
            empty = scene.addSimpleText(
                QCoreApplication.translate("DecisionMap", "No people recorded yet.")
            )
            empty.setBrush(QColor("#6b7280"))
            return
        by_id = {p.id: p for p in people if p.id is not None}
        roots, children = tree_of(people)
        pos = layout_tree(roots, children)
        edge_pen = QPen(QColor("#9aa3ad"), 1.2)
        for boss, kids in children.items():
            for kid in kids:
                start = pos[boss] + QPointF(BOX_W / 2, BOX_H)
                end = pos[kid] + QPointF(BOX_W / 2, 0)
                mid_y = start.y() + GAP_Y / 2
                path = QPainterPath(start)
                path.lineTo(start.x(), mid_y)
                path.lineTo(end.x(), mid_y)
                path.lineTo(end)
                line = QGraphicsPathItem(path)
                line.setPen(edge_pen)
                scene.addItem(line)
        for pid, point in pos.items():
            box = PersonBox(by_id[pid])
            box.setPos(point)
            scene.addItem(box)
            self.boxes[pid] = box
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-16, -16, 16, 16))
        self.fit()

    def fit(self) -> None:
        """Shrinks a wide chart to the view (down to 70 %; beyond that it scrolls)."""
        self.resetTransform()
        rect = self.sceneRect()
        view = self.viewport().size()
        if rect.isEmpty() or view.isEmpty():
            return
        scale = min(1.0, view.width() / rect.width(), view.height() / rect.height())
        scale = max(scale, 0.7)
        self.scale(scale, scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, PersonBox):
            item = item.parentItem()
        if isinstance(item, PersonBox):
            self.person_activated.emit(int(item.data(ID_KEY)))
            return
        super().mouseDoubleClickEvent(event)

    def box_rect(self, person_id: int) -> QRectF:
        return self.boxes[person_id].sceneBoundingRect()
