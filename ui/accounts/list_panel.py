"""The account list panel: search box, filters, the table and the count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam.accounts.service import AccountRow
from kam.domain.enums import Stage
from kam.i18n import label
from ui.accounts.model import NAME_COLUMN, AccountListModel
from ui.profile.menu import print_profiles_label
from ui.shell.settings import app_settings
from ui.widgets.table_view import ListTable

HEADER_KEY = "accountList/header"  # column widths, order and sort, kept across runs


class AccountListPanel(QWidget):
    """Search-as-you-type over all accounts.

    Signals:
        open_requested(int): the user opened an account (double-click or Enter).
        new_requested(): the user asked for a new account.
        delete_requested(int): the user pressed Delete on an account.
        print_requested(list): the user asked to print the profiles of these account ids
            (the selected account, or every account the filters show).
        shared_requested(int, bool): the user ticked or cleared “Shared with the team”
            on an account's right-click menu.
    """

    open_requested = Signal(int)
    new_requested = Signal()
    delete_requested = Signal(int)
    print_requested = Signal(list)
    shared_requested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AccountListModel(self)

        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by code, name or pinyin (e.g. hbgt)"))
        self.search.textChanged.connect(self._apply_filter)
        # "hbgt" then Enter opens 河北钢铁; Down moves into the list.
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)

        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("ownerFilter")
        self.region_filter = QComboBox()
        self.region_filter.setObjectName("regionFilter")
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stageFilter")
        self.stage_filter.addItem(self.tr("All stages"), "")
        for stage in Stage:
            self.stage_filter.addItem(label(stage), stage.value)
        for combo in (self.owner_filter, self.region_filter, self.stage_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filter)

        self.new_button = QPushButton(self.tr("New account"))
        self.new_button.setObjectName("newAccount")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_requested)

        self.table = ListTable()
        self.table.setObjectName("accountTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((90, 260, 110, 80, 100, 130, 150, 60, 70)):
            self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._restore_header()
        header.sectionResized.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._save_header)
        self.table.activated_row.connect(
            lambda row: self.open_requested.emit(self.model.row_at(row).id)
        )
        self.table.delete_pressed.connect(self._delete_pressed)
        self.menu: QMenu | None = None  # the last right-click menu (kept until it closes)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)

        self.count = QLabel()
        self.count.setObjectName("accountCount")
        self.empty = QLabel(
            self.tr(
                "No accounts yet.\nCreate one with “New account”, or import a workbook with "
                "“kam import”."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        title = QLabel(self.tr("Accounts"))
        title.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addSpacing(12)
        self.print_button = QPushButton(print_profiles_label())
        self.print_button.setObjectName("printProfiles")
        self.print_button.clicked.connect(self._print_clicked)
        top.addWidget(self.print_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.region_filter, 1)
        filters.addWidget(self.stage_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.setFocusProxy(self.search)

    def _restore_header(self) -> None:
        state = app_settings().value(HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def _save_header(self) -> None:
        app_settings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def set_rows(self, rows: list[AccountRow]) -> None:
        """Shows ``rows`` keeping the search text and any filter whose value still exists."""
        self.model.set_rows(rows)
        self._fill_filter(
            self.owner_filter, self.tr("All account managers"), self.model.distinct("owner")
        )
        self._fill_filter(self.region_filter, self.tr("All regions"), self.model.distinct("region"))
        self._apply_filter()

    def _fill_filter(self, combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData() or ""
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(blocked)

    def _apply_filter(self) -> None:
        self.model.set_filter(
            self.search.text(),
            owner=self.owner_filter.currentData() or "",
            region=self.region_filter.currentData() or "",
            stage=self.stage_filter.currentData() or "",
        )
        shown, total = self.model.rowCount(), self.model.total()
        self.table.setVisible(total > 0)
        self.empty.setVisible(total == 0)
        if shown == total:
            self.count.setText(self.tr("%1 accounts").replace("%1", self._number(total)))
        else:
            self.count.setText(
                self.tr("%1 of %2 accounts")
                .replace("%1", self._number(shown))
                .replace("%2", self._number(total))
            )

    def _number(self, n: int) -> str:
        return self.locale().toString(n)

    def _open_first(self) -> None:
        if self.model.rowCount() > 0:
            row = max(self.table.current_row(), 0)
            self.open_requested.emit(self.model.row_at(row).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def select_account(self, account_id: int) -> None:
        row = self.model.row_of(account_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        row = self.table.current_row()
        return self.model.row_at(row).id if row >= 0 else None

    def _print_clicked(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.print_requested.emit([selected])
        else:
            self.print_requested.emit(
                [self.model.row_at(r).id for r in range(self.model.rowCount())]
            )

    def _show_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        row = self.model.row_at(index.row())
        menu = QMenu(self)
        menu.setObjectName("accountMenu")
        shared = menu.addAction(self.tr("Shared with the team"))
        shared.setObjectName("shareAccount")
        shared.setCheckable(True)
        shared.setChecked(row.shared)
        shared.setToolTip(
            self.tr(
                "On a team server every member sees a shared account, not only its "
                "account manager and those who cover it"
            )
        )
        shared.toggled.connect(lambda on: self.shared_requested.emit(row.id, on))
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.menu = menu

    def _delete_pressed(self) -> None:
        account_id = self.selected_id()
        if account_id is not None:
            self.delete_requested.emit(account_id)
