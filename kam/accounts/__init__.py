"""Accounts: the dossier, the customer's people, our own staff."""
