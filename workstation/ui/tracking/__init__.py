"""The time tracker in the app: controller, bar, idle detection, recovery, reminders."""
