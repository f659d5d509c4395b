"""Tra cứu: find any dossier by code, name, ID number or phone."""
