"""Cache migrations, oldest first; each one is frozen once released."""
