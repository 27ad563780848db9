"""What an import found and did: adds, updates and every problem, row by row."""

from __future__ import annotations

from dataclasses import dataclass, field

from kam.i18n import _

# Past this many problems the report stops listing them (the count stays exact): a
# wrong file would otherwise print a line for each of its 100,000 rows.
PROBLEM_CAP = 200


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA (spreadsheet column names)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    """One finding: ``row`` 0 and ``column`` "" when it concerns the whole sheet or file."""

    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.row and self.column:
            return _("{sheet} row {row}, column {column}: {message}").format(
                sheet=self.sheet, row=self.row, column=self.column, message=self.message
            )
        if self.row:
            return _("{sheet} row {row}: {message}").format(
                sheet=self.sheet, row=self.row, message=self.message
            )
        return _("{sheet}: {message}").format(sheet=self.sheet, message=self.message)


@dataclass
class ImportReport:
    """The outcome of one import (or dry run); ``ok`` is False when anything was wrong."""

    source: str
    dry_run: bool = False
    written: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    warnings: list[Problem] = field(default_factory=list)
    warning_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def problem(self, sheet: str, row: int, column: str, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < PROBLEM_CAP:
            self.problems.append(Problem(sheet, row, column, message))

    def warn(self, sheet: str, row: int, column: str, message: str) -> None:
        self.warning_count += 1
        if len(self.warnings) < PROBLEM_CAP:
            self.warnings.append(Problem(sheet, row, column, message))

    def count(self, table: dict[str, int], sheet: str, n: int = 1) -> None:
        table[sheet] = table.get(sheet, 0) + n

    def summary_lines(self) -> list[str]:
        """One line per sheet: added, updated, unchanged."""
        sheets = list(dict.fromkeys([*self.added, *self.updated, *self.unchanged]))
        return [
            _("{sheet}: {added} to add, {updated} to update, {same} unchanged").format(
                sheet=s,
                added=self.added.get(s, 0),
                updated=self.updated.get(s, 0),
                same=self.unchanged.get(s, 0),
            )
            if not self.written
            else _("{sheet}: {added} added, {updated} updated, {same} unchanged").format(
                sheet=s,
                added=self.added.get(s, 0),
                updated=self.updated.get(s, 0),
                same=self.unchanged.get(s, 0),
            )
            for s in sheets
        ]

    def problem_lines(self) -> list[str]:
        lines = [str(p) for p in self.problems]
        if self.problem_count > len(self.problems):
            more = self.problem_count - len(self.problems)
            lines.append(
                (_("… and {n} more problem") if more == 1 else _("… and {n} more problems")).format(
                    n=more
                )
            )
        return lines

    def warning_lines(self) -> list[str]:
        lines = [_("warning: {text}").format(text=w) for w in self.warnings]
        if self.warning_count > len(self.warnings):
            more = self.warning_count - len(self.warnings)
            lines.append(
                (_("… and {n} more warning") if more == 1 else _("… and {n} more warnings")).format(
                    n=more
                )
            )
        return lines
