"""Full-text search in the UI: the search field and the highlighted results."""
