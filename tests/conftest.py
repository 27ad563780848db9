"""Shared fixtures: a migrated template database copied for each test (migrating once
per session keeps the suite fast), and the core's language fixed to English.

The service-level tests (the folders in ``POSTGRES_AREAS``) run their ``db`` on SQLite
and on a private PostgreSQL server (``test_x[sqlite]``, ``test_x[postgres]``); tests that
need the file itself (``db_path``) or a window (``qtbot``) stay on SQLite."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KAM_USER", "tester")

from kam.i18n import set_language
from kam.store import Database, open_database
from tests.pg import (  # noqa: F401  (fixtures)
    PgServer,
    pg_db,
    pg_server,
    pg_template,
    pg_url,
    update_mode,
)

# The ``answers`` fixture (the user's replies to the app's questions) for every GUI test.
pytest_plugins = ["tests.ui.answers"]

TESTS = Path(__file__).parent
POSTGRES_AREAS = {"accounts", "business", "dashboard", "health", "rating", "visits", "team"}
_FILE_ONLY_FIXTURES = {"db_path", "qtbot", "demo_db"}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    names = set(metafunc.fixturenames)
    if "db" not in names or names & _FILE_ONLY_FIXTURES:
        return
    area = Path(metafunc.definition.path).relative_to(TESTS).parts[0]
    if area in POSTGRES_AREAS:
        metafunc.parametrize(
            "db_backend",
            ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
            indirect=True,
        )


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture(autouse=True)
def _log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test logs into its own folder, never the user's."""
    folder = tmp_path / "logs"
    monkeypatch.setenv("KAM_LOG_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kam.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` unless ``pytest_generate_tests`` asked for ``postgres`` too."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(db_backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if db_backend == "postgres":
        yield request.getfixturevalue("pg_db")
        return
    database = open_database(request.getfixturevalue("db_path"))
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo company, built once per session (read it through ``demo_db``)."""
    from kam.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    build_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()
