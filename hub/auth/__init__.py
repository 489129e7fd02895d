"""Passwords, access tokens and rotating refresh tokens."""
