"""Building small workbooks and CSV folders for the import tests."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

Sheets = dict[str, list[list[object]]]


def write_xlsx(path: Path, sheets: Sheets) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def read_xlsx(path: Path) -> dict[str, list[tuple[object, ...]]]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in book}


ACCOUNTS = [
    ["code", "name", "short_name", "owner", "stage"],
    ["C001", "河北钢铁集团有限公司", "河北钢铁", "李明", "stable"],
    ["C002", "南京钢铁股份有限公司", "南钢", "", "战略合作"],
]
CONTRACTS = [
    [
        "account",
        "contract_no",
        "signed_on",
        "product",
        "quantity",
        "unit",
        "unit_price",
        "amount",
        "cost",
    ],
    ["C001", "HT-001", "2025-03-01", "高速钢轧辊", 100, "t", 25000, 2500000, 2000000],
    ["C002", "HT-002", "2025-04-02", "高铬铸铁轧辊", 50, "t", 18000, None, None],
]
PAYMENTS = [
    ["account", "paid_on", "amount", "contract_no"],
    ["C001", "2025-05-01", 1000000, "HT-001"],
    ["C001", "2025-05-01", 1000000, "HT-001"],
    ["C002", "2025-06-01", 300000, None],
]


def basic(path: Path, **overrides: list[list[object]]) -> Path:
    sheets: Sheets = {"Accounts": ACCOUNTS, "Contracts": CONTRACTS, "Payments": PAYMENTS}
    sheets.update(overrides)
    return write_xlsx(path, {k: v for k, v in sheets.items() if v})
