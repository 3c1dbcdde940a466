"""The short family: current through an internal short, which bypasses the metal interfaces
(``short_current_density`` of the interface contract; positive in the discharge direction),
chosen by the ``"short"`` option.

- :class:`NoShort` (``"none"``): no short.
"""

from pybamm_beyondli.submodels.short.short import BaseShort, NoShort

__all__ = ["BaseShort", "NoShort"]
