"""The Schedule space: the week's shift windows as a calendar grid, booking, the .ics
export, and the timesheet of recorded working time."""
