"""The kinds of product: what a product of each kind is, and how it is drawn.

Each kind maps to (category, body[:variant], hs code, typical price, name templates en/es/fr/pt,
details); ``body`` names one of drawing.bodies.BODIES and ``{x}`` in a name is the model or line.
"""

from .consumable import CONSUMABLE_KINDS
from .durable import DURABLE_KINDS

KINDS = DURABLE_KINDS | CONSUMABLE_KINDS
# categories whose pictures carry an expiry date rather than a manufacturing date
CONSUMABLE = {kind[0] for kind in CONSUMABLE_KINDS.values()}
