"""The home screen's lists, read for one user and one day."""
