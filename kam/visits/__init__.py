"""Pure computation over visits: cadence against the targets, and the annual plan.

Plain data in, plain data out; the services feed these from the database.
"""
