"""The sync tests' laptops and server (tests/sync/conftest.py) for the window tests."""

from tests.sync.conftest import laptop, server  # noqa: F401  (fixtures)
