"""No heading or layer label is left alone at the bottom of a page (issue 14 item 6)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from kam.profile.format import Writer, keep_headings
from kam.profile.sections import para_layer
from kam.reports.document import PageMarks, para, render_pdf, styles, table
from tests.profile.pdftext import read_pdf

FRAME = 297 * mm - 2 * 18 * mm


def _page_of(pdf, text: str) -> int:
    return next(i for i, page in enumerate(pdf.pages) if text in page.replace(" ", ""))


def test_a_document_heading_moves_over_with_its_text() -> None:
    st = styles()
    story = [
        Spacer(1, FRAME - 40),
        para("退出大客户清单", st["h2"]),
        para("无。", st["body"]),
        para("说明", st["muted"]),
    ]
    pdf = read_pdf(render_pdf(story, PageMarks(subject="t")))
    assert _page_of(pdf, "退出大客户清单") == _page_of(pdf, "无。") == 1


def test_a_layer_label_moves_over_with_its_table() -> None:
    w = Writer("zh_CN")
    rows = [["2025-01-01", "完成", "王", "张", "目的"]] * 3
    story = [
        Spacer(1, FRAME - 45),
        para_layer(w, "technical"),
        *w.table(["日期", "状态", "我方", "客户", "目的"], rows, [0.2] * 5),
    ]
    pdf = read_pdf(render_pdf(keep_headings(story, w.width), PageMarks(subject="t")))
    assert _page_of(pdf, "技术层") == _page_of(pdf, "2025-01-01") == 1


def test_a_heading_before_a_long_table_does_not_leave_a_blank_page() -> None:
    st = styles()
    rows = [[str(i), "名称"] for i in range(120)]
    story = [para("大客户清单", st["h1"]), table(["#", "名"], rows)]
    pdf = read_pdf(render_pdf(story, PageMarks(subject="t")))
    assert _page_of(pdf, "大客户清单") == 0 and len(pdf.pages) >= 2


def test_the_decision_map_heading_moves_over_with_the_map() -> None:
    from kam.accounts.people import ContactData
    from kam.profile.decision_map import decision_map
    from kam.profile.sections import para_legend

    w = Writer("zh_CN")
    people = [
        ContactData(1, id=1, name="总经理"),
        ContactData(1, id=2, name="部长", reports_to_id=1),
        ContactData(1, id=3, name="主任", reports_to_id=2),
    ]
    story = [
        Spacer(1, FRAME - 120),
        *w.heading(6, "关键人物与决策链"),
        w.subheading("决策链图"),
        *decision_map(people, w.width, 620, "zh_CN", legend=para_legend(w)),
    ]
    pdf = read_pdf(render_pdf(keep_headings(story, w.width), PageMarks(subject="t")))
    assert _page_of(pdf, "决策链图") == _page_of(pdf, "总经理") == 1
