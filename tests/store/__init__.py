"""Tests of citizenspace.store (a package, so that test files may share names with other folders)."""
