"""UI fixtures: an isolated settings store, the app's look, and a few accounts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kam.accounts.people import ContactData, save_contact
from kam.accounts.service import AccountData, save_account
from kam.accounts.staff import StaffData, save_staff
from kam.store import Database
from ui.app import setup_application
from ui.context import AppContext
from ui.shell.language import install_language


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    setup_application(qapp)
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db)


@pytest.fixture
def steel(db: Database) -> dict[str, int]:
    """Three steel mills, two of our people and a small org chart at 河北钢铁."""
    save_staff(db, StaffData(name="张伟", layer="business"))
    save_staff(db, StaffData(name="李强", layer="technical"))
    ids = {
        "hbgt": save_account(
            db,
            AccountData(
                code="HBGT",
                name="河北钢铁集团",
                short_name="河钢",
                region="河北",
                owner="张伟",
                stage="stable",
            ),
        ),
        "sdgt": save_account(
            db,
            AccountData(
                code="SDGT", name="山东钢铁股份", region="山东", owner="李强", stage="initial"
            ),
        ),
        "ag": save_account(
            db,
            AccountData(code="AG", name="鞍钢股份", region="辽宁", owner="张伟", stage="strategic"),
        ),
    }
    boss = save_contact(
        db,
        ContactData(
            account_id=ids["hbgt"],
            name="王总",
            title="总经理",
            decision_role="decision_maker",
            attitude="supporter",
            owner="张伟",
        ),
    )
    ids["boss"] = boss
    ids["buyer"] = save_contact(
        db,
        ContactData(
            account_id=ids["hbgt"],
            name="刘采购",
            department="采购部",
            title="部长",
            decision_role="gatekeeper",
            attitude="opponent",
            reports_to_id=boss,
        ),
    )
    return ids


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot size native windows and says so on every show().
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))
