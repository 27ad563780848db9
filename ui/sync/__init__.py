"""The team sync in the desktop app: File → Sync now and the status line."""
