"""Public-site tasks (the public website: reports, requests, learning summaries)."""
