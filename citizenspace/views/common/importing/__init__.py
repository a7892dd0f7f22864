"""The import dialog every spreadsheet import shares: map the file's columns, check, import."""
