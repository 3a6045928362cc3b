"""A package's names, imported from their modules when first used (PEP 562).

``idguide.catalog`` and ``idguide.catalog.bundles`` offer their whole API at the top, but a
process that needs one module of them, like the helper process that checks a bundle's pictures,
should not load the search engine, the PDF and crypto libraries and the rest for it: that was a
fifth of a second of the helper's start. Each package also imports the same names under
``if TYPE_CHECKING:``, for type checkers and readers.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def exports(package: str, modules: dict[str, list[str]]) -> Callable[[str], Any]:
    """The module ``__getattr__`` of ``package``, offering each module's listed names."""
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # found directly from now on
        return value

    return __getattr__
