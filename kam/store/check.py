"""``Check database``: SQLite's integrity and foreign-key checks as a readable report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kam.i18n import _
from kam.store import raw


@dataclass(frozen=True)
class CheckReport:
    """The result of checking one file; ``ok`` only when both checks found nothing."""

    path: Path
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys

    def lines(self) -> list[str]:
        """The report as lines for the CLI and the app's dialog."""
        if self.ok:
            return [_("{path}: integrity and foreign keys are in order").format(path=self.path)]
        out = [_("{path}: problems found").format(path=self.path)]
        out += [_("Integrity: {problem}").format(problem=p) for p in self.integrity]
        out += [_("Foreign key: {problem}").format(problem=p) for p in self.foreign_keys]
        return out


def quick_check(connection: Any) -> list[str]:
    """SQLite's ``quick_check`` (O(N), skips index cross-checks); empty when clean."""
    rows = [row[0] for row in connection.execute("PRAGMA quick_check(20)").fetchall()]
    return [] if rows == ["ok"] else rows


def integrity_problems(connection: Any, limit: int = 100) -> list[str]:
    rows = [row[0] for row in connection.execute(f"PRAGMA integrity_check({limit})").fetchall()]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(connection: Any, limit: int = 100) -> list[str]:
    problems = []
    for table, rowid, parent, _fkid in connection.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(
            _("{table} row {rowid} refers to a missing {parent} row").format(
                table=table, rowid=rowid, parent=parent
            )
        )
        if len(problems) >= limit:
            break
    return problems


def check_file(path: Path, passphrase: str | None = None) -> CheckReport:
    """Runs ``integrity_check`` and ``foreign_key_check`` on the file at ``path``.

    Raises:
        the driver's DatabaseError when the file cannot be opened at all.
    """
    connection = raw.connect(path, passphrase)
    try:
        try:
            integrity = integrity_problems(connection)
        except raw.DBAPI_ERRORS as exc:
            return CheckReport(path, [str(exc)])
        # Foreign keys of a damaged file would only repeat the damage.
        keys = foreign_key_problems(connection) if not integrity else []
        return CheckReport(path, integrity, keys)
    finally:
        connection.close()
