"""One dossier on one screen, with its history and the actions its status allows."""
