"""The ``idguide`` command: a thin layer over :mod:`idguide.catalog`.

``main`` is the whole public interface (``[project.scripts]`` and ``python -m idguide`` call it).
The commands live in modules by area (officer, catalogue, bundles, trust, authoring,
examinations, training, feed), their shared helpers in :mod:`idguide.cli.common`, and the command
list and the error handling in :mod:`idguide.cli.commands`.
"""

from idguide.cli.commands import main

__all__ = ["main"]
