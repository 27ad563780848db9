"""The operations users perform, one function per use case and a session per call.

Services take plain arguments and return plain dataclasses (never live ORM objects),
so widgets hold no session and tests read as the product's specification.
"""
