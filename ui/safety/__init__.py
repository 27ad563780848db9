"""Data safety in the desktop app: opening a database (passphrase, damaged file,
sync-folder warning), backups while working, restore, check and encryption."""
