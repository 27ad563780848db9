"""Who "I" am, as a user meets it: asked once at first start (pick from our people, add
yourself, or later), changeable in Settings; the home screen's lists become mine."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from kam.accounts import identity
from kam.accounts.staff import list_staff
from tests.ui.helpers import in_next_dialog, type_text
from ui.context import AppContext
from ui.dashboard.page import DashboardPage
from ui.settings.dialog import SettingsDialog
from ui.settings.identity import NEW, IdentityDialog, ask_identity_if_needed


@pytest.fixture(autouse=True)
def _no_env_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAM_USER", raising=False)


def _pick(dialog: QDialog, data: object) -> None:
    assert isinstance(dialog, IdentityDialog)
    combo = dialog.picker.person
    combo.setCurrentIndex(combo.findData(data))


def test_first_start_picks_a_colleague_and_asks_no_more(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    zhang = next(s.id for s in list_staff(ctx.db) if s.name == "张伟")

    def answer(dialog: QDialog) -> None:
        _pick(dialog, zhang)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    in_next_dialog(qtbot, answer)
    with qtbot.waitSignal(ctx.data_changed):
        ask_identity_if_needed(ctx, None)
    assert ctx.db.user == "张伟" and identity.me(ctx.db).name == "张伟"  # type: ignore[union-attr]
    assert not identity.needs_asking(ctx.db)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.owner_name() == "张伟"  # 我的 lists are mine
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)


def test_add_yourself_checks_the_name(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    dialog = IdentityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick(dialog, NEW)
    assert dialog.picker.name.isVisible()
    type_text(qtbot, dialog.picker.name, "张伟")  # taken
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "already used" in dialog.picker.errors.message("name")
    dialog.picker.name.clear()
    type_text(qtbot, dialog.picker.name, "王芳")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and ctx.db.user == "王芳"
    assert "王芳" in [s.name for s in list_staff(ctx.db)]


def test_later_is_not_asked_again(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    in_next_dialog(qtbot, lambda d: qtbot.mouseClick(d.later, Qt.MouseButton.LeftButton))  # type: ignore[attr-defined]
    ask_identity_if_needed(ctx, None)
    assert not identity.needs_asking(ctx.db) and identity.me(ctx.db) is None
    ask_identity_if_needed(ctx, None)  # would block on a second question


def test_changed_in_settings(qtbot: QtBot, ctx: AppContext, steel: dict[str, int]) -> None:
    li = next(s.id for s in list_staff(ctx.db) if s.name == "李强")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.identity.person.setCurrentIndex(dialog.identity.person.findData(li))
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ctx.db.user == "李强" and identity.my_staff_id(ctx.db) == li


def test_what_i_add_is_mine_by_default(
    qtbot: QtBot, ctx: AppContext, steel: dict[str, int]
) -> None:
    from ui.dossier.view import DossierView
    from ui.visits.editor import VisitDialog

    li = next(s.id for s in list_staff(ctx.db) if s.name == "李强")
    identity.set_me(ctx.db, li)
    visit = VisitDialog(ctx, account_id=steel["hbgt"], quick=True)  # 张伟's account
    qtbot.addWidget(visit)
    assert visit.staff.checked_ids() == [li] and visit.follow_ups.default_owner == li
    dossier = DossierView(ctx)
    qtbot.addWidget(dossier)
    dossier.set_account(None)
    assert dossier.form.editors["owner"].currentText() == "李强"
