"""Một Cửa Desk — the one-stop reception desk application for commune People's Committees."""

__version__ = "0.1.0"
