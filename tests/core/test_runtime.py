"""Process-wide interpreter settings are made only by the entry points, in the two
runtime modules (kam/runtime.py, ui/runtime.py), never inside library code."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {Path("kam/runtime.py"), Path("ui/runtime.py")}
SWITCHES = re.compile(
    r"\bgc\.(disable|enable|freeze|unfreeze|set_threshold)\(|"
    r"\bsys\.(setswitchinterval|setrecursionlimit)\("
)


def test_only_the_runtime_modules_switch_interpreter_state() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for folder in ("kam", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.relative_to(ROOT) not in ALLOWED
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SWITCHES.search(line)
    ]
    assert found == []
