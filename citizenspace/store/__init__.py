"""Storage: SQLAlchemy models on SQLite, engine set-up, change capture, migrations, backups."""
