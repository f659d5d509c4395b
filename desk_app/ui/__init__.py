"""PySide6 windows and widgets: thin views over the services."""
