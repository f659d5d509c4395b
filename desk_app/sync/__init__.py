"""Upstream sync: the outbox sender, updates down, offline bundles, credentials in the OS keyring."""
