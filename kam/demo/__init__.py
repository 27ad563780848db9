"""The demo company: a roll maker (轧辊厂) and its steel-mill customers.

Each area adds its part as a module under ``kam.demo`` with
``populate(session, rng, today)``; :data:`STEPS` runs them in order in one transaction,
seeded so the demo is the same on every machine.
"""

from __future__ import annotations

import importlib
import random
from datetime import date

from kam.store import Database

STEPS = [
    "accounts",
    "records",
    "rating",
    "visits",
    "health",
]

SEED = 2025


def build_demo(db: Database, *, today: date | None = None, seed: int = SEED) -> None:
    today = today or date.today()
    rng = random.Random(seed)
    with db.session() as session:
        for name in STEPS:
            importlib.import_module(f"{__name__}.{name}").populate(session, rng, today)
