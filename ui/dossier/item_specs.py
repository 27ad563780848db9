"""What the dossier's four detail lists show and edit: columns, form fields (their kinds
from the field lists, kam.accounts.dossier_fields), services."""

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
from kam.accounts.dossier_fields import BY_KEY
from kam.domain.enums import LineStatus
from kam.i18n import label
from ui.context import Topic
from ui.widgets.editable_list import ListKind
from ui.widgets.parsing import format_number
from ui.widgets.record_form import FieldSpec, field_spec
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


def _spec(kind: str, name: str, label: str, **ui: Any) -> FieldSpec:
    """The editor of field ``name`` of the ``kind`` list (kam.accounts.dossier_fields):
    its kind, enum and required flag come from the declaration; the label and
    placeholder are the editor's own."""
    return field_spec(BY_KEY[kind][name], label, **ui)


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
        _spec(
            "lines",
            "name",
            QCoreApplication.translate("DossierItems", "Line *"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. 1780 mm hot strip mill"),
        ),
        _spec("lines", "line_type", QCoreApplication.translate("DossierItems", "Type")),
        _spec(
            "lines",
            "capacity",
            QCoreApplication.translate("DossierItems", "Capacity"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. 4 million t/a"),
        ),
        _spec(
            "lines",
            "status",
            QCoreApplication.translate("DossierItems", "Status"),
        ),
        _spec(
            "lines", "our_product", QCoreApplication.translate("DossierItems", "Our product on it")
        ),
        _spec(
            "lines", "competitor", QCoreApplication.translate("DossierItems", "Competitor on it")
        ),
        _spec("lines", "notes", QCoreApplication.translate("DossierItems", "Notes")),
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
        _spec(
            "products",
            "product",
            QCoreApplication.translate("DossierItems", "Product *"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. hot-rolled coil"),
        ),
        _spec(
            "products",
            "share_pct",
            QCoreApplication.translate("DossierItems", "Share of output (%)"),
            placeholder=QCoreApplication.translate("DossierItems", "0–100"),
        ),
        _spec(
            "products",
            "volume",
            QCoreApplication.translate("DossierItems", "Volume"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. 2 million t/a"),
        ),
        _spec("products", "notes", QCoreApplication.translate("DossierItems", "Notes")),
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
        _spec(
            "plans",
            "item",
            QCoreApplication.translate("DossierItems", "Plan *"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. new cold rolling line"),
        ),
        _spec(
            "plans",
            "horizon",
            QCoreApplication.translate("DossierItems", "Horizon"),
            placeholder=QCoreApplication.translate("DossierItems", "e.g. 2026"),
        ),
        _spec(
            "plans",
            "opportunity",
            QCoreApplication.translate("DossierItems", "Opportunity for us"),
        ),
        _spec("plans", "notes", QCoreApplication.translate("DossierItems", "Notes")),
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
        _spec("shares", "year", QCoreApplication.translate("DossierItems", "Year *")),
        _spec("shares", "supplier", QCoreApplication.translate("DossierItems", "Supplier *")),
        _spec("shares", "is_us", QCoreApplication.translate("DossierItems", "This is us")),
        _spec(
            "shares",
            "share_pct",
            QCoreApplication.translate("DossierItems", "Share of purchases (%) *"),
            placeholder=QCoreApplication.translate("DossierItems", "0–100"),
        ),
        _spec("shares", "strengths", QCoreApplication.translate("DossierItems", "Strengths")),
        _spec("shares", "weaknesses", QCoreApplication.translate("DossierItems", "Weaknesses")),
    ],
    lambda account_id: CompetitorShareData(account_id=account_id, year=date.today().year),
)
