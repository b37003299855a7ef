"""Public-site models (the public website: reports, requests, learning summaries)."""
