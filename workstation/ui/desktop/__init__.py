"""Desktop behaviour: one instance per user, remembered window layout, autostart at login."""
