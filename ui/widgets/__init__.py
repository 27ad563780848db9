"""Widgets shared by every screen: field errors on forms, confirmations, enum combos,
record dialogs and a table model over plain dataclasses."""
