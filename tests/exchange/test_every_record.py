"""Every record travels (issue 11): the demo company survives export → import into an
empty file table by table and row by row with its uuids; editing cells of an exported
workbook updates exactly those records; Chinese headers carry Chinese values."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from kam.domain import Account, Contact, Visit
from kam.exchange import export_workbook, import_workbook
from kam.profile.data import gather_profile
from kam.profile.pdf import ProfileOptions, render_profile
from kam.store import Database, open_database
from tests.profile.pdftext import read_pdf

from .snapshot import differences, snapshot

TODAY = date(2025, 11, 20)


def _empty(template_db: Path, path: Path) -> Database:
    path.write_bytes(template_db.read_bytes())
    return open_database(path)


def _profile_text(db: Database, code: str) -> list[str]:
    with db.session() as s:
        account_id = s.scalar(select(Account.id).where(Account.code == code))
        assert account_id is not None
        data = gather_profile(s, account_id, TODAY)
    return read_pdf(render_profile(data, ProfileOptions(lang="zh_CN", printed_on=TODAY))).pages


def _richest_account(db: Database) -> str:
    with db.session() as s:
        rows = s.execute(select(Account.code, Account.id)).all()
        return max(
            rows,
            key=lambda r: len(
                s.scalars(select(Contact.id).where(Contact.account_id == r.id)).all()
            ),
        ).code


def test_the_demo_company_survives_the_round_trip_row_by_row(
    demo_db: Database, template_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "all.xlsx"
    result = export_workbook(demo_db, path)
    for sheet in (
        "CompetitorShares",
        "ProductItems",
        "ProductionLines",
        "DevelopmentPlans",
        "FollowUps",
        "Opportunities",
        "Staff",
        "Absences",
        "SalesPolicies",
        "RatingRuns",
        "RatingResults",
        "WarningAcks",
    ):
        assert result.rows[sheet] > 0, sheet
    empty = _empty(template_db, tmp_path / "empty.sqlite3")
    try:
        report = import_workbook(empty, path)
        assert report.ok and report.written, report.problem_lines()
        before, after = snapshot(demo_db), snapshot(empty)
        assert differences(before, after) == []
        assert all(
            after[t]
            for t in (
                "competitor_share",
                "visit_contact",
                "visit_staff",
                "visit_quality",
                "rating_result",
                "warning_ack",
            )
        )
        code = _richest_account(demo_db)
        assert _profile_text(empty, code) == _profile_text(demo_db, code)
        # Importing the same file again changes nothing, in the new file as in the old.
        again = import_workbook(empty, path, dry_run=True)
        assert again.ok and sum(again.added.values()) == 0 and sum(again.updated.values()) == 0
    finally:
        empty.close()


def test_edited_cells_update_exactly_those_records(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "all.xlsx"
    export_workbook(demo_db, path)
    before = snapshot(demo_db)
    book = load_workbook(path)
    visits, contacts, shares = book["Visits"], book["Contacts"], book["CompetitorShares"]
    payments = book["Payments"]

    def cell(ws, row: int, key: str):  # type: ignore[no-untyped-def]
        header = [c.value for c in ws[1]]
        return ws.cell(row=row, column=header.index(key) + 1)

    moved = cell(visits, 5, "planned_on")
    moved.value = moved.value + timedelta(days=3)
    cell(contacts, 7, "title").value = "总经理助理"
    cell(shares, 9, "share_pct").value = 42.5
    cell(payments, 11, "amount").value = cell(payments, 11, "amount").value + 1000
    edited = {
        cell(visits, 5, "uuid").value: ("visit", "planned_on"),
        cell(payments, 11, "uuid").value: ("payment", "amount"),
        cell(contacts, 7, "uuid").value: ("contact", "title"),
        cell(shares, 9, "uuid").value: ("competitor_share", "share_pct"),
    }
    book.save(path)

    report = import_workbook(demo_db, path)
    assert report.ok and report.written, report.problem_lines()
    assert sum(report.added.values()) == 0
    assert {k: v for k, v in report.updated.items() if v} == {
        "Visits": 1,
        "Contacts": 1,
        "CompetitorShares": 1,
        "Payments": 1,
    }
    after = snapshot(demo_db)
    changed = {
        (table, u, col.rstrip(":"))
        for table, u, col, *_rest in (line.split() for line in differences(before, after))
    }
    assert changed == {(table, u, col) for u, (table, col) in edited.items()} | {
        (table, u, "changed_by")
        for u, (table, _col) in edited.items()
        if before[table][u]["changed_by"] != "tester"
    }
    visit = after["visit"][cell(visits, 5, "uuid").value]
    assert visit["planned_on"] == moved.value.date()
    assert after["contact"][cell(contacts, 7, "uuid").value]["title"] == "总经理助理"


def test_chinese_headers_write_chinese_values_and_read_them_back(
    demo_db: Database, template_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "zh.xlsx"
    export_workbook(demo_db, path, chinese_headers=True)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames[:3] == ["客户", "联系人", "合同"]

    def column(sheet: str, label: str) -> set[object]:
        rows = list(book[sheet].iter_rows(values_only=True))
        i = rows[0].index(label)
        return {r[i] for r in rows[1:]}

    assert {"领导层", "技术层", "业务层"} <= column("走访", "层面")
    assert "完成" in column("走访", "状态")
    assert "决策者" in column("联系人", "决策角色") and "支持" in column("联系人", "态度")
    assert column("客户", "大客户") <= {"是", "否"}
    assert column("市场份额", "我方") == {"是", "否"}
    header = next(iter(book["客户"].iter_rows(max_row=1, values_only=True)))
    assert header[-2:] == ("修改人", "uuid")
    book.close()
    empty = _empty(template_db, tmp_path / "empty.sqlite3")
    try:
        report = import_workbook(empty, path)
        assert report.ok, report.problem_lines()
        assert differences(snapshot(demo_db), snapshot(empty)) == []
    finally:
        empty.close()


def test_the_header_row_is_frozen_filtered_and_wide_enough_for_chinese(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "zh.xlsx"
    export_workbook(demo_db, path, chinese_headers=True)
    book = load_workbook(path)
    ws = book["客户"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
    names = [c.value for c in ws["B"][1:]]
    longest = max(names, key=len)
    # A Chinese character takes about two widths of a Latin one.
    assert ws.column_dimensions["B"].width >= 2 * len(longest)
    assert ws.column_dimensions["A"].width < 20  # codes stay narrow


def test_a_visit_keeps_its_people_and_takes_new_ones(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "all.xlsx"
    export_workbook(demo_db, path)
    book = load_workbook(path)
    ws = book["Visits"]
    header = [c.value for c in ws[1]]
    at = {k: header.index(k) + 1 for k in ("staff_links", "contact_links", "uuid")}
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, at["staff_links"]).value)
    visit_uuid = ws.cell(row, at["uuid"]).value
    ws.cell(row, at["staff_links"]).value = "新同事、" + ws.cell(row, at["staff_links"]).value
    ws.cell(row, at["contact_links"]).value = None
    book.save(path)
    report = import_workbook(demo_db, path)
    assert report.ok, report.problem_lines()
    assert report.added["Staff"] == 1 and report.updated["Visits"] == 1
    with demo_db.session() as s:
        visit = s.scalars(select(Visit).where(Visit.uuid == visit_uuid)).one()
        assert "新同事" in {p.name for p in visit.staff} and len(visit.staff) >= 2
        assert visit.contacts == []


def test_two_contacts_of_one_name_stay_two_and_keep_their_visits_and_boss(
    db: Database, template_db: Path, tmp_path: Path
) -> None:
    with db.session() as s:
        account = Account(code="C1", name="河北钢铁", pinyin="hebeigangtie", pinyin_initials="hbgt")
        one, two = (
            Contact(account=account, name="王伟", title="处长"),
            Contact(account=account, name="王伟", title="工程师"),
        )
        s.add_all([account, one, two])
        s.flush()
        two.reports_to = one  # a boss whose name the account's other 王伟 shares
        s.add(
            Visit(
                account_id=account.id,
                layer="technical",
                planned_on=date(2025, 3, 1),
                contacts=[two],
            )
        )
    path = tmp_path / "same.xlsx"
    export_workbook(db, path)
    empty = _empty(template_db, tmp_path / "empty.sqlite3")
    try:
        report = import_workbook(empty, path)
        assert report.ok, report.problem_lines()
        assert differences(snapshot(db), snapshot(empty)) == []
        again = import_workbook(empty, path)
        assert again.ok and again.unchanged["Contacts"] == 2
    finally:
        empty.close()
