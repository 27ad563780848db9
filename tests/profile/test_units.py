"""Money in 万元 with a unit on every axis and table, and the part year labelled 截至
(issue 14 items 2 and 3)."""

from __future__ import annotations

import re
from datetime import date

from kam.profile.data import gather_profile
from kam.profile.pdf import ProfileOptions, render_profile
from kam.reports.units import wan, wan_axis, year_label
from tests.profile.conftest import TODAY, add_rich
from tests.profile.pdftext import read_pdf


def test_wan_formats() -> None:
    assert wan(15_796_600) == "1,579.7"
    assert wan(None) == "—"
    assert wan_axis(158_000_000) == "15,800"
    assert wan_axis(50_000) == "5.0"
    assert year_label(2025, date(2025, 12, 2), "zh_CN") == "2025 截至 12-02"
    assert year_label(2024, date(2025, 12, 2), "zh_CN") == "2024"
    assert year_label(2025, date(2025, 12, 31), "zh_CN") == "2025"


def test_profile_money_is_in_wan_and_the_current_year_says_so(db) -> None:
    account_id = add_rich(db)
    with db.session() as s:
        data = gather_profile(s, account_id, TODAY)
    pdf = read_pdf(render_profile(data, ProfileOptions(lang="zh_CN", printed_on=TODAY)))
    flat = pdf.flat()
    assert "销售收入（万元）" in flat and "回款（万元）" in flat and "单价（元/吨）" in flat
    assert "2025截至11-20" in flat
    # 320 t × 18,000 yuan in 2025 = 576 万元; no "5.8M"-style axis labels.
    assert "576.0" in flat
    assert not re.search(r"\d(\.\d)?[Mk]\b", pdf.text)
    assert "欠款合计（万元）" in flat
