"""Qt-free integration with the operating system (autostart at login)."""
