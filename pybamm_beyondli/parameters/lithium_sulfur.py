"""The parameters of a zero-dimensional lithium-sulfur cell (:mod:`pybamm_beyondli.models.
lithium_sulfur`), their allowed values (:data:`RULES`) and the constants of its reactions.

Units follow the Li-S literature the model comes from (Marinescu et al. 2016): species as grams
of sulfur, volumes in litres, concentrations in mol/L (the standard state of the Nernst
potentials); everything else is SI.

Every parameter the Li-S submodels read is a :class:`~pybamm_beyondli.parameters.checks.
CheckedParameter`: a value outside its rule (a negative species mass, rate or volume, a
transfer coefficient outside (0, 1), ...) raises :class:`~pybamm_beyondli.errors.InputError`
naming the parameter and what is allowed when PyBaMM substitutes the values, before any solve.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.parameters.checks import (
    NON_NEGATIVE,
    OPEN_UNIT,
    POSITIVE,
    TEMPERATURE,
    UNIT,
    Rule,
    checked,
)

#: The cathode's reactions, from the longest chain reduced to the shortest: "High" S8 + 4e-
#: -> 2 S4(2-) and "Low" S4(2-) + 4e- -> S2(2-) + 2 S(2-) (the two plateaus of Marinescu et al.
#: 2016), and "Bottom" S2(2-) + 2e- -> 2 S(2-), the last reduction step (Kumaresan, Mikhaylik &
#: White 2008), at the end of the low plateau.
REACTIONS = ("High", "Low", "Bottom")
#: Electrons transferred per reaction as written.
ELECTRONS = {"High": 4, "Low": 4, "Bottom": 2}
#: Sulfur atoms per dissolved species.
ATOMS = {"S8": 8, "S4": 4, "S2": 2, "S": 1}
#: Dissolved species, in order of decreasing chain length.
SPECIES = ("S8", "S4", "S2", "S")
#: Lithium atoms bound per sulfur atom: S8 (neutral, 0), Li2S4 (1/2), Li2S2 (1), Li2S (2); the
#: precipitate and the anode interphase are Li2S (2).
LITHIUM_PER_SULFUR = {"S8": 0.0, "S4": 0.5, "S2": 1.0, "S": 2.0}
#: Reference concentration of the standard state of the Nernst potentials [mol.L-1].
STANDARD_CONCENTRATION = 1.0

#: Allowed values of the Li-S parameters (checked when PyBaMM substitutes them).
RULES: dict[str, Rule] = {
    "Sulfur molar mass [g.mol-1]": POSITIVE,
    "Electrolyte volume [L]": POSITIVE,
    "Cathode reaction area [m2]": POSITIVE,
    "High plateau apparent electron number": POSITIVE,
    "Low plateau apparent electron number": POSITIVE,
    "Bottom plateau apparent electron number": POSITIVE,
    "High plateau exchange-current density [A.m-2]": POSITIVE,
    "Low plateau exchange-current density [A.m-2]": POSITIVE,
    # 0: a cell without the last reduction step (Marinescu et al. 2016's)
    "Bottom plateau exchange-current density [A.m-2]": NON_NEGATIVE,
    "Cathode Butler-Volmer transfer coefficient": OPEN_UNIT,
    "Cathode double-layer capacity [F.m-2]": POSITIVE,
    "Cathode mass-transfer coefficient [m.s-1]": POSITIVE,
    "Precipitation rate constant [s-1]": NON_NEGATIVE,
    "Sulfide saturation mass [g]": POSITIVE,
    "Precipitate density [g.L-1]": POSITIVE,
    "Shuttle rate constant [s-1]": NON_NEGATIVE,
    "Shuttle deposition fraction": UNIT,
    "Shuttle passivation coefficient [m-1]": NON_NEGATIVE,
    "Anode interphase molar volume [m3.mol-1]": POSITIVE,
    "Reference temperature [K]": TEMPERATURE,
    "Charge-transfer activation energy [J.mol-1]": NON_NEGATIVE,
    "Bottom plateau activation energy [J.mol-1]": NON_NEGATIVE,
    "Precipitation activation energy [J.mol-1]": NON_NEGATIVE,
    "Shuttle activation energy [J.mol-1]": NON_NEGATIVE,
    "Ohmic resistance activation energy [J.mol-1]": NON_NEGATIVE,
    "Ohmic resistance [Ohm]": NON_NEGATIVE,
    "Dissolved polysulfide resistance coefficient": NON_NEGATIVE,
    "Cathode pore volume [L]": POSITIVE,
    "Bruggeman coefficient (electrolyte)": NON_NEGATIVE,
    "Initial S8 mass [g]": Rule("> 0 (the Nernst potentials need every dissolved species)",
                                low=0, low_open=True),
    "Initial S4 mass [g]": Rule("> 0 (the Nernst potentials need every dissolved species)",
                                low=0, low_open=True),
    "Initial S2 mass [g]": Rule("> 0 (the Nernst potentials need every dissolved species)",
                                low=0, low_open=True),
    "Initial S mass [g]": Rule("> 0 (the Nernst potentials need every dissolved species)",
                               low=0, low_open=True),
    "Initial precipitated sulfur mass [g]": NON_NEGATIVE,
    "Precipitation seed mass [g]": POSITIVE,
    "Initial anode interphase sulfur mass [g]": NON_NEGATIVE,
    "Negative electrode initial metal thickness [m]": NON_NEGATIVE,
    "Metal molar volume [m3.mol-1]": POSITIVE,
}

#: The cathode's pores must not start full of precipitate.
PORE_MARGIN = ("Precipitate density [g.L-1] * Cathode pore volume [L] - Initial precipitated "
               "sulfur mass [g]")
PORE_RULE = Rule("> 0: the initial precipitate must fit in the cathode's pores", low=0,
                 low_open=True)


def _checked(name: str) -> pybamm.Symbol:
    """``pybamm.Parameter(name)`` checked against :data:`RULES` on substitution."""
    return checked(pybamm.Parameter(name), name, RULES[name])


class LithiumSulfurParameters:
    """The Li-S cell's own parameters (the model's parameter object holds one as ``sulfur``).

    Species and electrolyte
        ``M_S`` = ``"Sulfur molar mass [g.mol-1]"``, ``v`` = ``"Electrolyte volume [L]"``;
        ``initial_mass[k]`` = ``"Initial <k> mass [g]"`` for k in S8, S4, S2, S (the dissolved
        S8, S4(2-), S2(2-) and S(2-), as grams of sulfur), ``Sp_init`` = ``"Initial
        precipitated sulfur mass [g]"`` (Li2S, grams of sulfur), ``Sa_init`` = ``"Initial
        anode interphase sulfur mass [g]"``; ``m_total`` their sum.
    Reactions (``plateau`` "High", "Low" or "Bottom": :data:`REACTIONS`)
        ``E0[plateau]`` = ``"<plateau> plateau standard potential [V]"``, ``n[plateau]`` =
        ``"<plateau> plateau apparent electron number"``, ``i0[plateau]`` = ``"<plateau>
        plateau exchange-current density [A.m-2]"``, ``alpha`` = ``"Cathode Butler-Volmer
        transfer coefficient"``, ``a_r`` = ``"Cathode reaction area [m2]"``, ``C_dl`` =
        ``"Cathode double-layer capacity [F.m-2]"``, ``k_m`` = ``"Cathode mass-transfer
        coefficient [m.s-1]"``.
    Precipitation
        ``k_p`` = ``"Precipitation rate constant [s-1]"``, ``S_star`` = ``"Sulfide saturation
        mass [g]"``, ``rho_s`` = ``"Precipitate density [g.L-1]"``, ``S_n`` =
        ``"Precipitation seed mass [g]"``.
    Shuttle and anode
        :meth:`k_s` (``"Shuttle rate constant [s-1]"``), ``f_dep`` = ``"Shuttle deposition
        fraction"``, ``beta_pass`` = ``"Shuttle passivation coefficient [m-1]"``, ``V_int`` =
        ``"Anode interphase molar volume [m3.mol-1]"``, ``L_Li_init`` = ``"Negative electrode
        initial metal thickness [m]"``, ``V_Li`` = ``"Metal molar volume [m3.mol-1]"``.
    Resistance
        ``R0`` = ``"Ohmic resistance [Ohm]"``, ``gamma_d`` = ``"Dissolved polysulfide resistance
        coefficient"``, ``V_pore`` = ``"Cathode pore volume [L]"``, ``b`` = ``"Bruggeman
        coefficient (electrolyte)"``.
    Temperature
        ``T_ref`` = ``"Reference temperature [K]"`` and the activation energies ``E_ct``,
        ``E_p``, ``E_s``, ``E_R`` (``"Charge-transfer ..."``, ``"Precipitation ..."``,
        ``"Shuttle ..."``, ``"Ohmic resistance activation energy [J.mol-1]"``);
        ``E_a[plateau]``: each reaction's charge-transfer activation energy, ``E_ct`` for the
        two plateaus and ``"Bottom plateau activation energy [J.mol-1]"`` for the last step.
    """

    PLATEAUS = REACTIONS

    def __init__(self) -> None:
        self.M_S = _checked("Sulfur molar mass [g.mol-1]")
        self.v = _checked("Electrolyte volume [L]")
        self.a_r = _checked("Cathode reaction area [m2]")
        self.initial_mass = {k: _checked(f"Initial {k} mass [g]") for k in SPECIES}
        self.Sp_init = _checked("Initial precipitated sulfur mass [g]")
        self.Sa_init = _checked("Initial anode interphase sulfur mass [g]")
        self.m_total = (sum(self.initial_mass.values(), pybamm.Scalar(0)) + self.Sp_init
                        + self.Sa_init)
        # reactions
        self.E0 = {p: pybamm.Parameter(f"{p} plateau standard potential [V]")
                   for p in self.PLATEAUS}
        self.n = {p: _checked(f"{p} plateau apparent electron number") for p in self.PLATEAUS}
        self.i0 = {p: _checked(f"{p} plateau exchange-current density [A.m-2]")
                   for p in self.PLATEAUS}
        self.alpha = _checked("Cathode Butler-Volmer transfer coefficient")
        self.C_dl = _checked("Cathode double-layer capacity [F.m-2]")
        self.k_m = _checked("Cathode mass-transfer coefficient [m.s-1]")
        # precipitation
        self.k_p = _checked("Precipitation rate constant [s-1]")
        self.S_star = _checked("Sulfide saturation mass [g]")
        self.rho_s = _checked("Precipitate density [g.L-1]")
        self.S_n = _checked("Precipitation seed mass [g]")
        # shuttle and anode
        self.f_dep = _checked("Shuttle deposition fraction")
        self.beta_pass = _checked("Shuttle passivation coefficient [m-1]")
        self.V_int = _checked("Anode interphase molar volume [m3.mol-1]")
        self.L_Li_init = _checked("Negative electrode initial metal thickness [m]")
        self.V_Li = _checked("Metal molar volume [m3.mol-1]")
        # resistance
        self.R0 = _checked("Ohmic resistance [Ohm]")
        self.gamma_d = _checked("Dissolved polysulfide resistance coefficient")
        self.V_pore = _checked("Cathode pore volume [L]")
        self.b = _checked("Bruggeman coefficient (electrolyte)")
        self.pore_margin = checked(self.rho_s * self.V_pore - self.Sp_init, PORE_MARGIN,
                                   PORE_RULE)
        # temperature
        self.T_ref = _checked("Reference temperature [K]")
        self.E_ct = _checked("Charge-transfer activation energy [J.mol-1]")
        self.E_a = {"High": self.E_ct, "Low": self.E_ct,
                    "Bottom": _checked("Bottom plateau activation energy [J.mol-1]")}
        self.E_p = _checked("Precipitation activation energy [J.mol-1]")
        self.E_s = _checked("Shuttle activation energy [J.mol-1]")
        self.E_R = _checked("Ohmic resistance activation energy [J.mol-1]")

    def k_s(self, current: pybamm.Symbol) -> pybamm.Symbol:
        """The shuttle rate constant [s-1] at the reference temperature: ``"Shuttle rate
        constant [s-1]"``, a number or a function of the cell current I [A] (positive on
        discharge), e.g. :class:`~pybamm_beyondli.parameters.functions.DirectionalRate` for a
        cell whose shuttle is fitted separately on charge and discharge."""
        name = "Shuttle rate constant [s-1]"
        return checked(pybamm.FunctionParameter(name, {"Current [A]": current}), name,
                       RULES[name])

    def interaction(self, plateau: str) -> pybamm.Symbol:
        """``"<plateau> plateau interaction potential [V]"`` (see :mod:`~pybamm_beyondli.
        submodels.lithium_sulfur.reactions`)."""
        return pybamm.Parameter(f"{plateau} plateau interaction potential [V]")

    def arrhenius(self, activation_energy: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """exp[E_a/R (1/T_ref - 1/T)]: the factor of a rate at temperature T over its value
        at the reference temperature (Arrhenius; Bard & Faulkner 2001, §3.1)."""
        return pybamm.exp(activation_energy / pybamm.constants.R * (1 / self.T_ref - 1 / T))

    def concentration(self, species: str, mass: pybamm.Symbol) -> pybamm.Symbol:
        """c = m / (n M_S v) [mol.L-1]: the molar concentration of dissolved ``species`` from
        its sulfur mass ``mass`` [g] (n sulfur atoms per ion)."""
        return mass / (ATOMS[species] * self.M_S * self.v)

    @property
    def anode_area(self) -> pybamm.Symbol:
        """The Li metal's area [m2]: the cathode's reaction area (a stacked cell whose cathode
        faces a Li foil over its whole area)."""
        return self.a_r

    @property
    def initial_lithium(self) -> pybamm.Symbol:
        """n_Li(0) = L_Li(0) A / V_m [mol]: the Li metal at the start."""
        return self.L_Li_init * self.anode_area / self.V_Li
