"""Laboratory Li-S cell of Marinescu, Zhang & Offer (2016), for the zero-dimensional model
``LithiumSulfur`` (:mod:`pybamm_beyondli.models.lithium_sulfur`).

M. Marinescu, T. Zhang, G.J. Offer, "A zero dimensional model of lithium-sulfur batteries
during charge and discharge", Phys. Chem. Chem. Phys. 18 (2016) 584-593 (key
``Marinescu2016``). The paper's values were read from the two public implementations of its
model, which agree: PyBaMM's ``base-lithium-sulfur`` branch (``parameters.csv``) and
DrMichaelCornish/LiS-Models (``Marinescu2016``; see ``shared/literature/primary-parameters.md``
§4.1). The paper's Table 1 itself was not read.

Values the paper does not have, and where they come from:

- the shuttle's activation energy: Hua et al. (2019), the same group's model with the shuttle
  heat (E_s = 8.9712e-20 J x N_A = 54.0 kJ/mol); the paper is isothermal at 298 K, and the
  charge-transfer and precipitation activation energies are not known (0: those rates do not
  change with temperature);
- the ohmic resistance: the paper's voltage is the cathode potential (no series resistance,
  which a real cell has and which the model needs for a voltage-held step with its double
  layer). The set takes the ohmic resistance of the equivalent circuit Propp et al. (2016)
  fitted to an OXIS cell of the same kind (Marinescu is a co-author), over the low plateau (SOC
  0.2-0.6) at 20, 30 and 50 °C, fitted by R = R_0 exp[E_R/R (1/T - 1/T_ref)]: 0.0896 Ohm at
  298 K, E_R = 26.8 kJ/mol (:func:`pybamm_beyondli.workflows.lis_fit.ecm_resistance_arrhenius`);
  it does not depend on the cell's state here, and the pore volume is the electrolyte volume
  (the pores of a flooded cell);
- the transport of polysulfides to the carbon: k_m = D / delta = 1e-10 m2/s / 40 um =
  2.5e-6 m/s, the S4(2-) diffusivity and the cathode thickness of Neidhardt et al.'s 1-D model
  (BatCan's ``Li_PorousSep_Sulfur.yaml``; ``primary-parameters.md`` §4.3);
- the cathode's double-layer capacity: 0.2 F/m2 of reaction area, the middle of the 0.1-0.4
  F/m2 (10-40 uF/cm2) of electrode double layers (Bard & Faulkner 2001, §13.3);
- the Li anode: a 50 um foil (commercial Li foil is >= 50 um thick, Varzi et al. 2020) on the
  cathode's reaction area; Li's molar volume from the package's metal table (CRC Handbook);
  the anode interphase is Li2S, molar volume M/rho = 45.95 g/mol / 1.66 g/cm3 = 2.768e-5 m3/mol
  (CRC Handbook, 97th ed.);
- the thermal rows of the lumped model: Hua et al. (2019)'s cell heat capacity 2 J/(g K) and
  mass 0.129 kg (their file labels the mass both "0.129 g" and "129.0 kg"; 0.129 kg is the one
  a pouch cell of this size can have) and their heat transfer coefficient x area 0.2 W/K
  (taken as 10 W/(m2 K) on 0.02 m2); the maximum temperature is the boiling point of
  1,3-dioxolane, 75 °C (CRC Handbook), the most volatile solvent of the usual Li-S electrolyte
  (LiTFSI in DOL/DME, Varzi et al. 2020).

The shuttle rate constant is the paper's: 2e-4 s-1 on charge and 0 on discharge (the paper
fitted its discharges without a shuttle); at rest the set takes the charge value. With it a
charge below I_crit = F k_s m_S / (2 M_S) = 0.81 A (about 0.24C) cannot reach the 2.5 V cut-off
(Mikhaylik & Akridge 2004): the cell is charged faster than that.

The initial state is the paper's start of discharge (fully charged). Nominal capacity: the
capacity of 2.7 g of sulfur at 1.5 electrons per sulfur atom (S8 -> S2(2-) + 2 S(2-), the
model's end of discharge), 2.7 / 32 x 1.5 x F / 3600 = 3.39 A.h.
"""

from __future__ import annotations

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameters.functions import DirectionalRate
from pybamm_beyondli.parameters.metals import FARADAY, get_metal

#: Sulfur in the cell [g] (Marinescu 2016) and the sulfur molar mass the paper uses [g/mol].
SULFUR_MASS = 2.7
SULFUR_MOLAR_MASS = 32.0
#: Li2S molar mass [g.mol-1] (IUPAC 2021) and density [g.cm-3] (CRC Handbook, 97th ed.).
LI2S_MOLAR_MASS = 45.95
LI2S_DENSITY = 1.66


def nominal_capacity() -> float:
    """2.7 g of sulfur at 1.5 electrons per atom [A.h]."""
    return SULFUR_MASS / SULFUR_MOLAR_MASS * 1.5 * FARADAY / 3600


def get_parameter_values() -> dict:
    li = get_metal("Li")
    return {
        "chemistry": "lithium_sulfur",
        # --- species and electrolyte (Marinescu 2016) ---
        "Sulfur molar mass [g.mol-1]": SULFUR_MOLAR_MASS,  # the paper's value
        "Electrolyte volume [L]": 0.0114,  # v, per cell
        "Cathode reaction area [m2]": 0.960,  # a_r, active reaction area per cell
        "Precipitate density [g.L-1]": 2000.0,  # rho_s
        "Sulfide saturation mass [g]": 1e-4,  # S*
        "Precipitation rate constant [s-1]": 100.0,  # k_p
        # S_n: the paper's initial precipitate, the seed its growth law needs
        "Precipitation seed mass [g]": 2.7e-6,
        # --- reactions (Marinescu 2016) ---
        "High plateau standard potential [V]": 2.35,  # E_H0
        "Low plateau standard potential [V]": 2.195,  # E_L0
        "High plateau apparent electron number": 4.0,  # n_e of the reaction as written
        "Low plateau apparent electron number": 4.0,
        "High plateau exchange-current density [A.m-2]": 10.0,  # i_H0
        "Low plateau exchange-current density [A.m-2]": 5.0,  # i_L0
        "High plateau interaction potential [V]": 0.0,  # ideal solution (the paper's)
        "Low plateau interaction potential [V]": 0.0,
        # the last step S2(2-) -> S(2-) (Kumaresan 2008) is not in Marinescu 2016: exchange
        # current 0, so that it carries no current (its other rows then have no effect: the
        # low plateau's E_0, the 2 electrons of the step as written, an ideal solution, 0 J/mol)
        "Bottom plateau exchange-current density [A.m-2]": 0.0,
        "Bottom plateau standard potential [V]": 2.195,
        "Bottom plateau apparent electron number": 2.0,
        "Bottom plateau interaction potential [V]": 0.0,
        "Bottom plateau activation energy [J.mol-1]": 0.0,
        "Cathode Butler-Volmer transfer coefficient": 0.5,  # the paper's symmetric sinh
        "Cathode double-layer capacity [F.m-2]": 0.2,  # Bard & Faulkner 2001, §13.3
        "Cathode mass-transfer coefficient [m.s-1]": 1e-10 / 40e-6,  # Neidhardt 2012 D / L
        # --- shuttle (Marinescu 2016: k_s on charge; 0 on discharge) ---
        "Shuttle rate constant [s-1]": DirectionalRate(charge=2e-4, discharge=0.0),
        "Shuttle deposition fraction": 0.0,  # the paper's shuttle returns all S8 as S4(2-)
        "Shuttle passivation coefficient [m-1]": 0.0,  # no passivating additive modelled
        "Anode interphase molar volume [m3.mol-1]": LI2S_MOLAR_MASS / LI2S_DENSITY * 1e-6,
        # --- Li anode: 50 um foil (Varzi 2020), Li's molar volume (CRC Handbook) ---
        "Negative electrode initial metal thickness [m]": 50e-6,
        "Metal molar volume [m3.mol-1]": li.molar_volume,
        # --- temperature ---
        "Reference temperature [K]": 298.0,  # the paper's T
        "Charge-transfer activation energy [J.mol-1]": 0.0,  # not known
        "Precipitation activation energy [J.mol-1]": 0.0,  # not known
        "Shuttle activation energy [J.mol-1]": 54.0e3,  # Hua 2019 (8.9712e-20 J x N_A)
        # --- ohmic resistance: Propp 2016 ECM (same OXIS cell kind), at 298 K ---
        "Ohmic resistance [Ohm]": 0.0896,
        "Ohmic resistance activation energy [J.mol-1]": 26.8e3,
        "Dissolved polysulfide resistance coefficient": 0.0,  # no state dependence known
        "Cathode pore volume [L]": 0.0114,  # flooded: the pores hold the electrolyte v
        "Bruggeman coefficient (electrolyte)": 1.5,  # Bruggeman's exponent (PyBaMM's value)
        # --- initial state: start of discharge, fully charged ([PB-LiS] parameters.csv) ---
        "Initial S8 mass [g]": 2.6946,
        "Initial S4 mass [g]": 0.0027,
        "Initial S2 mass [g]": 2.697299e-3,
        "Initial S mass [g]": 8.8307e-10,
        "Initial precipitated sulfur mass [g]": 2.7e-6,
        "Initial anode interphase sulfur mass [g]": 0.0,
        # --- cell and operation ---
        "Nominal cell capacity [A.h]": nominal_capacity(),
        "Current function [A]": 1.7,  # the paper's discharge current
        "Lower voltage cut-off [V]": 1.5,  # Marinescu 2018 and Hua 2019 (same model)
        "Upper voltage cut-off [V]": 2.5,
        "Initial temperature [K]": 298.0,
        "Ambient temperature [K]": 298.0,
        # --- lumped thermal (Hua 2019; maximum: DOL boiling point, CRC Handbook) ---
        "Cell mass [kg]": 0.129,
        "Cell specific heat capacity [J.kg-1.K-1]": 2000.0,
        "Total heat transfer coefficient [W.m-2.K-1]": 10.0,
        "Cell cooling surface area [m2]": 0.02,
        "Maximum temperature [K]": 348.15,
        "citations": cite("Marinescu2016", "Hua2019", "Propp2016", "Neidhardt2012",
                          "BardFaulkner2001",
                          "Varzi2020", "CRC2016"),
    }
