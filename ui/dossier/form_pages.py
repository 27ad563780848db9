"""Layouts of the account form's two tabs: company facts and scale & products."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.dossier.account_form import COMPANY_FIELDS, SCALE_FIELDS, TRADE_FIELDS
from ui.widgets.record_form import RecordForm


def _group(title: str, form: RecordForm, names: tuple[str, ...]) -> QGroupBox:
    box = QGroupBox(title)
    layout = QFormLayout(box)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.add_to(layout, names)
    return box


def company_page(form: RecordForm) -> QWidget:
    body = QWidget()
    row = QHBoxLayout(body)
    row.setContentsMargins(12, 12, 12, 12)
    row.setSpacing(16)
    row.addWidget(
        _group(QCoreApplication.translate("DossierView", "Basic facts"), form, COMPANY_FIELDS), 1
    )
    row.addWidget(
        _group(
            QCoreApplication.translate("DossierView", "Business, terms and credit"),
            form,
            TRADE_FIELDS,
        ),
        1,
    )
    scroll = QScrollArea()
    scroll.setObjectName("companyPage")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def scale_page(form: RecordForm, products: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 12, 12, 0)
    scale = _group(QCoreApplication.translate("DossierView", "Output scale"), form, SCALE_FIELDS)
    scale.setMaximumWidth(640)
    layout.addWidget(scale)
    products_box = QGroupBox(QCoreApplication.translate("DossierView", "Product structure"))
    inner = QVBoxLayout(products_box)
    inner.setContentsMargins(0, 4, 0, 0)
    inner.addWidget(products)
    layout.addWidget(products_box, 1)
    return page
