"""Each feature's command line and models import alone, first, in a fresh interpreter:
no feature needs another's models loaded in a particular order (``kam/__init__`` loads
no registry; ``kam.domain`` loads the models when one is first asked for)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import kam

FEATURES = [info.name for info in pkgutil.iter_modules(kam.__path__) if info.ispkg]
FIRST = sorted(
    f"kam.{feature}.{room}"
    for feature in FEATURES
    for room in ("cli", "model")
    if (Path(kam.__path__[0]) / feature / f"{room}.py").is_file()
)


def test_the_features_are_found() -> None:
    assert {"kam.accounts.cli", "kam.accounts.model", "kam.visits.cli"} <= set(FIRST)


@pytest.mark.parametrize("module", FIRST)
def test_a_feature_module_imports_first_and_alone(module: str) -> None:
    code = f"import {module}; from kam.domain import Account; print(Account.__tablename__)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "account"


def test_importing_kam_loads_no_model() -> None:
    """The order above holds without a registry imported first by ``kam/__init__``."""
    code = "import sys, kam, kam.domain; print(sorted(m for m in sys.modules if 'model' in m))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
