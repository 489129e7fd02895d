"""The timesheet: recorded working time by day and week, corrections, CSV export."""
