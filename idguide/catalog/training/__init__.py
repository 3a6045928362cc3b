"""Training: workshop sets and printed handouts."""
