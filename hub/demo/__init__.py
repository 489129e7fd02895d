"""Deterministic demo data for ``hub seed --demo``."""
