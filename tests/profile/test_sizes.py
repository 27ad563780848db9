"""Every document copes with an account that has nothing, one record, or a full history
(issue 14 item 0): the profile, the visit brief and the rating pack all print."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF

from kam.domain import Account, Contract, Payment, QualityRecord, Visit
from kam.profile.data import gather_profile
from kam.profile.pdf import render_profile
from kam.rating import service as rating
from kam.rating.analysis import ParetoPoint, PyramidLayer
from kam.rating.pdf_charts import pareto_drawing, pyramid_drawing
from kam.rating.pdf_pack import write_rating_pack
from kam.reports.charts import bar_chart, line_chart, pie_chart
from kam.store import Database
from kam.visits.pdf_brief import write_visit_briefs

TODAY = date(2025, 11, 20)


def _account(db: Database, history: str) -> tuple[int, int]:
    """An account with ``history`` ("none", "one" or "full") and a planned visit."""
    with db.session() as s:
        a = Account(code="NEW", name="新客户钢铁有限公司")
        s.add(a)
        s.flush()
        if history == "none":
            # The pack needs a year with some record; another account brings it.
            other = Account(code="OLD", name="老客户")
            s.add(other)
            s.flush()
            s.add(
                Contract(
                    account_id=other.id,
                    contract_no="X1",
                    signed_on=date(2025, 1, 5),
                    quantity=5,
                    amount=90000,
                )
            )
        if history == "one":
            s.add(
                Contract(
                    account_id=a.id,
                    contract_no="C1",
                    signed_on=TODAY - timedelta(3),
                    quantity=10,
                    amount=180000,
                )
            )
        if history == "full":
            for year in range(2019, 2026):
                c = Contract(
                    account_id=a.id,
                    contract_no=f"C{year}",
                    signed_on=date(year, 3, 1),
                    quantity=100 + year % 7,
                    amount=1_800_000,
                    cost=1_500_000,
                )
                s.add(c)
                s.flush()
                s.add(
                    Payment(
                        account_id=a.id,
                        contract_id=c.id,
                        paid_on=date(year, 9, 1),
                        amount=1_700_000,
                    )
                )
                s.add(
                    QualityRecord(
                        account_id=a.id,
                        reported_on=date(year, 5, 1),
                        description="剥落",
                        loss_amount=20000,
                    )
                )
        visit = Visit(
            account_id=a.id, layer="business", planned_on=TODAY + timedelta(2), purpose="首次拜访"
        )
        s.add(visit)
        s.flush()
        return a.id, visit.id


def _pages(path_or_bytes: Path | bytes) -> int:
    from io import BytesIO

    source = BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return len(PdfReader(source).pages)


@pytest.mark.parametrize("history", ["none", "one", "full"])
def test_every_document_prints(db: Database, tmp_path: Path, history: str) -> None:
    account_id, visit_id = _account(db, history)
    with db.session() as s:
        data = gather_profile(s, account_id, TODAY)
    assert _pages(render_profile(data)) >= 1
    brief = tmp_path / "brief.pdf"
    write_visit_briefs(db, brief, [visit_id], today=TODAY)
    assert _pages(brief) == 1
    run = rating.run_rating(db, TODAY.year)
    pack = tmp_path / "pack.pdf"
    write_rating_pack(db, run.id, pack)
    assert _pages(pack) >= 3


@pytest.mark.parametrize("n", [0, 1, 2, 5])
def test_charts_take_any_number_of_points(n: int) -> None:
    labels = [str(2020 + i) for i in range(n)]
    values = [float(i + 1) * 10 for i in range(n)]
    gaps = [None if i % 2 else v for i, v in enumerate(values)]
    drawings = [
        bar_chart(labels, [("a", values)], width=200, height=150),
        bar_chart(labels, [("a", values), ("b", gaps)], width=200, height=150),
        line_chart(labels, [("a", values), ("b", gaps), ("c", [None] * n)], width=200, height=150),
        pie_chart(labels, values, width=300, height=150),
        pareto_drawing([ParetoPoint(v, v) for v in values], [], 300),
        pyramid_drawing(
            [PyramidLayer("important", 1, v, 100.0, v, 100.0, ()) for v in values[:4]], 300
        ),
    ]
    for drawing in drawings:
        assert renderPDF.drawToString(drawing)


def test_series_differ_by_more_than_colour() -> None:
    """Black-and-white printing (issue 14 item 9): lines differ by dash, bars of several
    series by shade and outline, pie slices carry their names."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart

    from kam.reports.charts import DASHES, MARKERS

    assert len(set(map(str, DASHES))) == len(DASHES) and len(set(MARKERS)) == len(MARKERS)
    drawing = line_chart(
        ["2024", "2025"], [("a", [1.0, 2.0]), ("b", [2.0, 3.0])], width=200, height=150
    )
    chart = next(c for c in drawing.contents if isinstance(c, HorizontalLineChart))
    assert chart.lines[0].strokeDashArray != chart.lines[1].strokeDashArray
    pie = pie_chart(["我方", "对手"], [60.0, 40.0], width=300, height=150)
    assert pie.contents[-1].labels == ["我方  60.0", "对手  40.0"]
    pareto = pareto_drawing(
        [ParetoPoint(0, 0), ParetoPoint(100, 100)], [ParetoPoint(0, 0), ParetoPoint(100, 100)], 300
    )
    assert pareto.contents[0].lines[1].strokeDashArray
