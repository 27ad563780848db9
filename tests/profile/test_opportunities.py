"""Sales opportunities (商机) are in the profile and in the visit brief (issue 14 item 4):
kind, stage, next step, owner and due date (an open one past its due date says so)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kam.domain import Account, Opportunity, Staff, Visit
from kam.i18n import set_language
from kam.profile.data import gather_profile
from kam.profile.pdf import ProfileOptions, render_profile
from kam.visits.pdf_brief import write_visit_briefs
from tests.profile.pdftext import read_pdf

TODAY = date(2025, 11, 20)


def test_profile_and_brief_show_open_opportunities(db, tmp_path: Path) -> None:
    with db.session() as s:
        wang = Staff(name="王建国", layer="business")
        a = Account(code="HB", name="河北钢铁")
        s.add_all([wang, a])
        s.flush()
        s.add_all(
            [
                Opportunity(
                    account_id=a.id,
                    kind="supplier_evaluation",
                    noted_on=TODAY,
                    description="三月供应商评审",
                    next_step="提交评审材料",
                    owner_id=wang.id,
                    due_on=date(2025, 12, 15),
                ),
                Opportunity(
                    account_id=a.id,
                    kind="new_product",
                    noted_on=date(2025, 9, 1),
                    description="新钢种试轧",
                    next_step="送样",
                    due_on=date(2025, 11, 1),
                ),
                Opportunity(
                    account_id=a.id,
                    kind="cost_down",
                    noted_on=date(2023, 1, 5),
                    status="missed",
                    closed_on=date(2023, 6, 1),
                    description="旧商机",
                ),
            ]
        )
        visit = Visit(account_id=a.id, layer="business", planned_on=TODAY + timedelta(3))
        s.add(visit)
        s.flush()
        account_id, visit_id = a.id, visit.id
    with db.session() as s:
        data = gather_profile(s, account_id, TODAY)
    text = read_pdf(render_profile(data, ProfileOptions(lang="zh_CN"))).flat()
    for expected in (
        "销售商机",
        "三月供应商评审",
        "提交评审材料",
        "王建国",
        "期限",
        "2025-12-15",
        "2025-11-01（逾期）",
    ):
        assert expected in text, expected
    assert "2025-12-15（逾期）" not in text
    assert "旧商机" not in text  # closed long ago
    set_language("zh_CN")
    out = tmp_path / "brief.pdf"
    write_visit_briefs(db, out, [visit_id], lang="zh_CN", today=TODAY)
    text = read_pdf(out).flat()
    for expected in (
        "进行中的商机",
        "三月供应商评审",
        "提交评审材料",
        "王建国",
        "2025-12-15",
        "2025-11-01",
    ):
        assert expected in text, expected
    # the most pressing first: the one overdue by 19 days, then the one due in December
    assert text.index("新钢种试轧") < text.index("三月供应商评审")
    assert "已逾期19天" in text
