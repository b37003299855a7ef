"""The public website: what readers see, all of it read through `services.catalogue`.

urls    every public address (namespace "publishing")
views   home, the reports list and search, report and briefing pages, stored PDFs, the
        removed-reports list and copy requests, learning summaries, open data, health
forms   the search and filter form, the copy-request form
exports the open data: /reviews.csv and /reviews.json
feeds   the RSS feed of new reports
"""
