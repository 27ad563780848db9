"""A button's clicked(bool) or an action's triggered(bool) passes its checked state as the
first argument: connected straight to a method with a parameter, that parameter
receives False (the print-brief button once tried to write to the file "False"). No
such connection may exist in the UI: connect through a lambda instead."""

from __future__ import annotations

import ast
from pathlib import Path

import ui

SIGNALS = {"clicked", "triggered"}


class _Class:
    def __init__(self, node: ast.ClassDef, where: str) -> None:
        self.where = where
        self.bases = [
            b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
        ]
        self.params = {
            f.name: [a.arg for a in f.args.args if a.arg != "self"]
            for f in node.body
            if isinstance(f, ast.FunctionDef)
        }
        self.node = node


def _classes() -> dict[str, _Class]:
    out: dict[str, _Class] = {}
    for path in Path(ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                out[node.name] = _Class(node, path.name)
    return out


def _parameters(classes: dict[str, _Class], name: str, method: str) -> list[str] | None:
    """The parameters of ``method`` as ``name`` (or a base class of ours) defines it."""
    seen = set()
    todo = [name]
    while todo:
        cls = classes.get(todo.pop(0))
        if cls is None or cls.where + cls.node.name in seen:
            continue
        seen.add(cls.where + cls.node.name)
        if method in cls.params:
            return cls.params[method]
        todo.extend(cls.bases)
    return None  # a Qt method (close, accept …)


def _slot(node: ast.Call) -> str | None:
    """The ``self.<slot>`` a clicked/triggered connection or an addAction calls."""
    target = None
    if (
        node.func.attr == "connect"
        and isinstance(node.func.value, ast.Attribute)  # type: ignore[attr-defined]
        and node.func.value.attr in SIGNALS
        and node.args
    ):  # type: ignore[attr-defined]
        target = node.args[0]
    elif node.func.attr == "addAction" and len(node.args) >= 2:  # type: ignore[attr-defined]
        target = node.args[-1]
    if (
        isinstance(target, ast.Attribute)
        and isinstance(target.value, ast.Name)
        and target.value.id == "self"
    ):
        return target.attr
    return None


def test_no_clicked_or_triggered_signal_feeds_a_parameter() -> None:
    classes = _classes()
    bad = []
    for name, cls in classes.items():
        for node in ast.walk(cls.node):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                slot = _slot(node)
                if slot and _parameters(classes, name, slot):
                    bad.append(f"{cls.where}:{node.lineno} {name}.{slot}")
    assert not bad, "connect through a lambda instead:\n" + "\n".join(bad)
