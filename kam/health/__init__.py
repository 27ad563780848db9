"""Relationship health, computed over plain data: the stage from share of wallet and
its guide (seed 000), the coverage of the customer's departments (seed 001), the early
warnings and what acknowledging one means, and the opportunities to advance.

The services in :mod:`kam.services.health`, :mod:`kam.services.warnings` and
:mod:`kam.services.opportunities` feed these from the database.
"""
