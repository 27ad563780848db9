"""Relationship health, computed over plain data: the stage from share of wallet and
its guide, the coverage of the customer's departments (docs/domain.md), the early
warnings and what acknowledging one means, and the opportunities to advance.

The services in :mod:`kam.health.service`, :mod:`kam.health.warnings` and
:mod:`kam.health.opportunities` feed these from the database.
"""
