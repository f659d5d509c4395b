"""Đồng bộ: the sync page."""
