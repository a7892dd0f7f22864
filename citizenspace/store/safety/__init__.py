"""Keeping a database safe: backups (`backup`) and health checks and repairs (`health`)."""
