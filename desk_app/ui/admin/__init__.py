"""The administrator's page: office profile, users, catalog, working calendar, backups."""
