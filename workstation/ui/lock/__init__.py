"""The app lock: idle detection, the lock screen that hides personal data, and unlocking."""
