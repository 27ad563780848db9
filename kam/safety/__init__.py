"""Data safety: restoring backups, recovering damaged files, the safety commands."""
