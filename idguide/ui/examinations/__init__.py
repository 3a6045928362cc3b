"""The officer's examinations of suspect items."""
