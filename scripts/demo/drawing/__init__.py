"""The demo pictures, drawn with Pillow and its built-in font.

A product's drawing is a body (box, bottle, garment...; ``bodies``) that lays out slots, and in
each slot an element (logo, hologram, barcode...; ``elements``) that draws itself genuine or
counterfeit. ``picture`` puts the two together.
"""

from .basics import Slot, Spec
from .bodies import PREFERRED
from .elements import misspell
from .picture import draw, layout, region

__all__ = ["PREFERRED", "Slot", "Spec", "draw", "layout", "misspell", "region"]
