"""Examinations: an officer's check of a suspect item and its export."""
