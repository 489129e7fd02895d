"""Alembic environment and versions of the workstation cache (run by ``store.database``)."""
