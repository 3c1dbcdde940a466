"""Potentials of two planar metal electrodes facing each other across an electrolyte gap, and
the cell voltage.

The negative current collector is the potential reference (φ = 0, PyBaMM's convention) and the
metal foils are equipotential (their Ohmic drop, i·L/σ ≈ 10⁻¹⁰ V for 50 µm of Li at
10 mA cm⁻², is neglected). With Δφ_k = φ_s,k − φ_e,k the surface potential difference of the
interface kinetics and φ_e,p the electrolyte potential at the positive surface (electrolyte
conductivity submodel),

    φ_s,n = 0,   φ_s,p = φ_e,p + Δφ_p,   V = φ_s,p − φ_s,n.

For a symmetric cell at positive (PyBaMM "discharge") current the negative electrode strips and
the positive plates, so V < 0; for a metal ‖ substrate (Li ‖ Cu) cell V is the substrate
potential against the metal.
"""

from __future__ import annotations

import pybamm


class PlanarMetalElectrodes(pybamm.BaseSubModel):
    """Solid potentials of the two metal electrodes and the voltage variables PyBaMM's
    external circuit and :class:`pybamm.Experiment` read."""

    def get_coupled_variables(self, variables: dict) -> dict:
        phi_s_cn = variables["Negative current collector potential [V]"]
        phi_e_p = variables["Positive metal surface electrolyte potential [V]"]
        delta_phi_p = variables["Positive metal surface potential difference [V]"]
        phi_s_n = phi_s_cn
        phi_s_p = phi_e_p + delta_phi_p
        V = pybamm.yz_average(phi_s_p - phi_s_n)
        variables.update({
            "Negative metal electrode potential [V]": phi_s_n,
            "Positive metal electrode potential [V]": phi_s_p,
            "Positive current collector potential [V]": phi_s_p,
            "Local voltage [V]": phi_s_p - phi_s_cn,
            "Voltage [V]": V,
            "Voltage expression [V]": V,
            "Terminal voltage [V]": V,
            "Battery voltage [V]": V * self.param.n_cells,
        })
        return variables
