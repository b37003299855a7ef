"""Staff accounts: the second factor, its enrolment and reset, and the admin site needing it."""
