"""The system tray icon: shift state, unread badge, quick actions, close-to-tray."""
