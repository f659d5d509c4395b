"""Theo dõi: the work queues of dossiers being handled."""
