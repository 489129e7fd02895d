"""Desktop notifications: worded from the domain's decisions, shown by the tray or D-Bus."""
