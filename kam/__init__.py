"""KAM Desk core: domain model, persistence, services, reports and CLI.

Nothing below this package imports Qt; the desktop front-end lives in ``ui``.
"""

__version__ = "0.1.0"
