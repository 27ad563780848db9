"""What the dossier's four detail lists show and edit: columns, form fields, services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from kam.accounts.dossier import (
    CompetitorShareData,
    DevelopmentPlanData,
    ProductionLineData,
    ProductItemData,
    delete_item,
    list_items,
    save_item,
)
from kam.domain.enums import LineStatus
from kam.i18n import label
from ui.context import Topic
from ui.widgets.editable_list import ListKind
from ui.widgets.parsing import format_number
from ui.widgets.record_form import FieldSpec
from ui.widgets.table_model import Column


def _item_kind(
    key: str,
    data_type: type,
    noun: Callable[[], str],
    describe: Callable[[Any], str],
    columns: Callable[[], list[Column[Any]]],
    specs: Callable[[], list[FieldSpec]],
    new: Callable[[int], Any] | None = None,
) -> ListKind:
    """A dossier detail list: every kind is read, saved and deleted by the same three
    services, told apart by its dataclass."""
    return ListKind(
        key=key,
        noun=noun,
        describe=describe,
        columns=columns,
        specs=lambda _db, _account_id, _record: specs(),
        new=new or (lambda account_id: data_type(account_id=account_id)),
        load=lambda db, account_id: list_items(db, data_type, account_id),
        save=save_item,
        delete=lambda db, item_id: delete_item(db, data_type, item_id),
        topic=Topic.DOSSIER,
    )


def _pct(value: float | None) -> str:
    return "" if value is None else f"{format_number(round(value, 1))} %"


LINES = _item_kind(
    "lines",
    ProductionLineData,
    lambda: QCoreApplication.translate("DossierItems", "production line"),
    lambda d: d.name,
    lambda: [
        Column(lambda: QCoreApplication.translate("DossierItems", "Line"), lambda d: d.name),
        Column(lambda: QCoreApplication.translate("DossierItems", "Type"), lambda d: d.line_type),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Capacity"), lambda d: d.capacity
        ),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Status"),
            lambda d: label(d.status, kind=LineStatus),
        ),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Our product on it"),
            lambda d: d.our_product,
        ),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Competitor on it"),
            lambda d: d.competitor,
        ),
        Column(lambda: QCoreApplication.translate("DossierItems", "Notes"), lambda d: d.notes),
    ],
    lambda: [
        FieldSpec(
            "name",
            QCoreApplication.translate("DossierItems", "Line *"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. 1780 mm hot strip mill"),
        ),
        FieldSpec("line_type", QCoreApplication.translate("DossierItems", "Type")),
        FieldSpec(
            "capacity",
            QCoreApplication.translate("DossierItems", "Capacity"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. 4 million t/a"),
        ),
        FieldSpec(
            "status",
            QCoreApplication.translate("DossierItems", "Status"),
            kind="enum",
            enum=LineStatus,
        ),
        FieldSpec("our_product", QCoreApplication.translate("DossierItems", "Our product on it")),
        FieldSpec("competitor", QCoreApplication.translate("DossierItems", "Competitor on it")),
        FieldSpec("notes", QCoreApplication.translate("DossierItems", "Notes"), kind="multiline"),
    ],
)

PRODUCTS = _item_kind(
    "products",
    ProductItemData,
    lambda: QCoreApplication.translate("DossierItems", "product"),
    lambda d: d.product,
    lambda: [
        Column(lambda: QCoreApplication.translate("DossierItems", "Product"), lambda d: d.product),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Share of output"),
            lambda d: _pct(d.share_pct),
            numeric=True,
        ),
        Column(lambda: QCoreApplication.translate("DossierItems", "Volume"), lambda d: d.volume),
        Column(lambda: QCoreApplication.translate("DossierItems", "Notes"), lambda d: d.notes),
    ],
    lambda: [
        FieldSpec(
            "product",
            QCoreApplication.translate("DossierItems", "Product *"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. hot-rolled coil"),
        ),
        FieldSpec(
            "share_pct",
            QCoreApplication.translate("DossierItems", "Share of output (%)"),
            kind="float",
            placeholder=QCoreApplication.translate("DossierItems", "0–100"),
        ),
        FieldSpec(
            "volume",
            QCoreApplication.translate("DossierItems", "Volume"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. 2 million t/a"),
        ),
        FieldSpec("notes", QCoreApplication.translate("DossierItems", "Notes"), kind="multiline"),
    ],
)

PLANS = _item_kind(
    "plans",
    DevelopmentPlanData,
    lambda: QCoreApplication.translate("DossierItems", "development plan"),
    lambda d: d.item,
    lambda: [
        Column(lambda: QCoreApplication.translate("DossierItems", "Plan"), lambda d: d.item),
        Column(lambda: QCoreApplication.translate("DossierItems", "Horizon"), lambda d: d.horizon),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Opportunity for us"),
            lambda d: d.opportunity,
        ),
        Column(lambda: QCoreApplication.translate("DossierItems", "Notes"), lambda d: d.notes),
    ],
    lambda: [
        FieldSpec(
            "item",
            QCoreApplication.translate("DossierItems", "Plan *"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. new cold rolling line"),
        ),
        FieldSpec(
            "horizon",
            QCoreApplication.translate("DossierItems", "Horizon"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. 2026"),
        ),
        FieldSpec(
            "opportunity",
            QCoreApplication.translate("DossierItems", "Opportunity for us"),
            kind="multiline",
        ),
        FieldSpec("notes", QCoreApplication.translate("DossierItems", "Notes"), kind="multiline"),
    ],
)

SHARES = _item_kind(
    "shares",
    CompetitorShareData,
    lambda: QCoreApplication.translate("DossierItems", "competitor share"),
    lambda d: f"{d.year} {d.supplier}",
    lambda: [
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Year"),
            lambda d: d.year,
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Supplier"), lambda d: d.supplier
        ),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Us"),
            lambda d: "✓" if d.is_us else "",
        ),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Share"),
            lambda d: _pct(d.share_pct),
            numeric=True,
        ),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Strengths"), lambda d: d.strengths
        ),
        Column(
            lambda: QCoreApplication.translate("DossierItems", "Weaknesses"), lambda d: d.weaknesses
        ),
    ],
    lambda: [
        FieldSpec(
            "year", QCoreApplication.translate("DossierItems", "Year *"), kind="int", required=True
        ),
        FieldSpec("supplier", QCoreApplication.translate("DossierItems", "Supplier *")),
        FieldSpec("is_us", QCoreApplication.translate("DossierItems", "This is us"), kind="bool"),
        FieldSpec(
            "share_pct",
            QCoreApplication.translate("DossierItems", "Share of purchases (%) *"),
            kind="float",
            placeholder=QCoreApplication.translate("DossierItems", "0–100"),
            required=True,
        ),
        FieldSpec(
            "strengths", QCoreApplication.translate("DossierItems", "Strengths"), kind="multiline"
        ),
        FieldSpec(
            "weaknesses", QCoreApplication.translate("DossierItems", "Weaknesses"), kind="multiline"
        ),
    ],
    lambda account_id: CompetitorShareData(account_id=account_id, year=date.today().year),
)
