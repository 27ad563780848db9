"""Good input: what gets added, updated or left alone, in every form users send it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kam.domain import (
    Account,
    Complaint,
    Contact,
    Contract,
    ManualScore,
    Payment,
    QualityRecord,
    Staff,
    Visit,
)
from kam.exchange import import_workbook
from kam.store import Database

from .helpers import ACCOUNTS, CONTRACTS, basic, write_xlsx


def test_import_adds_then_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = basic(tmp_path / "a.xlsx")
    first = import_workbook(db, path)
    assert first.ok and first.written
    assert first.added == {"Accounts": 2, "Contracts": 2, "Payments": 3, "Staff": 1}
    second = import_workbook(db, path)
    assert second.ok
    assert second.added == {"Accounts": 0, "Contracts": 0, "Payments": 0}
    assert second.updated == {"Accounts": 0, "Contracts": 0, "Payments": 0}
    assert second.unchanged == {"Accounts": 2, "Contracts": 2, "Payments": 3}
    with db.session() as s:
        assert len(s.scalars(select(Payment)).all()) == 3  # two equal payments stay two
        c = s.scalar(select(Contract).where(Contract.contract_no == "HT-002"))
        assert c is not None and c.amount == 900_000  # quantity × unit_price
        owner = s.scalar(select(Staff.name).join(Account, Account.owner_id == Staff.id))
        assert owner == "李明"
        hb = s.scalar(select(Account).where(Account.code == "C001"))
        assert hb is not None and hb.pinyin.startswith("hebei") and hb.changed_by == "tester"


def test_dry_run_reports_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    report = import_workbook(db, basic(tmp_path / "a.xlsx"), dry_run=True)
    assert report.ok and not report.written
    assert report.added["Contracts"] == 2
    assert report.summary_lines()[0] == "Accounts: 2 to add, 0 to update, 0 unchanged"
    with db.session() as s:
        assert s.scalars(select(Account)).all() == []


def test_changed_rows_are_updated_by_their_natural_key(db: Database, tmp_path: Path) -> None:
    import_workbook(db, basic(tmp_path / "a.xlsx"))
    contracts = [
        CONTRACTS[0],
        ["C001", "HT-001", "2025-03-01", "高速钢轧辊", 100, "t", 26000, 2600000, 2000000],
        CONTRACTS[2],
    ]
    report = import_workbook(db, basic(tmp_path / "b.xlsx", Contracts=contracts), dry_run=True)
    assert report.updated["Contracts"] == 1 and report.added["Contracts"] == 0
    report = import_workbook(db, basic(tmp_path / "b.xlsx", Contracts=contracts))
    with db.session() as s:
        c = s.scalar(select(Contract).where(Contract.contract_no == "HT-001"))
        assert c is not None and c.unit_price == 26000 and c.amount == 2_600_000
        assert len(s.scalars(select(Contract)).all()) == 2


def test_chinese_sheet_names_headers_words_and_a_title_row(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "zh.xlsx",
        {
            "客户": [
                ["2025 年客户台账"],
                [],
                ["编码", "名称", "简称", "关系阶段"],
                ["C001", "河北钢铁集团有限公司", "河北钢铁", "战略合作"],
            ],
            "合同": [
                ["客户编码", "合同号", "签订日期", "产品", "数量", "单位", "单价", "金额（元）"],
                ["河北钢铁", "HT-1", "2025年3月1日", "高速钢轧辊", "10", "t", "30,000", "300,000"],
            ],
            "质量异议": [
                ["客户编码", "日期", "描述", "损失金额", "状态"],
                ["C001", "2025.4.1", "辊面剥落", "¥50,000", "未解决"],
            ],
            "投诉": [
                ["客户编码", "日期", "原因", "描述", "状态"],
                ["C001", "2025/4/2", "服务态度", "到场不及时", "已解决"],
            ],
            "走访": [
                ["客户编码", "层面", "计划日期", "状态", "我方人员", "客户人员", "目的", "结果"],
                ["C001", "技术层", 45750, "完成", "孙海涛", "王工", "跟踪轧辊使用", "良好"],
            ],
            "评级": [["客户编码", "年度", "行业影响力", "商业信誉"], ["C001", 2025, 5, 4]],
        },
    )
    report = import_workbook(db, path)
    assert report.ok, report.problem_lines()
    with db.session() as s:
        account = s.scalar(select(Account))
        assert account is not None and account.stage == "strategic"
        contract = s.scalar(select(Contract))
        assert contract is not None and contract.signed_on == date(2025, 3, 1)
        assert contract.amount == 300_000 and contract.account_id == account.id
        quality = s.scalar(select(QualityRecord))
        assert quality is not None and quality.loss_amount == 50_000 and quality.status == "open"
        complaint = s.scalar(select(Complaint))
        assert complaint is not None and (complaint.cause, complaint.status) == (
            "service",
            "resolved",
        )
        visit = s.scalar(select(Visit))
        assert visit is not None and (visit.layer, visit.status) == ("technical", "done")
        assert visit.planned_on == date(2025, 4, 3)
        score = s.scalar(select(ManualScore))
        assert score is not None and (score.industry_influence, score.reputation) == (5, 4)


def test_unknown_columns_are_kept_as_notes_once(db: Database, tmp_path: Path) -> None:
    accounts = [
        [*ACCOUNTS[0], "微信群", "备注"],
        [*ACCOUNTS[1], "河钢采购群", "老客户"],
        [*ACCOUNTS[2], None, None],
    ]
    contracts = [[*CONTRACTS[0], "业务员"], [*CONTRACTS[1], "李明"], [*CONTRACTS[2], None]]
    path = basic(tmp_path / "u.xlsx", Accounts=accounts, Contracts=contracts)
    import_workbook(db, path)
    import_workbook(db, path)
    with db.session() as s:
        notes = {c: n for c, n in s.execute(select(Account.code, Account.notes))}
        assert notes == {"C001": "老客户\n微信群: 河钢采购群", "C002": ""}
        assert (
            s.scalar(select(Contract.notes).where(Contract.contract_no == "HT-001"))
            == "业务员: 李明"
        )


def test_amount_disagreeing_with_quantity_times_price_is_kept_with_a_warning(
    db: Database, tmp_path: Path
) -> None:
    contracts = [CONTRACTS[0], ["C001", "HT-9", "2025-03-01", "x", 10, "t", 20000, 200100, None]]
    report = import_workbook(db, basic(tmp_path / "w.xlsx", Contracts=contracts, Payments=[]))
    assert report.ok and report.written
    assert report.warning_lines() == [
        "warning: Contracts row 2, column H (amount): 200,100.00 differs from quantity × "
        "unit_price = 200,000.00; the given amount is kept"
    ]
    with db.session() as s:
        assert s.scalar(select(Contract.amount)) == 200_100
    # a difference within a cent is rounding, not a mistake
    contracts = [CONTRACTS[0], ["C001", "HT-9", "2025-03-01", "x", 3, "t", 0.333, 1.0, None]]
    report = import_workbook(db, basic(tmp_path / "c.xlsx", Contracts=contracts, Payments=[]))
    assert report.warning_count == 0


def test_contacts_with_bosses_and_owners(db: Database, tmp_path: Path) -> None:
    contacts = [
        [
            "account",
            "name",
            "department",
            "title",
            "decision_role",
            "attitude",
            "reports_to",
            "owner",
            "birthday",
        ],
        ["C001", "张强", "设备处", "处长", "决策者", "支持", None, "孙海涛", "1972/5/3"],
        ["C001", "刘洋", "设备处", "轧辊主管", "influencer", "中立", "张强", None, None],
    ]
    report = import_workbook(db, basic(tmp_path / "p.xlsx", Contacts=contacts))
    assert report.ok, report.problem_lines()
    with db.session() as s:
        boss, worker = s.scalars(select(Contact).order_by(Contact.id)).all()
        assert worker.reports_to_id == boss.id and boss.decision_role == "decision_maker"
        assert boss.birthday == date(1972, 5, 3) and boss.owner is not None
    assert import_workbook(db, basic(tmp_path / "p.xlsx", Contacts=contacts)).updated == {
        "Accounts": 0,
        "Contacts": 0,
        "Contracts": 0,
        "Payments": 0,
    }


def test_csv_folder_in_utf8_with_bom_without_bom_and_gbk(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "Accounts.csv").write_bytes(
        "\ufeff编码,名称,简称\nC001,河北钢铁集团有限公司,河北钢铁\n".encode()
    )
    (folder / "合同.csv").write_bytes(
        '客户编码,合同号,签订日期,数量,单价\nC001,HT-1,2025/3/1,10,"30,000"\n'.encode("gbk")
    )
    (folder / "Payments.csv").write_bytes(
        b"account,paid_on,amount,contract_no\nC001,2025-04-01,150000,HT-1\n"
    )
    (folder / "readme.txt").write_text("not a sheet")
    report = import_workbook(db, folder)
    assert report.ok, report.problem_lines()
    assert report.added == {"Accounts": 1, "合同": 1, "Payments": 1}
    with db.session() as s:
        assert s.scalar(select(Contract.amount)) == 300_000
        assert s.scalar(select(Account.name)) == "河北钢铁集团有限公司"


def test_unknown_sheets_are_named_in_a_warning(db: Database, tmp_path: Path) -> None:
    path = basic(tmp_path / "s.xlsx", 汇总=[["合计", 1]])
    report = import_workbook(db, path)
    assert report.ok
    assert report.warning_lines()[0].startswith("warning: 汇总: not a sheet KAM Desk knows")


def test_progress_is_reported(db: Database, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    import_workbook(db, basic(tmp_path / "a.xlsx"), progress=lambda *a: seen.append(a))
    assert ("Contracts", 2, 2) in seen


def test_unknown_visit_and_quality_columns_are_kept(db: Database, tmp_path: Path) -> None:
    from sqlalchemy import text

    visits = [
        ["account", "layer", "planned_on", "status", "车辆"],
        ["C001", "leader", "2025-05-01", "done", "商务车"],
    ]
    quality = [
        ["account", "reported_on", "description", "loss_amount", "status", "责任车间"],
        ["C001", "2025-04-01", "掉肉", 3000, "open", "铸造车间"],
    ]
    path = basic(tmp_path / "v.xlsx", Visits=visits, Quality=quality)
    assert import_workbook(db, path).ok
    second = import_workbook(db, path)
    assert second.unchanged["Visits"] == 1 and second.unchanged["Quality"] == 1
    with db.session() as s:
        assert s.execute(text("SELECT notes FROM visit")).scalar() == "车辆: 商务车"
        assert s.scalar(select(QualityRecord.notes)) == "责任车间: 铸造车间"


def test_ratings_are_updated_by_account_and_year(db: Database, tmp_path: Path) -> None:
    ratings = [["account", "year", "industry_influence", "reputation"], ["C001", 2025, 3, 3]]
    import_workbook(db, basic(tmp_path / "r1.xlsx", Ratings=ratings))
    ratings[1][3] = 5
    report = import_workbook(db, basic(tmp_path / "r2.xlsx", Ratings=ratings))
    assert report.updated["Ratings"] == 1 and report.added["Ratings"] == 0
    with db.session() as s:
        assert s.scalar(select(ManualScore.reputation)) == 5


def test_imported_contracts_fall_due_by_their_terms(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import sets each new contract's due date as it inserts it (issue 11, speed):
    its own due date, else its own terms, else its account's, else the company's."""
    accounts = [
        ["code", "name", "payment_days"],
        ["C001", "河北钢铁", 45],
        ["C002", "南京钢铁", None],
    ]
    head = [
        "account",
        "contract_no",
        "signed_on",
        "product",
        "quantity",
        "unit",
        "amount",
        "payment_days",
        "due_on",
    ]
    contracts = [
        head,
        ["C001", "OWN-DUE", "2025-03-01", "轧辊", 1, "t", 100, 10, "2025-05-05"],
        ["C001", "OWN-DAYS", "2025-03-01", "轧辊", 1, "t", 100, 10, None],
        ["C001", "ACCOUNT", "2025-03-01", "轧辊", 1, "t", 100, None, None],
        ["C002", "COMPANY", "2025-03-01", "轧辊", 1, "t", 100, None, None],
    ]
    path = write_xlsx(tmp_path / "terms.xlsx", {"Accounts": accounts, "Contracts": contracts})
    from kam.exchange import apply

    changed: list[int] = []
    refresh = apply.refresh_due_dates
    monkeypatch.setattr(
        apply, "refresh_due_dates", lambda session: changed.append(refresh(session)) or changed[-1]
    )
    assert import_workbook(db, path).written
    # The refresh the import ends with found them right already (no update of every
    # contract): the insert and the refresh compute the same dates.
    assert changed == [0]
    with db.session() as session:
        due = dict(session.execute(select(Contract.contract_no, Contract.falls_due_on)).all())
    assert due == {
        "OWN-DUE": date(2025, 5, 5),
        "OWN-DAYS": date(2025, 3, 11),
        "ACCOUNT": date(2025, 4, 15),
        "COMPANY": date(2025, 3, 31),
    }


def test_indexes_dropped_for_a_bulk_insert_are_all_back(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty table getting many rows has its indexes built after them, in the same
    transaction: afterwards the schema is as before."""
    import sqlite3

    from kam.exchange import apply
    from kam.store import open_database

    def indexes() -> list[tuple[str, str]]:
        con = sqlite3.connect(db_path)
        try:
            return con.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
            ).fetchall()
        finally:
            con.close()

    before = indexes()
    monkeypatch.setattr(apply, "REBUILD_ROWS", 1)  # the small workbook counts as many rows
    db = open_database(db_path)
    try:
        assert import_workbook(db, basic(tmp_path / "a.xlsx")).written
        assert indexes() == before
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Contract)) == 2
    finally:
        db.close()
