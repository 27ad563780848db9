"""Packaged resources: fonts (with their licences), translations, icons and styles.

Reached through :func:`importlib.resources.files` so that an installed package, a dev
checkout and the PyInstaller bundle find them the same way.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

CJK_FONT = "kam-hei.ttf"


def path(*parts: str) -> Path:
    """A filesystem path to a packaged resource (fonts and .qm files need real paths)."""
    return Path(str(resources.files(__name__).joinpath(*parts)))


def cjk_font_path() -> Path:
    return path("fonts", CJK_FONT)
