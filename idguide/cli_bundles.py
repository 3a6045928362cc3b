"""``idguide bundle ...``, ``idguide trust ...``, ``idguide import``, ``idguide bundles``."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the bundle and trust commands to the top-level command list."""
