"""The workbook leaves no record behind: every mapped table has a sheet (or is excluded
with a reason), and every column of its model is a sheet column, a reference or a link.

A new table or column fails here until it is added to ``kam/exchange/specs.py``
(one line per column) and ``tables.py``, or excluded there with the reason.
"""

from __future__ import annotations

from kam.domain import Base
from kam.exchange.specs import IMPORT_ORDER, SHEETS, find_sheet, header_index, match_header
from kam.exchange.tables import EXCLUDED, LINKS, MODELS, REFS

# Kept by the database itself or derived from other columns on import.
NOT_DATA = {"id", "created_at", "updated_at"}
# Computed from other columns when a record is written (search keys; a contract's due
# date from its signing, its own terms and its account's default terms).
# Counters of local changes are bookkeeping: a visit's revision (the calendar's SEQUENCE)
# and an account's version (a save's lost-update check).
DERIVED = {
    ("account", "pinyin"),
    ("account", "pinyin_initials"),
    ("contract", "falls_due_on"),
    ("visit", "revision"),
    ("account", "version"),
}


def test_every_mapped_table_is_exported_or_excluded() -> None:
    sheets = {s.name for s in SHEETS}
    assert sheets == set(MODELS) and {s.name for s in IMPORT_ORDER} == sheets
    exported = {m.__tablename__ for m in MODELS.values()}
    linked = {link.table.name for link in LINKS.values()}
    missing = set(Base.metadata.tables) - exported - linked - set(EXCLUDED)
    assert missing == set(), f"tables neither in the workbook nor excluded: {missing}"


def test_every_column_of_every_exported_table_is_a_sheet_column() -> None:
    problems = []
    for sheet in SHEETS:
        table = MODELS[sheet.name].__table__
        refs = {ref.fk for ref in REFS.get(sheet.name, {}).values()}
        for column in table.columns:
            name = column.name
            if name in NOT_DATA or (table.name, name) in DERIVED or name in refs:
                continue
            if name not in sheet.keys:
                problems.append(f"{sheet.name}: {table.name}.{name}")
    assert problems == []


def test_every_sheet_ends_with_changed_by_and_uuid() -> None:
    for sheet in SHEETS:
        assert sheet.keys[-2:] == ("changed_by", "uuid"), sheet.name
        assert sheet.columns[-1].label == "uuid"


def test_every_sheet_and_header_is_found_by_its_english_and_chinese_name() -> None:
    for sheet in SHEETS:
        assert find_sheet(sheet.name) is sheet and find_sheet(sheet.label) is sheet
        index = header_index(sheet)
        for column in sheet.columns:
            assert match_header(index, column.key) == column.key
            assert match_header(index, column.label) == column.key, (sheet.name, column.label)
