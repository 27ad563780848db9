"""The decision map's layout: reporting trees, people who left, cycles, wide and flat
organisations, and the outline it falls back to when boxes would be unreadable."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Paragraph

from kam.reports.charts import bar_chart, line_chart, pie_chart
from kam.reports.decision_map import decision_map, forest
from kam.reports.document import PageMarks, render_pdf
from kam.reports.profile_data import Person
from tests.reports.pdftext import read_pdf


def person(pid: int, boss: int | None = None, **kw: object) -> Person:
    return Person(id=pid, name=f"人{pid}", reports_to_id=boss, **kw)  # type: ignore[arg-type]


def test_trees_follow_reports_to_and_skip_people_who_left() -> None:
    people = [person(1), person(2, 1), person(3, 1), person(4, 2), person(5, 1, status="left"),
              person(6, 5)]
    roots = forest(people)
    # 6 reported to someone who left: they become a root rather than vanish
    assert [r.person.id for r in roots] == [1, 6]
    assert [c.person.id for c in roots[0].children] == [2, 3]
    assert [c.person.id for c in roots[0].children[0].children] == [4]


def test_a_reporting_cycle_does_not_hang_or_lose_anyone() -> None:
    people = [person(1, 2), person(2, 1), person(3, 1)]
    shown = decision_map(people, 480, 480, "en")
    names = " ".join(s.text for d in shown if isinstance(d, Drawing)
                     for s in d.contents if hasattr(s, "text"))
    for p in people:
        assert p.name in names


def test_many_unconnected_people_wrap_into_rows_that_fit() -> None:
    people = [person(i, owner="王建国") for i in range(1, 13)]
    shown = [f for f in decision_map(people, 480, 480, "zh_CN") if isinstance(f, Drawing)]
    assert len(shown) == 3
    assert all(d.width <= 480 for d in shown)


def test_a_very_wide_tree_becomes_an_outline() -> None:
    people = [person(1)] + [person(i, 1) for i in range(2, 15)]
    shown = decision_map(people, 480, 480, "en")
    assert all(isinstance(f, Paragraph) for f in shown)
    assert len(shown) == 14
    pdf = read_pdf(render_pdf(shown, PageMarks(subject="x", lang="en")))
    assert "No owner" not in pdf.text and "人14" in pdf.text


def test_charts_draw_gaps_for_missing_values_and_embed_the_font() -> None:
    charts = [
        bar_chart(["2021", "2022"], [("收入", [None, 5.0])], width=200, height=150, title="收入"),
        line_chart(["2021", "2022", "2023"], [("回款率", [90.0, None, 80.0])], width=200,
                   height=150),
        pie_chart(["我方", "对手"], [60.0, 40.0], width=300, height=150, highlight=0),
    ]
    pdf = read_pdf(render_pdf(charts, PageMarks(subject="charts", lang="zh_CN")))
    assert "收入" in pdf.text and "回款率" in pdf.text and "我方" in pdf.text
