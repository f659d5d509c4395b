"""The SQLite store: connection, migrations and repositories (through sqlite-utils)."""
