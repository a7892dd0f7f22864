"""Sync for the screens and the command line: rounds recorded, what the Sync page shows."""
