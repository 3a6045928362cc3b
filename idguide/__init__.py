"""idguide: an offline reference for telling genuine branded goods from counterfeits."""

__version__ = "0.2.0"
