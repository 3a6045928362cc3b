"""Workshops, presentation, spot the fake and handouts."""
