"""The contact family: the fraction of a metal electrode's area where metal and electrolyte
touch (``contact_area_fraction`` of the interface contract), chosen by the ``"metal contact"``
option; the kinetics scale the metal reaction with it.

- :class:`PerfectContact` (``"perfect"``): 1, a liquid wets the whole metal surface.
"""

from pybamm_beyondli.submodels.contact.contact import BaseContact, PerfectContact

__all__ = ["BaseContact", "PerfectContact"]
