"""Tests of citizenspace.sync (a package, so that test files may share names with other folders)."""
