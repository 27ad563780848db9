"""The core runs without Qt: importing all of ``kam`` loads no PySide6 module."""

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import kam
for info in pkgutil.walk_packages(kam.__path__, 'kam.'):
    if '.migrations' in info.name or info.name.endswith('__main__'):
        continue
    importlib.import_module(info.name)
bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]
print(bad)
sys.exit(1 if bad else 0)
"""


def test_importing_every_kam_module_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
