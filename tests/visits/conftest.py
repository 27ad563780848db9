"""A small company for the visits tests: three of our people (one per layer), two
accounts with contacts, a quality record and a complaint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from kam.domain import Account, Complaint, Contact, QualityRecord
from kam.store import Database
from kam.text.pinyin import search_keys
from tests.fixtures import our_people


@dataclass(frozen=True)
class Company:
    hb: int  # 河北钢铁, grade A, owner 王强
    sg: int  # 沙钢, grade B
    wang: int  # business layer
    li: int  # technical layer
    zhao: int  # leader layer
    hb_buyer: int  # contact at 河北钢铁
    hb_chief: int
    sg_buyer: int  # contact at 沙钢
    hb_quality: int
    sg_quality: int
    hb_complaint: int


@pytest.fixture
def company(db: Database) -> Company:
    with db.session() as s:
        wang, li, zhao = our_people(s, "王强")
        hb = Account(
            code="HB",
            name="河北钢铁集团",
            short_name="河北钢铁",
            grade="A",
            key_account=True,
            owner_id=wang.id,
            founded=2008,
            region="河北",
            address="河北省石家庄市体育南大街385号",
            created_at=datetime(2020, 1, 6, 9, 0),
        )
        sg = Account(code="SG", name="江苏沙钢集团", short_name="沙钢", grade="B")
        for account in (hb, sg):
            account.pinyin, account.pinyin_initials = search_keys(account.name, account.short_name)
        s.add_all([hb, sg])
        s.flush()
        buyer = Contact(
            account_id=hb.id,
            name="刘建国",
            department="采购部",
            title="部长",
            decision_role="decision_maker",
            attitude="supporter",
            hobbies="钓鱼",
            birthday=date(1970, 5, 8),
        )
        chief = Contact(
            account_id=hb.id,
            name="张志强",
            department="技术中心",
            title="主任",
            decision_role="influencer",
            attitude="neutral",
            taboos="不喝酒",
        )
        sg_buyer = Contact(account_id=sg.id, name="陈静", department="供应部", title="科长")
        q1 = QualityRecord(
            account_id=hb.id,
            reported_on=date(2026, 3, 2),
            description="精轧工作辊辊面剥落",
            loss_amount=12000,
        )
        q2 = QualityRecord(account_id=sg.id, reported_on=date(2026, 4, 1), description="支承辊断裂")
        c1 = Complaint(account_id=hb.id, received_on=date(2026, 4, 9), description="交货晚了一周")
        s.add_all([buyer, chief, sg_buyer, q1, q2, c1])
        s.flush()
        return Company(
            hb.id,
            sg.id,
            wang.id,
            li.id,
            zhao.id,
            buyer.id,
            chief.id,
            sg_buyer.id,
            q1.id,
            q2.id,
            c1.id,
        )


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The Visits page remembers the chosen person in QSettings: keep tests apart.
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot size, raise or grab native windows and says so.
    for item in items:
        if "tests/visits/test_ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
                )
            )
