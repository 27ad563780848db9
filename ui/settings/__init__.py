"""Preferences: the language and our own people (staff)."""
