"""The officer's search, results, product pages and compare view."""
