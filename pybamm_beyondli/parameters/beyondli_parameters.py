"""The parameter class of this package's cells: PyBaMM's lithium-ion parameters plus the metal,
its planar interfaces and the electrolyte, per domain.

:class:`BeyondLiParameters` subclasses :class:`pybamm.LithiumIonParameters`, so PyBaMM's
submodels (particles, porous electrodes, thermal, SEI) read it unchanged, and adds

- ``param.metal`` (:class:`MetalParameters`): the cell's metal, its charge number z
  (``"Metal charge number"``), molar volume V_m and melting point. z is also PyBaMM's
  electron number ``ne`` of every intercalation reaction, so it reaches every kinetics; the
  particles then count charge equivalents (PyBaMM's Faraday law is j/F), z of which make one
  ion;
- ``param.n.metal`` / ``param.p.metal`` (:class:`PlanarMetalInterfaceParameters`) for each
  planar (metal or bare-substrate) electrode, every quantity under its own
  ``"{Domain} electrode ..."`` name;
- ``param.domain_params[d].electrolyte`` (:class:`ElectrolyteParameters`) for each domain the
  electrolyte fills, with the properties of the ``"electrolyte"`` option's member, written for
  a salt of cation charge z;
- PyBaMM's SEI parameters under per-electrode names (``"Negative electrode SEI kinetic rate
  constant [m.s-1]"``, ``"Positive electrode initial SEI thickness [m]"``, ...), so that an
  anode and a cathode interphase have their own values.

The thermodynamic factor of the electrolyte potential, PyBaMM's ``chi``, is written for a z:1
salt (one cation of charge z, z monovalent anions; Newman & Thomas-Alyea 2004, ch. 12, the
electrolyte potential measured by a reference electrode of the metal):

    chi = (1 + z) (1 - t+) (1 + dln f / dln c) / z,

which is PyBaMM's 2 (1 - t+) TDF for z = 1.
"""

from __future__ import annotations

import functools

import pybamm

#: PyBaMM's SEI parameter attributes of a particle-phase parameter object: these get a
#: per-electrode name.
SEI_ATTRIBUTES = (
    "V_bar_sei", "j0_sei", "R_sei", "D_sol", "c_sol", "U_sei", "kappa_inner", "D_li",
    "c_li_0", "kappa_Li_ion", "L_sei_0", "L_sei_cr0", "L_tunneling", "beta_tunnelling",
    "E_sei", "alpha_SEI", "z_sei", "c_ec_0", "D_ec", "k_sei",
)

#: The electrolyte members and whether their salt concentration is a state.
ELECTROLYTES = ("liquid", "single-ion conductor")


def per_electrode_name(domain: str, name: str) -> str:
    """``name`` of a parameter PyBaMM gives one value for both electrodes, as this package's
    per-electrode parameter of ``domain`` ("SEI kinetic rate constant [m.s-1]" ->
    "Negative electrode SEI kinetic rate constant [m.s-1]"; "Initial SEI thickness [m]" ->
    "Negative electrode initial SEI thickness [m]")."""
    first, rest = name[0], name[1:]
    if rest[:1].islower():  # a word, not an acronym such as SEI or EC
        first = first.lower()
    return f"{domain.capitalize()} electrode {first}{rest}"


@functools.cache
def pybamm_sei_parameter_names() -> tuple[str, ...]:
    """PyBaMM's names of its SEI parameters (one value for both electrodes), read once per
    process from a ``pybamm.LithiumIonParameters()`` (building one takes ~15 ms, and a set
    that renames them is built twice per ``ParameterValues``)."""
    phase = pybamm.LithiumIonParameters().n.prim
    return tuple(getattr(phase, attribute).name for attribute in SEI_ATTRIBUTES)


def per_electrode_sei(values: dict, domains: tuple[str, ...] = ("negative",)) -> dict:
    """``values`` (a parameter dict) with PyBaMM's SEI parameters renamed to this package's
    per-electrode names for each of ``domains``; returns a new dict."""
    values = dict(values)
    shared = {name: values.pop(name) for name in pybamm_sei_parameter_names() if name in values}
    for domain in domains:
        values.update({per_electrode_name(domain, name): value
                       for name, value in shared.items()})
    return values


class MetalParameters:
    """The metal of a metal cell (one metal per cell): ``z`` (``"Metal charge number"``),
    ``V_m`` (``"Metal molar volume [m3.mol-1]"``) and ``T_melt`` (``"Metal melting point
    [K]"``)."""

    def __init__(self) -> None:
        self.z = pybamm.Parameter("Metal charge number")
        self.V_m = pybamm.Parameter("Metal molar volume [m3.mol-1]")
        self.T_melt = pybamm.Parameter("Metal melting point [K]")


class PlanarMetalInterfaceParameters:
    """The planar metal interface of one electrode; every name starts with
    ``"{Domain} electrode"``:

    - ``L_0``: ``initial metal thickness [m]`` (0: a bare substrate), ``A_0 = L_0 / V_m``;
    - ``L_c``: ``metal coverage thickness [m]``, the layer below which metal no longer covers
      the surface, ``A_c = L_c / V_m``;
    - ``eta_nuc``: ``metal nucleation overpotential [V]`` (0: no nucleation barrier);
    - ``L_nuc``: ``metal nucleus coverage thickness [m]``, ``A_nuc = L_nuc / V_m``;
    - ``floor``: ``substrate coverage floor``, the residual activity of a bare substrate;
    - ``alpha``: ``Butler-Volmer transfer coefficient`` (PyBaMM's name);
    - :meth:`j0`: ``metal exchange-current density [A.m-2]`` of (c_e, T);
    - :meth:`dead_fraction`: ``dead metal fraction`` of (stripping current density, SEI
      thickness, T);
    - :meth:`C_dl`: PyBaMM's ``double-layer capacity [F.m-2]`` of T.
    """

    def __init__(self, domain: str, main_param: BeyondLiParameters) -> None:
        self.domain = domain
        self.main_param = main_param
        self.domain_param = main_param.domain_params[domain]
        Domain = domain.capitalize()
        metal = main_param.metal
        self.L_0 = pybamm.Parameter(f"{Domain} electrode initial metal thickness [m]")
        self.L_c = pybamm.Parameter(f"{Domain} electrode metal coverage thickness [m]")
        self.eta_nuc = pybamm.Parameter(f"{Domain} electrode metal nucleation overpotential [V]")
        self.L_nuc = pybamm.Parameter(
            f"{Domain} electrode metal nucleus coverage thickness [m]")
        self.floor = pybamm.Parameter(f"{Domain} electrode substrate coverage floor")
        self.alpha = pybamm.Parameter(f"{Domain} electrode Butler-Volmer transfer coefficient")
        self.A_0 = self.L_0 / metal.V_m
        self.A_c = self.L_c / metal.V_m
        self.A_nuc = self.L_nuc / metal.V_m

    def j0(self, c_e: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """Exchange current density of the metal reaction [A.m-2]."""
        Domain = self.domain.capitalize()
        return pybamm.FunctionParameter(
            f"{Domain} electrode metal exchange-current density [A.m-2]",
            {"Electrolyte concentration [mol.m-3]": c_e, "Temperature [K]": T})

    def dead_fraction(self, i_strip: pybamm.Symbol, L_sei: pybamm.Symbol,
                      T: pybamm.Symbol) -> pybamm.Symbol:
        """Fraction of a stripped deposit that is isolated instead of oxidised."""
        Domain = self.domain.capitalize()
        return pybamm.FunctionParameter(
            f"{Domain} electrode dead metal fraction",
            {"Stripping current density [A.m-2]": i_strip, "SEI thickness [m]": L_sei,
             "Temperature [K]": T})

    def C_dl(self, T: pybamm.Symbol) -> pybamm.Symbol:
        """PyBaMM's double-layer capacity of the electrode [F.m-2]."""
        return self.domain_param.C_dl(T)


class ElectrolyteParameters:
    """Properties of the electrolyte in one domain (``"separator"``, ``"positive
    electrode"``, ``"negative electrode"``), for the member ``kind`` of the electrolyte
    family (the ``"electrolyte"`` option).

    - ``"liquid"``: one liquid fills every pore, so every domain reads PyBaMM's names
      (``"Electrolyte conductivity [S.m-1]"``, ``"Electrolyte diffusivity [m2.s-1]"``,
      ``"Cation transference number"``, ``"Thermodynamic factor"``, functions of (c, T));
    - ``"single-ion conductor"`` (t+ = 1): only a conductivity, per domain,
      ``"{Domain} electrolyte conductivity [S.m-1]"`` of T (``"Separator ..."``,
      ``"Positive electrode ..."``): a solid separator and a catholyte may differ.

    The range in which the property correlations hold (``"Electrolyte minimum/maximum
    concentration [mol.m-3]"``, the maximum a function of T, and ``"Electrolyte
    minimum/maximum temperature [K]"``) is one per electrolyte.
    """

    def __init__(self, domain: str, main_param: BeyondLiParameters, kind: str) -> None:
        self.domain = domain
        self.main_param = main_param
        self.kind = kind
        self.Domain = domain.capitalize()
        self.c_min = pybamm.Parameter("Electrolyte minimum concentration [mol.m-3]")
        self.T_min = pybamm.Parameter("Electrolyte minimum temperature [K]")
        self.T_max = pybamm.Parameter("Electrolyte maximum temperature [K]")

    def c_max(self, T: pybamm.Symbol) -> pybamm.Symbol:
        """Highest concentration the property correlations hold at T [mol.m-3]."""
        return pybamm.FunctionParameter("Electrolyte maximum concentration [mol.m-3]",
                                        {"Temperature [K]": T})

    def kappa(self, c_e: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """Ionic conductivity [S.m-1]."""
        if self.kind == "single-ion conductor":
            return pybamm.FunctionParameter(f"{self.Domain} electrolyte conductivity [S.m-1]",
                                            {"Temperature [K]": T})
        return self.main_param.kappa_e(c_e, T)

    def D(self, c_e: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """Salt diffusivity [m2.s-1] (a liquid's)."""
        return self.main_param.D_e(c_e, T)

    def t_plus(self, c_e: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """Cation transference number: 1 for a single-ion conductor."""
        return self.main_param.t_plus(c_e, T)

    def chiRT_over_Fc(self, c_e: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """chi R T / (F c) of the diffusion potential (0 for a single-ion conductor, whose
        concentration does not vary)."""
        if self.kind == "single-ion conductor":
            return pybamm.Scalar(0)
        return self.main_param.chiRT_over_Fc(c_e, T)


class BeyondLiParameters(pybamm.LithiumIonParameters):
    """PyBaMM's lithium-ion parameters with the metal, the planar metal interfaces, the
    electrolyte per domain and per-electrode SEI parameters (see the module docstring).

    Parameters
    ----------
    options : pybamm.BatteryModelOptions
        The model's options (this package's :class:`~pybamm_beyondli.models.options.
        BeyondLiOptions`, whose ``"electrolyte"`` selects the electrolyte properties).
    """

    def _set_parameters(self) -> None:
        # PyBaMM's parameter classes have no public hook to extend their domain objects; this
        # overrides the method its __init__ calls to build them (tests/test_architecture.py
        # fails if z no longer reaches the electron number or the SEI names are not per
        # electrode)
        super()._set_parameters()
        self.metal = MetalParameters()
        self.z = self.metal.z
        for domain in ("negative", "positive"):
            domain_param = self.domain_params[domain]
            for phase in self.options.phases[domain]:
                phase_param = domain_param.phase_params[phase]
                phase_param.ne = self.z  # z electrons per ion in every kinetics
                for attribute in SEI_ATTRIBUTES:
                    old = getattr(phase_param, attribute)
                    setattr(phase_param, attribute,
                            pybamm.Parameter(per_electrode_name(domain, old.name)))
            if self.options.electrode_types[domain] == "planar":
                domain_param.metal = PlanarMetalInterfaceParameters(domain, self)
        kind = self.options.get("electrolyte", "liquid")
        for domain in self.options.whole_cell_domains:
            short = domain.split()[0]
            self.domain_params[short].electrolyte = ElectrolyteParameters(domain, self, kind)

    @property
    def electrolyte_kind(self) -> str:
        """The member of the electrolyte family (the ``"electrolyte"`` option)."""
        return self.options.get("electrolyte", "liquid")

    def t_plus(self, c_e: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """Cation transference number: PyBaMM's parameter for a liquid, 1 for a single-ion
        conductor."""
        if self.electrolyte_kind == "single-ion conductor":
            return pybamm.Scalar(1)
        return super().t_plus(c_e, T)

    def kappa_e(self, c_e: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """Electrolyte conductivity [S.m-1]: PyBaMM's for a liquid; for a single-ion conductor
        each domain's own (:class:`ElectrolyteParameters`), read from the domain of ``c_e``
        (a concatenation over the cell's domains gives the concatenation of theirs)."""
        if self.electrolyte_kind != "single-ion conductor":
            return super().kappa_e(c_e, T)
        if isinstance(c_e, pybamm.Concatenation):
            temperatures = (T.orphans if isinstance(T, pybamm.Concatenation)
                            else [T] * len(c_e.orphans))
            return pybamm.concatenation(*[self.kappa_e(c, t)
                                          for c, t in zip(c_e.orphans, temperatures,
                                                          strict=True)])
        domain = c_e.domain[0] if c_e.domain else ""
        short = domain.split()[0] if domain else ""
        if short not in self.domain_params or not hasattr(self.domain_params[short],
                                                          "electrolyte"):
            raise pybamm.ModelError(
                "a single-ion conductor's conductivity is a property of each domain; it "
                f"cannot be read for a concentration on {c_e.domain or 'no domain'}")
        return self.domain_params[short].electrolyte.kappa(c_e, T)

    def chi(self, c_e: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
        """Thermodynamic factor of the electrolyte potential for a z:1 salt,
        (1 + z)(1 - t+)(1 + dln f/dln c) / z (module docstring)."""
        z = self.z
        return (1 + z) * (1 - self.t_plus(c_e, T)) * self.thermodynamic_factor(c_e, T) / z
