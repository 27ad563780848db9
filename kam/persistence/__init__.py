"""Engine, sessions, SQLite pragmas, Alembic migrations and backups.

The only package that may speak SQLite-specific SQL; everything else goes through
SQLAlchemy so that a PostgreSQL URL can serve a team later.
"""

from kam.persistence.database import Database, open_database
from kam.persistence.errors import StoreError

__all__ = ["Database", "StoreError", "open_database"]
