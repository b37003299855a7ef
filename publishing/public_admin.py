"""Public-site admin (the public website: reports, requests, learning summaries)."""
