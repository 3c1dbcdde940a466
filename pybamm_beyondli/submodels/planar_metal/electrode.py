"""Potentials of planar metal electrodes and the cell voltage of a metal ‖ metal cell; the
aliases PyBaMM's half cell reads.

The metal foils are equipotential (their ohmic drop, i L / sigma ≈ 1e-10 V for 50 µm of Li at
10 mA cm-2, is neglected), and the negative current collector is the potential reference
(PyBaMM's convention). The surface potential difference of electrode k is the potential
across its double layer (the state of :mod:`~pybamm_beyondli.submodels.planar_metal.interface`)
plus the ohmic drop of the interphase film in series with it, Δφ_k = Δφ_dl,k + eta_film,k, and

    negative:  φ_s,n = φ_cc,n,           φ_e at its surface = φ_s,n − Δφ_n,
    positive:  φ_s,p = φ_e,p + Δφ_p,     V = φ_s,p − φ_s,n,

with φ_e,p the electrolyte potential at the positive surface (electrolyte family). A metal ‖
metal cell at positive ("Discharge") current strips the negative electrode and plates the
positive one, so V < 0; in a metal ‖ substrate cell V is the substrate against the metal.

:class:`HalfCellAliases` publishes, for a metal-anode full cell built on PyBaMM's half cell, the
names PyBaMM's voltage, SEI, thermal and electrolyte submodels read
(:data:`~pybamm_beyondli.submodels.variables.HALF_CELL_ALIASES`), the foil's zero ohmic drop
and PyBaMM's sign of the film overpotential.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.planar_metal.inventory import (
    PlanarMetalSubModel,
    applied_current_density,
)


class InterfaceCurrent(PlanarMetalSubModel):
    """The current density through the interface of ``domain``'s planar metal electrode
    (``interface_current_density``: +i at the negative electrode, -i at the positive one, less
    a short's). A submodel of its own: the film reads it, and the surface potential difference
    the electrode's potentials read adds the film's drop."""

    def __init__(self, param, domain: str, options=None) -> None:
        super().__init__(param, domain, options, name="planar metal interface current")

    def get_coupled_variables(self, variables: dict) -> dict:
        j = applied_current_density(variables, self.domain)
        variables.update({
            names.interface_current_density(self.domain): j,
            # PyBaMM's name, which its SEI on a planar electrode reads
            f"{self.domain.capitalize()} electrode interfacial current density [A.m-2]": j,
        })
        return variables


class PlanarMetalElectrode(PlanarMetalSubModel):
    """Solid potential of the planar metal electrode of ``domain`` (module docstring); on the
    positive electrode also the cell voltage variables PyBaMM's external circuit and
    :class:`pybamm.Experiment` read."""

    def __init__(self, param, domain: str, options=None) -> None:
        super().__init__(param, domain, options, name="planar metal electrode")

    def get_coupled_variables(self, variables: dict) -> dict:
        # the film in series with the double layer
        delta_phi = (variables[names.double_layer_potential_difference(self.domain)]
                     + variables[names.interphase_overpotential(self.domain)])
        variables[names.surface_potential_difference(self.domain)] = delta_phi
        if self.domain == "negative":
            phi_s = variables["Negative current collector potential [V]"]
            variables.update({
                names.electrode_potential("negative"): phi_s,
                names.surface_electrolyte_potential("negative"): phi_s - delta_phi,
            })
            return variables
        phi_s = variables[names.surface_electrolyte_potential("positive")] + delta_phi
        phi_s_n = variables["Negative current collector potential [V]"]
        V = pybamm.yz_average(phi_s - phi_s_n)
        variables.update({
            names.electrode_potential("positive"): phi_s,
            "Positive current collector potential [V]": phi_s,
            "Local voltage [V]": phi_s - phi_s_n,
            "Voltage [V]": V,
            "Voltage expression [V]": V,
            "Terminal voltage [V]": V,
            "Battery voltage [V]": V * self.param.n_cells,
        })
        return variables


class HalfCellAliases(pybamm.BaseSubModel):
    """PyBaMM's half-cell names for the negative planar metal interface (module docstring):
    ``group`` ``"potentials"`` (the electrode's and electrolyte's potentials at the metal,
    the foil's zero ohmic drop: what PyBaMM's electrolyte conductivity reads) or
    ``"interface"`` (the kinetics' and film's variables: what its voltage, SEI and thermal
    submodels read). Two groups, so that each is published as soon as its sources are."""

    GROUPS = ("potentials", "interface")

    def __init__(self, param, group: str, options=None) -> None:
        if group not in self.GROUPS:
            raise InputError(f"group {group!r} is not allowed; use one of {self.GROUPS}")
        super().__init__(param, name=f"half-cell aliases ({group})", options=options)
        self.group = group

    def get_coupled_variables(self, variables: dict) -> dict:
        potentials = {names.electrode_potential("negative"),
                      names.surface_electrolyte_potential("negative"),
                      names.interface_current_density("negative")}
        for alias, name in names.HALF_CELL_ALIASES.items():
            if (name in potentials) == (self.group == "potentials"):
                variables[alias] = variables[name]
        if self.group == "potentials":
            zero = pybamm.PrimaryBroadcast(pybamm.Scalar(0), "current collector")
            variables.update({"Negative electrode potential drop [V]": zero,
                              "X-averaged negative electrode ohmic losses [V]": zero})
        else:
            # PyBaMM's sign: its film overpotential is subtracted from the reaction's
            variables["Negative electrode SEI film overpotential [V]"] = -variables[
                names.interphase_overpotential("negative")]
        return variables
