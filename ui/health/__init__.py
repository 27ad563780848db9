"""Relationship health in the desktop app: the dossier's Relationship tab, the list of
open warnings, acknowledging a warning, and the thresholds."""
