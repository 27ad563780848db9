"""The decision map's layout: reporting trees, people who left, cycles, wide and flat
organisations, and the outline it falls back to when boxes would be unreadable."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from kam.accounts.people import ContactData
from kam.profile.decision_map import decision_map, forest
from kam.reports.charts import bar_chart, line_chart, pie_chart
from kam.reports.document import PageMarks, render_pdf
from tests.profile.pdftext import read_pdf


def person(pid: int, boss: int | None = None, **kw: object) -> ContactData:
    return ContactData(account_id=1, id=pid, name=f"人{pid}", reports_to_id=boss, **kw)  # type: ignore[arg-type]


def test_trees_follow_reports_to_and_skip_people_who_left() -> None:
    people = [
        person(1),
        person(2, 1),
        person(3, 1),
        person(4, 2),
        person(5, 1, status="left"),
        person(6, 5),
    ]
    roots = forest(people)
    # 6 reported to someone who left: they become a root rather than vanish
    assert [r.person.id for r in roots] == [1, 6]
    assert [c.person.id for c in roots[0].children] == [2, 3]
    assert [c.person.id for c in roots[0].children[0].children] == [4]


def test_a_reporting_cycle_does_not_hang_or_lose_anyone() -> None:
    people = [person(1, 2), person(2, 1), person(3, 1)]
    shown = decision_map(people, 480, 480, "en")
    names = " ".join(
        s.text for d in shown if isinstance(d, Drawing) for s in d.contents if hasattr(s, "text")
    )
    for p in people:
        assert p.name in names


def test_many_unconnected_people_wrap_into_rows_that_fit() -> None:
    people = [person(i, owner="王建国") for i in range(1, 13)]
    shown = [f for f in decision_map(people, 480, 480, "zh_CN") if isinstance(f, Drawing)]
    assert len(shown) == 3
    assert all(d.width <= 480 for d in shown)


def _strings(drawings: list[Drawing]) -> list:
    return [s for d in drawings for s in d.contents if hasattr(s, "text")]


def test_a_very_wide_tree_is_split_not_shrunk() -> None:
    people = [person(1)] + [person(i, 1, department="设备部", title="部长") for i in range(2, 15)]
    shown = [f for f in decision_map(people, 480, 480, "zh_CN") if isinstance(f, Drawing)]
    assert len(shown) >= 3 and all(d.width <= 480 for d in shown)
    strings = _strings(shown)
    assert min(s.fontSize for s in strings) >= 7 and all(d.transform[0] == 1 for d in shown)
    texts = [s.text for s in strings]
    assert "下属 13 人，见后续分组" in texts and texts.count("上级：人1") == 13
    # each box names the department as well as the title
    assert texts.count("设备部") == 13 and texts.count("部长") == 13


def test_someone_who_changed_post_is_drawn_inactive() -> None:
    people = [person(1, title="部长", department="采购部", status="changed_post")]
    [drawing] = [f for f in decision_map(people, 480, 480, "zh_CN") if isinstance(f, Drawing)]
    frame = next(s for s in drawing.contents if not hasattr(s, "text"))
    assert frame.strokeDashArray and "人1（已调岗）" in [s.text for s in _strings([drawing])]


def test_charts_draw_gaps_for_missing_values_and_embed_the_font() -> None:
    charts = [
        bar_chart(["2021", "2022"], [("收入", [None, 5.0])], width=200, height=150, title="收入"),
        line_chart(
            ["2021", "2022", "2023"], [("回款率", [90.0, None, 80.0])], width=200, height=150
        ),
        pie_chart(["我方", "对手"], [60.0, 40.0], width=300, height=150, highlight=0),
    ]
    pdf = read_pdf(render_pdf(charts, PageMarks(subject="charts", lang="zh_CN")))
    assert "收入" in pdf.text and "回款率" in pdf.text and "我方" in pdf.text
