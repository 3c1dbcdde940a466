"""Values shared by every parameter set with a metal electrode (not a set itself): the
metal's properties, the conventions of this package's metal submodels, the dead-metal
fraction of Li in LiPF6 carbonates, and the reviews they are quoted from.

Used by the metal-anode full-cell sets (``LiMetal_NMC_Xu2019``, ``AnodeFree_NMC_Xu2019``)
and, through :mod:`._planar_metal_cell`, by the metal ‖ metal and metal ‖ substrate sets, so
that these values cannot diverge between them.
"""

from __future__ import annotations

from collections.abc import Callable

import pybamm
from pybamm.input.parameters.lithium_ion import Xu2019

from pybamm_beyondli.parameters.functions import Arrhenius
from pybamm_beyondli.parameters.metals import get_metal

#: Dead fraction of Li stripped from a deposit in 1 M LiPF6 EC:DMC on bare Li or Cu:
#: 0.10, i.e. a Coulombic efficiency of 90 %. LiPF6 carbonates give mossy (high j) or
#: needle-like (low j) Li, not flat deposits [Varzi2020, Tian2021; digest §1.3], and random/
#: mossy deposits are 80-90 % reversible [Shinde2023; digest §1.3/§1.6]; 90 % is the top of
#: that range, below Xiang2019's "generally below 99.5 %" (the ceiling of any reported Li
#: CE). The 97.5 % quoted by Varzi2020 is for Li on carbon-nanosphere hosts, not bare Li/Cu.
#: With CE < 95 % dead metal controls the loss [Shinde2023; digest §1.6], as in the
#: dead-metal submodel. One constant for every Li-in-carbonate set.
LI_CARBONATE_DEAD_FRACTION = 0.10

#: Activation energy of the Li|Li+ exchange current [J.mol-1]: 56 kJ/mol, microelectrode
#: measurements over 253-333 K (Li|Li+ in LiAsF6/THF: "Application of microelectrodes to the
#: study of the Li|Li+ couple in ether solvents. Part 2. Temperature dependence", J. Chem.
#: Soc., Faraday Trans. 1 82 (1986) 179, doi:10.1039/F19868200179). No carbonate value is
#: given in the reviews; the sets use this one for Li in carbonates and for Na and K, in
#: each case as an ESTIMATE (measured in an ether, LiAsF6/THF, not in a carbonate).
LI_EXCHANGE_ACTIVATION_ENERGY = 56e3
#: Reference temperature of the exchange currents (their sources' room temperature) [K].
REFERENCE_TEMPERATURE = 298.15

def li_metal_exchange_current_density_25C(c_e, T):
    """Xu et al. (2019) Li|LiPF6 exchange current density, j0 = 3.5e-8 F c_Li^0.7 c_e^0.3
    [A.m-2] (PyBaMM's ``Xu2019`` function), with c_Li = 1/V_m the molar density of Li metal
    from the metal table (about 7.1 mA cm-2 at 1 M and 25 °C)."""
    return Xu2019.li_metal_electrolyte_exchange_current_density_Xu2019(
        c_e, pybamm.Scalar(1 / get_metal("Li").molar_volume), T)


def li_arrhenius(j0: Callable) -> Arrhenius:
    """``j0`` with the Li|Li+ activation energy :data:`LI_EXCHANGE_ACTIVATION_ENERGY` (1986
    study) about :data:`REFERENCE_TEMPERATURE`."""
    return Arrhenius(j0, LI_EXCHANGE_ACTIVATION_ENERGY, REFERENCE_TEMPERATURE)


#: Xu et al.'s Li-metal exchange current with the Li|Li+ activation energy (1986 study).
li_metal_exchange_current_density = li_arrhenius(li_metal_exchange_current_density_25C)


#: Butler-Volmer transfer coefficient of metal plating/stripping: 1/2, the symmetric barrier
#: (Bard & Faulkner 2001, §3.3), Xu et al. (2019)'s "charge transfer coefficient" of Li metal
#: and the value of PyBaMM's Chayambuka2022 Na-ion set.
TRANSFER_COEFFICIENT = 0.5


#: The sources of :func:`metal_electrode_parameters` (coverage and nucleus thickness
#: [Shinde2023], substrate floor [Adams2018], transfer coefficient and the Arrhenius form
#: [Bard & Faulkner 2001]) and of the activation energy every metal set's j0 uses (1986):
#: each set that uses them lists these among its citations.
METAL_CITATIONS = ["Shinde2023", "Adams2018", "BardFaulkner2001", "LiLiTemperature1986"]


def metal_electrode_parameters(metal_symbol: str,
                               domains: tuple[str, ...] = ("Negative",)) -> dict:
    """The metal's properties and the metal-interface conventions, for a metal electrode on
    each of ``domains`` (``"Negative"``, ``"Positive"``)."""
    metal = get_metal(metal_symbol)
    values = {
        # metal (pybamm_beyondli.parameters.metals: IUPAC molar masses, CRC/review densities)
        "Metal charge number": metal.z,
        "Metal molar volume [m3.mol-1]": metal.molar_volume,
        # the metal must stay solid (metals.py: CRC / reviews)
        "Metal melting point [K]": metal.melting_point,
        # Sand's-time event at 0.1 % of a 1 M salt (numerical margin: the analytic Sand's
        # time is at c = 0, reached (1 - 1e-3)^2 = 0.998 of the way; electrolyte limits)
        "Electrolyte depletion concentration [mol.m-3]": 1.0,
    }
    for domain in domains:
        values.update({
            # coverage thickness: assumed 10 nm (no review gives an end-of-stripping length;
            # the order of the 10-20 nm ideal SEI [Shinde2023], below which a layer is no
            # longer continuous). It only shapes the last ~10 nm of stripping (<0.2 % of a
            # 1 mAh cm-2 Li layer, ~5 µm) and lets a voltage cut-off end a metal-limited
            # discharge before the exhaustion event
            f"{domain} electrode metal coverage thickness [m]": 1e-8,
            # regularisation of the kinetics on a bare substrate (planar_metal.law): small
            # enough that stripping an exhausted deposit passes 1 V (the strip limit of
            # Adams et al. 2018); far below the exhaustion coverage, so it never carries a
            # stripping current (the full-cell sets override it: LiMetal_NMC_Xu2019)
            f"{domain} electrode substrate coverage floor": 1e-15,
            # nucleation overpotential off (0 = off; Na on Cu: NaCu_Carbonate)
            f"{domain} electrode metal nucleation overpotential [V]": 0.0,
            # nucleus coverage thickness, used only with the nucleation barrier on: the
            # deposit thickness L_n per unit extended coverage of the nuclei (Avrami's
            # relation theta_n = 1 - exp(-A V_m / L_n), planar_metal.law). ESTIMATED, 1 µm:
            # the digest (§1.2, [Shinde2023]) gives "critical radii 1-6 µm" for Li, Mg, Zn,
            # Na, K; read here as the size of grown nuclei (the thermodynamic r_c =
            # 2 gamma V_m / (z F eta_nuc) is ~nm at tens of mV); a hemispherical nucleus of
            # radius r holds 2r/3 of metal per area of its footprint, so L_n ~ 0.7-4 µm, of
            # which the order of the lower end is taken
            f"{domain} electrode metal nucleus coverage thickness [m]": 1e-6,
            # transfer coefficient 1/2 (TRANSFER_COEFFICIENT)
            f"{domain} electrode Butler-Volmer transfer coefficient": TRANSFER_COEFFICIENT,
        })
    return values


def metal_layer_thickness(domain: str) -> pybamm.Symbol:
    """PyBaMM's ``"{domain} electrode thickness [m]"`` of a planar metal electrode, given as the
    metal layer, L_0 + L_c (initial metal plus coverage thickness): the half cell's coordinate
    offset and the heat volume of the electrode, one parameter with the metal's own thickness
    (L_c keeps it positive on a bare substrate, whose heat per area does not depend on it)."""
    return (pybamm.Parameter(f"{domain} electrode initial metal thickness [m]")
            + pybamm.Parameter(f"{domain} electrode metal coverage thickness [m]"))
