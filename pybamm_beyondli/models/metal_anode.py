"""Metal-anode full cells: a planar metal (or bare current collector) negative electrode
against a porous intercalation cathode.

``MetalAnodeDFN``, ``MetalAnodeSPMe`` and ``MetalAnodeSPM`` are PyBaMM's lithium-ion
DFN, SPMe and SPM in half-cell mode (``{"working electrode": "positive"}``: PyBaMM's planar
metal interface with its electrolyte, cathode and optional SEI on the metal) plus this
package's metal submodels on the negative electrode, added by :class:`MetalAnodeMixin`:

- :class:`~pybamm_beyondli.submodels.metal_kinetics.MetalButlerVolmer`: Butler–Volmer with
  the metal's charge number z, coverage-limited stripping, optional nucleation
  overpotential (always through PyBaMM's surface-form metal interface, here
  :class:`MetalSurfaceForm`, whose charge balance without a double layer is solved in
  log-current space when the nucleation barrier is on);
- :class:`~pybamm_beyondli.submodels.metal_inventory.MetalInventory`: active metal, thickness
  and the ``"metal anode exhausted"`` event, placed just past zero metal (as in the symmetric
  cell) so that a discharge "until V" ends at its own limit wherever the exhausted anode
  reaches it, with or without a double layer;
- :class:`~pybamm_beyondli.submodels.dead_metal.DeadMetal`: deposit and dead metal;
- :class:`~pybamm_beyondli.submodels.solid_metal.SolidMetal`: the ``"metal anode melted"``
  event at the metal's melting point (a constant temperature above it is an InputError);
- :class:`~pybamm_beyondli.submodels.metal_inventory.MetalThroughput`: the charge passed
  while plating (charging) and stripping (discharging) the metal, per electrode area, as a
  cycler counts it, from PyBaMM's own discharge and throughput capacities (no extra states);
  charge that goes into interphase (SEI) growth is part of the plating charge;
- :class:`~pybamm_beyondli.submodels.electrolyte_depletion.ElectrolyteDepletion` (DFN and
  SPMe, whose electrolyte is resolved): the salt concentration at the metal surface (the
  separator's boundary value) and the named Sand's-time event
  ``"electrolyte depleted at metal surface (Sand's time)"``;
- :class:`~pybamm_beyondli.submodels.gap_electrolyte_diffusion.MetalSurfaceElectrolyteDiffusion`
  (DFN and SPMe): PyBaMM's electrolyte diffusion with a flux condition at the metal that
  conserves the salt in the discrete scheme (PyBaMM's own let the inventory drift ~5e-7),
  and the salt concentration at the metal surface.

The models also define their own inventory, per electrode area [mol.m-2], as issue #3 asks
(it did not trust PyBaMM's half-cell "Total lithium" variables, PyBaMM #5700/#5746; in
PyBaMM 26.10 the cathode and electrolyte parts agree with this count to ~1e-12, but the
metal, dead metal and /z for z > 1 are only here):
``"Cathode metal [mol.m-2]"`` (integral of eps_s c_s over the cathode, divided by z),
``"Electrolyte metal [mol.m-2]"`` (integral of eps c_e over separator and cathode, divided
by z; the electrolyte cation is counted as metal), and
``"Total metal inventory [mol.m-2]"`` = active + dead + interphase + double layer (the
metal equivalent of the double-layer charge, ``"Negative electrode metal in double layer
[mol.m-2]"``, 0 without a double layer; see :class:`MetalSurfaceForm`) + cathode +
electrolyte (+ in the SPM with a double layer, the cathode's double-layer charge,
``"Positive electrode metal in double layer [mol.m-2]"``, which the SPMe's and DFN's
electrolyte already holds), which is conserved.

PyBaMM's cathode and electrolyte are monovalent (their Faraday law is j/F), so for a metal
of charge number z > 1 their concentrations count charge equivalents, z of which make one
metal atom: hence the 1/z (the inventory is then conserved for any z; without it a z = 2
cell gained 0.0485 mol m-2 in 10 minutes at 1C).

Summary variables (one value per Experiment cycle; PyBaMM adds ``"Change in ..."``): active,
dead and interphase metal, metal thickness, plating and stripping charge, discharge
capacity. Per-cycle contributions (``cycle_quantities``,
:mod:`~pybamm_beyondli.models.cycle_quantities`): the plating and stripping charge of each
cycle and the Coulombic efficiency on the cycler and the metal basis, with the metal's
``"Metal charge per mole [A.h.mol-1]"`` = z F / 3600;
:func:`pybamm_beyondli.results.cycle_table` tabulates them.

SEI option: a single ``"SEI"`` value (e.g. ``"reaction limited"``) puts the interphase on the
metal only, ``("reaction limited", "none")``, PyBaMM's own reading of a single value in a
full cell. (In half-cell mode PyBaMM would also grow it on the cathode particles, with the
anode's SEI parameters.) Give a pair to choose both electrodes explicitly.

Input checks: the metal parameters are checked when PyBaMM substitutes the parameter values
(``pybamm.Simulation(...).solve()`` or ``ParameterValues.process_model``), whichever set they
come from, by the rules of :mod:`pybamm_beyondli.parameters.checks` (the same rules
as the symmetric cell's): ``"Metal charge number"`` must be 1, 2 or 3, initial metal
thicknesses and the nucleation overpotential >= 0, the molar volume and the coverage and
nucleus coverage thicknesses > 0, the transfer coefficient and substrate coverage floor in
(0, 1), a constant ``"Dead metal fraction"`` in [0, 1) and a constant cell temperature
below ``"Metal melting point [K]"`` (a temperature that changes, in a thermal model or
in time, stops the run with ``"metal anode melted"`` instead); otherwise
:class:`pybamm_beyondli.errors.InputError` names the parameter and the allowed range. A
Coulombic efficiency is turned into a dead fraction by
:func:`dead_fraction_from_coulombic_efficiency`, which checks CE in (0, 1].
Options: ``"working electrode"`` is always ``"positive"`` (anything else is an InputError).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.models.cycle_quantities import (
    METAL_CHARGE_PER_MOLE,
    plating_electrode_quantities,
)
from pybamm_beyondli.parameters.checks import checked_parameter
from pybamm_beyondli.submodels.dead_metal import DeadMetal
from pybamm_beyondli.submodels.electrolyte_depletion import ElectrolyteDepletion
from pybamm_beyondli.submodels.gap_electrolyte_diffusion import (
    MetalSurfaceElectrolyteDiffusion,
)
from pybamm_beyondli.submodels.metal_inventory import (
    MetalInventory,
    MetalThroughput,
    charge_number,
    nucleus_coverage_variable,
)
from pybamm_beyondli.submodels.metal_kinetics import (
    MetalButlerVolmer,
    initial_rest_overpotential,
    nucleation_switch,
)
from pybamm_beyondli.submodels.solid_metal import SolidMetal

#: Metal equivalent of the double-layer charge on the metal (see :class:`MetalSurfaceForm`).
DOUBLE_LAYER_METAL = "Negative electrode metal in double layer [mol.m-2]"
#: Metal equivalent of the cathode's double-layer charge where the electrolyte does not count
#: it (the SPM; see :meth:`MetalAnodeMixin.cathode_double_layer_metal`).
CATHODE_DOUBLE_LAYER_METAL = "Positive electrode metal in double layer [mol.m-2]"

METAL_VARIABLES = [
    "Negative electrode active metal [mol.m-2]",
    "Negative electrode dead metal [mol.m-2]",
    "Negative electrode metal in interphase [mol.m-2]",
    "Negative electrode metal thickness [m]",
    "Negative electrode plated deposit [mol.m-2]",
    "Negative electrode plating charge [A.h.m-2]",
    "Negative electrode stripping charge [A.h.m-2]",
    "Cathode metal [mol.m-2]",
    "Total metal inventory [mol.m-2]",
]


#: PyBaMM's lithium totals that count particles and electrolyte only, so that metal plated
#: or stripped reads as lithium lost or gained (90 % "Loss of lithium inventory" after the
#: first charge of an anode-free cell).
#: They stay model variables but are not summary variables of the metal-anode models; the
#: metal-aware total is "Total metal inventory [mol.m-2]".
NOT_METAL_AWARE = (
    "Total lithium [mol]",
    "Total lithium lost [mol]",
    "Total lithium lost from particles [mol]",
    "Loss of lithium inventory [%]",
    "Loss of lithium inventory, including electrolyte [%]",
)


class MetalSurfaceForm(pybamm.electrode.ohm.LithiumMetalSurfaceForm):
    """PyBaMM's planar metal interface potential, with the charge balance of the "false"
    surface form solved in logarithmic current space when a nucleation barrier is on.

    Without a double layer the interface potential is algebraic, i_cc = j(eta). On a bare
    substrate with a nucleation barrier the rate law carries almost no current between
    -eta_nuc and the rest potential (:mod:`pybamm_beyondli.submodels.metal_kinetics`), so
    Newton's method started there (e.g. plating after a rest) takes steps of many volts.
    While the surface is bare the residual is therefore a log-current one,

        R = w R_log + (1 - w) R_lin,          w = s (1 - θn)^2,
        R_log = [asinh(i_cc / i_s) - asinh(j / i_s)] sqrt(i_cc^2 + i_s^2) / I_typ,
        R_lin = (i_cc - j) / I_typ                  (PyBaMM's residual),

    with s = 1 if eta_nuc > 0 (else 0) and θn the nucleus coverage. R_log has the root of
    R_lin and is ~ln|j|, nearly linear in eta on each Tafel branch; its factor (no eta in
    it) makes it equal R_lin to first order near the root, so the blend is one residual in
    one unit. i_s = 1e-9 I_typ is a numerical scale (the current below which R_log is linear
    rather than logarithmic), not a physical parameter.

    Why only while bare: PyBaMM's R_lin is proportional to the rate of change of the metal
    inventory, (i_cc - j)/F, so every Newton step (even with a stale Jacobian) keeps the
    inventory exactly (the inventory's combination of the residuals is linear in the state).
    R_log is not: it holds the balance only to the solver's Newton tolerance (default
    rtol 1e-4), and used everywhere it let the inventory drift by 1.5e-7 in 3 cycles and
    9.6e-6 in 10 (SPMe, SEI, Li foil, eta_nuc = 0.05 V; 1e-13 with eta_nuc = 0); the scale
    factor alone does not change that (Newton's steps do not depend on it). With the weight
    w the drift is ~1e-11 in 3 cycles, and only plating or stripping on a (nearly) bare
    surface, where R_log is needed, books a small drift. With eta_nuc = 0 the residual is
    PyBaMM's R_lin, unchanged.

    Double layer (``"surface form": "differential"``): the charge balance is
    C_dl dΔφ/dt = i_cc - j, so the cathode receives i_cc/F while the metal gives (j)/(zF);
    the difference is the charge the double layer holds, C_dl (Δφ - Δφ0), reported in
    metal equivalents as ``"Negative electrode metal in double layer [mol.m-2]"`` =
    -C_dl(T) (Δφ - Δφ0) / (zF) (PyBaMM's C_dl(T) of the negative electrode at its
    double-layer temperature; exact while C_dl is constant in time: a T-dependent C_dl at a
    changing temperature drifts, since PyBaMM integrates C_dl(T) dΔφ/dt), which is
    part of ``"Total metal inventory [mol.m-2]"``; 0 without a double layer.

    Initial Δφ with a double layer (a state): the rest value of the metal law on the initial metal
    layer A0 = L0 / V_m, U_init + :func:`metal_rest_overpotential` with the coverage
    A0 / (A0 + A_c) and nucleus coverage θn(A0), as
    :class:`~pybamm_beyondli.submodels.planar_metal_kinetics.PlanarMetalKinetics` does
    (PyBaMM's U_init alone is 0, which on a bare or thin layer is far below the rest value:
    with a double layer an anode-free cell then plated during its first rest). Without a
    double layer Δφ is solved at the first step's current and PyBaMM's guess is kept (the
    rest value is a poor guess for a first step that plates at 2C).
    """

    def initial_potential_difference(self) -> pybamm.Symbol:
        """Δφ0: U_init plus the rest overpotential of the initial metal layer."""
        return (self.domain_param.prim.U_init
                + initial_rest_overpotential("negative", self.param.T_init))

    def get_coupled_variables(self, variables: dict) -> dict:
        variables = super().get_coupled_variables(variables)
        if self.options["surface form"] == "differential":
            delta_phi = variables["Lithium metal interface surface potential difference [V]"]
            # C_dl(T) at the temperature of PyBaMM's double-layer equation (set_rhs)
            T = pybamm.boundary_value(variables["Negative electrode temperature [K]"], "right")
            held = (-self.domain_param.C_dl(T)
                    * (delta_phi - self.initial_potential_difference())
                    / (charge_number() * self.param.F))
        else:
            held = pybamm.PrimaryBroadcast(pybamm.Scalar(0), "current collector")
        variables[DOUBLE_LAYER_METAL] = held
        return variables

    def set_initial_conditions(self, variables: dict) -> None:
        super().set_initial_conditions(variables)
        delta_phi = variables["Lithium metal interface surface potential difference [V]"]
        if self.options["surface form"] == "differential":  # else only a Newton guess
            self.initial_conditions = {delta_phi: self.initial_potential_difference()}

    def set_algebraic(self, variables: dict) -> None:
        super().set_algebraic(variables)
        if self.options["surface form"] == "differential":
            return
        delta_phi = variables["Lithium metal interface surface potential difference [V]"]
        sum_j = (variables["Lithium metal plating current density [A.m-2]"]
                 + variables["Negative electrode SEI interfacial current density [A.m-2]"])
        i_cc = variables["Current collector current density [A.m-2]"]
        i_s = 1e-9 * self.param.I_typ
        s = nucleation_switch(checked_parameter("Metal nucleation overpotential [V]"))
        log_residual = ((pybamm.arcsinh(i_cc / i_s) - pybamm.arcsinh(sum_j / i_s))
                        * pybamm.sqrt(i_cc**2 + i_s**2) / self.param.I_typ)
        w = s * (1 - variables[nucleus_coverage_variable("negative")]) ** 2
        self.algebraic[delta_phi] = w * log_residual + (1 - w) * self.algebraic[delta_phi]


class MetalAnodeMixin:
    """Turns a PyBaMM lithium-ion model class into a metal-anode full-cell model.

    Forces ``"working electrode": "positive"`` and replaces PyBaMM's metal counter-electrode
    submodels by this package's (see module docstring). Construct with the model's usual
    ``options``/``name``/``build`` arguments.
    """

    #: Options set unless given (PyBaMM requires some per model class).
    _default_options: dict = {}

    #: 0-D variables worth tabulating for every run.
    key_variables: list[str] = [
        "Voltage [V]",
        "Current [A]",
        "Discharge capacity [A.h]",
        *METAL_VARIABLES,
    ]

    #: Per-cycle contributions (:mod:`pybamm_beyondli.models.cycle_quantities`).
    cycle_quantities = plating_electrode_quantities("negative")

    def __init__(self, options: dict | None = None, name: str | None = None,
                 build: bool = True) -> None:
        options = dict(options or {})
        working = options.get("working electrode", "positive")
        if working != "positive":
            from pybamm_beyondli.errors import InputError

            raise InputError(f"option 'working electrode' = {working!r} is not allowed for a "
                             "metal-anode model; it is always 'positive' (metal negative)")
        options["working electrode"] = "positive"
        if isinstance(options.get("SEI"), str):  # on the metal only (module docstring)
            options["SEI"] = (options["SEI"], "none")
        for key, value in self._default_options.items():
            options.setdefault(key, value)
        super().__init__(options, name or type(self).__name__, build=False)
        pybamm.citations.register("Xu2019")
        if build:
            self.build_model()

    def set_li_metal_counter_electrode_submodels(self) -> None:
        domain = "negative"
        self.submodels["negative electrode potential"] = (
            MetalSurfaceForm(self.param, domain, self.options)
        )
        self.submodels["negative electrode interface"] = MetalButlerVolmer(
            self.param, domain, "lithium metal plating", self.options, "primary"
        )
        self.submodels["negative metal inventory"] = MetalInventory(
            self.param, domain, self.options
        )
        self.submodels["negative dead metal"] = DeadMetal(self.param, domain, self.options)
        self.submodels["negative metal throughput"] = MetalThroughput(
            self.param, domain, self.options)
        self.submodels["solid metal"] = SolidMetal(self.param, "metal anode melted",
                                                   self.options)

    @property
    def resolves_electrolyte(self) -> bool:
        """Whether the electrolyte concentration is resolved through the cell (DFN, SPMe; the
        SPM's is uniform), so that it can deplete at the metal surface."""
        return isinstance(self.submodels.get("electrolyte diffusion"),
                          MetalSurfaceElectrolyteDiffusion)

    def set_electrolyte_concentration_submodel(self) -> None:
        """PyBaMM's choice for the model class; where that is its Full diffusion (DFN, SPMe),
        the same with a salt-conserving flux condition at the metal, and the Sand's-time
        event (the SPM's uniform electrolyte cannot deplete)."""
        super().set_electrolyte_concentration_submodel()
        full = self.submodels["electrolyte diffusion"]
        if isinstance(full, pybamm.electrolyte_diffusion.Full):
            self.submodels["electrolyte diffusion"] = MetalSurfaceElectrolyteDiffusion(
                self.param, self.options, metal_sides=("left",),
                x_average_state=full.x_average_state)
            self.submodels["electrolyte depletion"] = ElectrolyteDepletion(
                self.param, domains=("negative",), options=self.options)

    def set_degradation_variables(self) -> None:
        super().set_degradation_variables()
        v = self.variables
        L_s, L_p = self.param.s.L, self.param.p.L
        z = charge_number()  # PyBaMM's cathode and electrolyte count charge equivalents
        eps_s_p = v["Positive electrode active material volume fraction"]
        c_s_rav = v["R-averaged positive particle concentration [mol.m-3]"]
        cathode = pybamm.x_average(eps_s_p * c_s_rav) * L_p / z
        electrolyte = (
            pybamm.x_average(v["Separator porosity"]
                             * v["Separator electrolyte concentration [mol.m-3]"]) * L_s
            + pybamm.x_average(v["Positive electrode porosity"]
                               * v["Positive electrolyte concentration [mol.m-3]"]) * L_p
        ) / z
        metal = (v["Negative electrode active metal [mol.m-2]"]
                 + v["Negative electrode dead metal [mol.m-2]"]
                 + v["Negative electrode metal in interphase [mol.m-2]"]
                 + v[DOUBLE_LAYER_METAL])
        cathode_double_layer = self.cathode_double_layer_metal()
        self.variables.update({
            "Cathode metal [mol.m-2]": cathode,
            "Electrolyte metal [mol.m-2]": electrolyte,
            CATHODE_DOUBLE_LAYER_METAL: cathode_double_layer,
            "Total metal inventory [mol.m-2]": metal + cathode + electrolyte
            + cathode_double_layer,
            METAL_CHARGE_PER_MOLE: z * self.param.F / 3600,
        })

    def cathode_double_layer_metal(self) -> pybamm.Symbol:
        """Metal equivalent of the charge in the cathode's double layer [mol.m-2]:

            N_dl,p = -a_p C_dl,p(T) L_p (Δφ_p - Δφ_p,0) / (z F)

        (x-averaged; PyBaMM's leading-order surface form a C_dl dΔφ/dt = a j_total - a j_F,
        so the particles receive a j_F while the circuit carries a j_total; exact while C_dl
        is constant in time, as the metal side's pool). Only the SPM
        needs it: its electrolyte is not resolved, so that charge would be lost (the total
        drifted 1.0e-5 in three 1C cycles). In the SPMe and DFN the electrolyte's source
        term carries the total current, so the electrolyte count already holds it (this
        is 0 there, as it is without a double layer).
        """
        zero = pybamm.PrimaryBroadcast(pybamm.Scalar(0), "current collector")
        if self.resolves_electrolyte or self.options["surface form"] != "differential":
            return zero
        v = self.variables
        delta_phi = v["X-averaged positive electrode surface potential difference [V]"]
        a = v["X-averaged positive electrode surface area to volume ratio [m-1]"]
        C_dl = self.param.p.C_dl(v["X-averaged positive electrode temperature [K]"])
        return (-a * C_dl * self.param.p.L * (delta_phi - self.initial_conditions[delta_phi])
                / (charge_number() * self.param.F))

    def set_summary_variables(self) -> None:
        """PyBaMM's Li-ion summary variables, less its lithium totals that leave the metal out
        (:data:`NOT_METAL_AWARE`) and, unless the option "calculate discharge energy" is on,
        its throughput energy (0 then), plus the metal inventory and the charge counters."""
        super().set_summary_variables()
        dropped = set(NOT_METAL_AWARE)
        if self.options["calculate discharge energy"] == "false":
            dropped.add("Throughput energy [W.h]")  # PyBaMM leaves it 0 then
        kept = [v for v in self.summary_variables if v not in dropped]
        self.summary_variables = [*kept, *METAL_VARIABLES, "Discharge capacity [A.h]"]


class MetalAnodeDFN(MetalAnodeMixin, pybamm.lithium_ion.DFN):
    """Doyle–Fuller–Newman model of a metal-anode full cell (see the module docstring)."""


class MetalAnodeSPMe(MetalAnodeMixin, pybamm.lithium_ion.SPMe):
    """Single-particle model with electrolyte of a metal-anode full cell."""


class MetalAnodeSPM(MetalAnodeMixin, pybamm.lithium_ion.SPM):
    """Single-particle model of a metal-anode full cell.

    Voltage holds with ``{"surface form": "differential"}`` are ill-conditioned: the SPM's
    voltage then depends on the current only through the tiny film-resistance term, so the
    hold's algebraic equation for the current is nearly singular (PyBaMM's own half-cell SPM
    has the same structure). Such a hold can fail (e.g. IDA_BAD_K), which
    :func:`pybamm_beyondli.workflows.simulation.run_experiment` reports in the termination; use the
    SPMe or DFN, or the default surface form, for CCCV protocols with a double layer.
    """

    _default_options = {"x-average side reactions": "true"}  # as PyBaMM's SPM sets it


def dead_fraction_from_coulombic_efficiency(ce: float) -> dict:
    """Parameter update for a constant Coulombic efficiency ``ce`` in (0, 1]:
    ``{"Dead metal fraction": 1 - ce}``. This is the CE of a cycle that strips its whole
    deposit when nothing else consumes metal, and the average CE of the Li‖Cu reservoir
    protocol (Adams et al. 2018). A cycle that strips a charge q from a larger deposit and
    plates q back loses f q/(1 - f) instead, a metal-basis CE of 1 - f/(1 - f)
    (:mod:`pybamm_beyondli.models.cycle_quantities`). CE = 0 would be f = 1, which strips
    nothing and is not allowed."""
    from pybamm_beyondli.errors import InputError

    if not 0 < ce <= 1:
        raise InputError(f"Coulombic efficiency = {ce!r} is not allowed; it must be in (0, 1]")
    return {"Dead metal fraction": 1 - ce}
