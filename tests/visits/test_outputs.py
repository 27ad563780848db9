"""What leaves the app: the ICS file parsed back, the plan and brief PDFs read back as
text, and the ``kam visits`` commands."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from kam.cli import main
from kam.store import Database
from kam.visits.ics import local_zone, visit_uid, write_ics
from kam.visits.pdf_brief import write_visit_briefs
from kam.visits.pdf_plan import write_visit_plan
from kam.visits.queries import list_visits
from kam.visits.service import FollowUpData, VisitData, cancel_visit, get_visit, save_visit

from .conftest import Company

TODAY = date.today()
START = TODAY + timedelta(days=1)


def _plan(db: Database, c: Company) -> dict[str, int]:
    ids = {}
    ids["timed"] = save_visit(
        db,
        VisitData(
            account_id=c.hb,
            layer="technical",
            planned_on=START,
            start_time=time(14, 30),
            duration_min=90,
            purpose="处理辊面剥落",
            staff_ids=[c.li],
            contact_ids=[c.hb_chief],
            agenda="1. 现场查看\n2. 取样",
        ),
    ).id
    ids["allday"] = save_visit(
        db,
        VisitData(
            account_id=c.sg,
            layer="leader",
            planned_on=START + timedelta(days=3),
            purpose="年度高层互访",
            staff_ids=[c.zhao],
        ),
    ).id
    ids["cancel"] = save_visit(
        db,
        VisitData(
            account_id=c.hb,
            layer="business",
            planned_on=START + timedelta(days=5),
            purpose="对账",
            staff_ids=[c.wang],
        ),
    ).id
    cancel_visit(db, ids["cancel"], "客户临时有会")
    ids["past"] = save_visit(
        db,
        VisitData(
            account_id=c.hb,
            layer="business",
            planned_on=TODAY - timedelta(days=20),
            status="done",
            outcome="客户承诺月底付款",
            staff_ids=[c.wang],
            follow_ups=[FollowUpData("跟踪回款", c.wang, TODAY - timedelta(days=5))],
        ),
    ).id
    return ids


def test_ics_round_trip(db: Database, company: Company, tmp_path: Path) -> None:
    ids = _plan(db, company)
    rows = list_visits(db, start=START, end=START + timedelta(days=30))
    out = tmp_path / "v.ics"
    assert write_ics(rows, out) == 3
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    timed = events[visit_uid(get_visit(db, ids["timed"]).uuid)]
    assert str(timed["SUMMARY"]) == "河北钢铁 · Technical layer"
    assert timed.decoded("DTSTART") == datetime.combine(START, time(14, 30), tzinfo=local_zone())
    assert timed.decoded("DTEND") - timed.decoded("DTSTART") == timedelta(minutes=90)
    assert "处理辊面剥落" in str(timed["DESCRIPTION"])
    assert "李工" in str(timed["DESCRIPTION"]) and "张志强" in str(timed["DESCRIPTION"])
    assert str(timed["LOCATION"]).startswith("河北省")
    allday = events[visit_uid(get_visit(db, ids["allday"]).uuid)]
    assert allday.decoded("DTSTART") == START + timedelta(days=3)
    assert allday.decoded("DTEND") == START + timedelta(days=4)
    cancelled = events[visit_uid(get_visit(db, ids["cancel"]).uuid)]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    # Re-exporting gives the same UIDs, so calendars update rather than duplicate.
    again = tmp_path / "again.ics"
    write_ics(list_visits(db, start=START, end=START + timedelta(days=30)), again)
    assert {str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")} == set(
        events
    )


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_visit_plan_pdf_lists_the_persons_visits(
    db: Database, company: Company, tmp_path: Path
) -> None:
    _plan(db, company)
    out = tmp_path / "plan.pdf"
    n = write_visit_plan(
        db, out, start=START, end=START + timedelta(days=90), owner="李工", lang="zh_CN"
    )
    assert n == 1
    text = _text(out)
    assert "拜访计划" in text and "河北钢铁" in text and "技术层" in text
    assert "处理辊面剥落" in text and "14:30" in text and "商业秘密" in text
    assert "沙钢" not in text.replace("江苏沙钢集团", "")
    assert "第 1 页 / 共 1 页" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    font_lines = fonts.splitlines()[2:]
    assert font_lines and all(
        "KAMHei" in line and " yes yes " in line for line in font_lines
    )  # embedded and subset


def test_plan_leaves_out_cancelled_unless_asked(
    db: Database, company: Company, tmp_path: Path
) -> None:
    _plan(db, company)
    out = tmp_path / "p.pdf"
    assert (
        write_visit_plan(db, out, start=START, end=START + timedelta(days=30), layer="business")
        == 0
    )
    assert "No visits in this period" in _text(out)
    assert (
        write_visit_plan(
            db,
            out,
            start=START,
            end=START + timedelta(days=30),
            layer="business",
            include_cancelled=True,
        )
        == 1
    )
    assert "客户临时有会" in _text(out)


def test_visit_brief_is_one_page_with_everything_to_know(
    db: Database, company: Company, tmp_path: Path
) -> None:
    ids = _plan(db, company)
    out = tmp_path / "brief.pdf"
    assert write_visit_briefs(db, out, [ids["timed"], ids["allday"]], lang="zh_CN") == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text()
    for expected in (
        "拜访简报：河北钢铁",
        "客户概况",
        "等级 A",
        "大客户",
        "拜访对象",
        "张志强",
        "技术中心",
        "影响者",
        "不喝酒",
        "刘建国",
        "决策者",
        "钓鱼",
        "各层面最近拜访",
        "客户承诺月底付款",
        "跟踪回款",
        "已逾期 5 天",
        "精轧工作辊辊面剥落",
        "交货晚了一周",
        "欠款与质量问题",
    ):
        assert expected in first, expected


def test_cli_plan_ics_and_bad_arguments(
    db_path: Path, db: Database, company: Company, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    _plan(db, company)
    frm, to = START.isoformat(), (START + timedelta(days=30)).isoformat()
    pdf, ics = tmp_path / "plan.pdf", tmp_path / "v.ics"
    base = ["--db", str(db_path), "visits"]
    assert (
        main([*base, "plan", "--from", frm, "--to", to, "--owner", "李工", "--out", str(pdf)]) == 0
    )
    assert "河北钢铁" in _text(pdf)
    assert (
        main([*base, "ics", "--from", frm, "--to", to, "--layer", "领导层", "--out", str(ics)]) == 0
    )
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 1
    assert main([*base, "plan", "--from", to, "--to", frm, "--out", str(pdf)]) == 2
    assert (
        main([*base, "plan", "--from", frm, "--to", to, "--owner", "无名氏", "--out", str(pdf)])
        == 2
    )
    err = capsys.readouterr().err
    assert "is before --from" in err and "unknown staff member: 无名氏" in err
    assert main([*base, "brief", "--from", frm, "--to", to, "--out", str(tmp_path / "b.pdf")]) == 0
    assert len(PdfReader(tmp_path / "b.pdf").pages) == 2  # the cancelled one has no brief
    assert main([*base, "cadence", "--format", "csv"]) == 0
    assert "HB,河北钢铁集团,A,leader" in capsys.readouterr().out
