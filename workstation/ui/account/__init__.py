"""The expert's own account: second-factor enrolment."""
