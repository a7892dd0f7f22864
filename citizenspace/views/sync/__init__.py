"""Sync with the central share: the Sync page, its conflict review, the background rounds."""
