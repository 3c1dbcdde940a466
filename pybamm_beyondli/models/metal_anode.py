"""Metal-anode full cells: a planar metal (or a bare current collector) negative electrode
against a porous intercalation cathode.

``MetalAnodeDFN``, ``MetalAnodeSPMe`` and ``MetalAnodeSPM`` are PyBaMM's lithium-ion DFN, SPMe
and SPM in half-cell mode (``"working electrode": "positive"``: PyBaMM's electrolyte, cathode,
thermal and SEI models) with this package's parameter class
(:class:`~pybamm_beyondli.parameters.beyondli_parameters.BeyondLiParameters`: the metal's
charge number z in every kinetics, per-interface parameters), options
(:class:`~pybamm_beyondli.models.options.BeyondLiOptions`) and, on the negative electrode, the
families of :mod:`pybamm_beyondli.submodels` chosen in ``set_*_submodel`` methods:

- the planar metal interface (:class:`PlanarMetalInterface`: Butler–Volmer with z, coverage,
  nucleation, double layer), its current and potential (:class:`InterfaceCurrent`,
  :class:`PlanarMetalElectrode`), inventory (:class:`MetalInventory`: active metal,
  thickness, ``"metal anode exhausted"``), dead metal (:class:`DeadMetal`), plating/stripping
  charge (:class:`MetalThroughput`) and the melting limit (:class:`SolidMetal`, ``"metal anode
  melted"``), with the names PyBaMM's half cell reads (:class:`HalfCellAliases`);
- the interphase on the metal (option ``"interphase"``, or PyBaMM's ``"SEI"``), the contact
  (``"metal contact"``) and the short (``"short"``);
- the electrolyte (``"electrolyte"``): a liquid (salt states, Sand's time, the metal-surface
  flux that conserves the salt) or a single-ion conductor (no salt states), and the limits of
  its property correlations.

Inventory, per electrode area [mol.m-2] (PyBaMM's cathode and electrolyte count charge
equivalents of the working ion in the particles, z of which make one metal ion; the
electrolyte family counts cations):

    "Cathode metal [mol.m-2]"     = int eps_s c_s dx / z,
    "Electrolyte metal [mol.m-2]" = int eps c_e dx,
    "Total metal inventory [mol.m-2]" = active + dead + interphase + double layer (metal side)
                                        + cathode + electrolyte (+ the cathode's double layer
                                        in the SPM, whose electrolyte does not hold it),

which is conserved. The per-cycle table of a run (:func:`pybamm_beyondli.results.cycle_table`)
holds the metal's plating and stripping charge and Coulombic efficiencies
(``cycle_quantities``).

Bad input raises :class:`~pybamm_beyondli.errors.InputError` naming it: options when the model
is made, every parameter the model reads (PyBaMM's names and this package's) when PyBaMM
substitutes values (:func:`~pybamm_beyondli.parameters.checks.with_checks`) or up front
(:func:`~pybamm_beyondli.parameters.checks.check_parameter_values`).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.cycle_quantities import (
    METAL_CHARGE_PER_MOLE,
    plating_electrode_quantities,
)
from pybamm_beyondli.models.metal_cell import MetalCellMixin
from pybamm_beyondli.models.options import BeyondLiOptions
from pybamm_beyondli.parameters.beyondli_parameters import BeyondLiParameters
from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.contact import PerfectContact
from pybamm_beyondli.submodels.electrolyte import (
    ElectrolyteLimits,
    LiquidDiffusion,
    SingleIonConductorComposite,
    SingleIonConductorConcentration,
    UniformLiquid,
)
from pybamm_beyondli.submodels.interphase import (
    ConstantResistanceInterphase,
    NoInterphase,
    PyBaMMSEICurrent,
    PyBaMMSEIInterphase,
)
from pybamm_beyondli.submodels.planar_metal import (
    DeadMetal,
    HalfCellAliases,
    InterfaceCurrent,
    MetalInventory,
    MetalThroughput,
    PlanarMetalElectrode,
    PlanarMetalInterface,
    SolidMetal,
    exhaustion_event_name,
)
from pybamm_beyondli.submodels.short import NoShort

EXHAUSTED = exhaustion_event_name("negative", full_cell=True)
MELTED = "metal anode melted"

METAL_VARIABLES = [
    names.active_metal("negative"),
    names.dead_metal("negative"),
    names.interphase_metal("negative"),
    names.metal_thickness("negative"),
    "Negative electrode plated deposit [mol.m-2]",
    "Negative electrode plating charge [A.h.m-2]",
    "Negative electrode stripping charge [A.h.m-2]",
    "Cathode metal [mol.m-2]",
    "Total metal inventory [mol.m-2]",
]

#: PyBaMM's lithium totals that count particles and electrolyte only, so that metal plated
#: or stripped reads as lithium lost or gained: model variables, not summary variables.
NOT_METAL_AWARE = (
    "Total lithium [mol]",
    "Total lithium lost [mol]",
    "Total lithium lost from particles [mol]",
    "Loss of lithium inventory [%]",
    "Loss of lithium inventory, including electrolyte [%]",
)


class MetalAnodeMixin(MetalCellMixin):
    """Turns a PyBaMM lithium-ion model class into a metal-anode full cell (module
    docstring). Construct with the usual ``options``/``name``/``build`` arguments."""

    #: Whether the electrolyte concentration is resolved through the cell (DFN, SPMe), or
    #: uniform (SPM); each model class says so.
    electrolyte_resolved: bool = True

    #: Parameters a user may expect this model to read although it does not (or reads
    #: another in their place): name -> what to set instead.
    superseded_parameters = {
        "Negative electrode thickness [m]":
            "the metal's thickness is 'Negative electrode initial metal thickness [m]' (this "
            "package's sets give 'Negative electrode thickness [m]' as that plus the "
            "coverage thickness, PyBaMM's half-cell coordinate offset and heat volume)",
        "Exchange-current density for lithium metal electrode [A.m-2]":
            "the metal's exchange current is 'Negative electrode metal exchange-current "
            "density [A.m-2]'",
        "Lithium metal partial molar volume [m3.mol-1]":
            "the metal's molar volume is 'Metal molar volume [m3.mol-1]'",
        "Initial concentration in negative electrode [mol.m-3]":
            "the metal anode is planar: its metal is 'Negative electrode initial metal "
            "thickness [m]'",
    }

    #: What the model contributes to the per-cycle table (plating, stripping and Coulombic
    #: efficiency of the metal; :mod:`pybamm_beyondli.models.cycle_quantities`).
    cycle_quantities = plating_electrode_quantities("negative")

    #: 0-D variables worth tabulating for every run.
    key_variables: list[str] = [
        "Voltage [V]",
        "Current [A]",
        "Discharge capacity [A.h]",
        *METAL_VARIABLES,
    ]

    def __init__(self, options: dict | None = None, name: str | None = None,
                 build: bool = True) -> None:
        options = BeyondLiOptions(options, cell="full")
        super().__init__(options, name or type(self).__name__, build=False)
        register("Xu2019")
        if build:
            self.build_model()

    def _rebuild_param(self) -> None:
        self.param = BeyondLiParameters(self.options)

    # -- the metal interface (PyBaMM's hook for its half cell's counter electrode) ---------
    def set_li_metal_counter_electrode_submodels(self) -> None:
        domain = "negative"
        self.submodels["negative interface current"] = InterfaceCurrent(
            self.param, domain, self.options)
        self.submodels["negative electrode potential"] = PlanarMetalElectrode(
            self.param, domain, self.options)
        self.submodels["negative electrode interface"] = PlanarMetalInterface(
            self.param, domain, self.options)
        self.submodels["negative metal inventory"] = MetalInventory(
            self.param, domain, self.options, EXHAUSTED)
        self.submodels["negative dead metal"] = DeadMetal(self.param, domain, self.options)
        self.submodels["negative metal throughput"] = MetalThroughput(
            self.param, domain, self.options)
        for group in HalfCellAliases.GROUPS:
            self.submodels[f"half-cell aliases ({group})"] = HalfCellAliases(
                self.param, group, self.options)
        self.submodels["solid metal"] = SolidMetal(self.param, MELTED, self.options)
        self.set_interphase_submodel()
        self.set_contact_submodel()
        self.set_short_submodel()

    def set_interphase_submodel(self) -> None:
        """The film on the metal: PyBaMM's SEI if its ``"SEI"`` option is on there, else the
        ``"interphase"`` option's member."""
        domain = "negative"
        if self.options.interface(domain, "SEI") != "none":
            submodel = PyBaMMSEIInterphase(self.param, domain, self.options)
            self.submodels["negative interphase current"] = PyBaMMSEICurrent(
                self.param, domain, self.options)
        elif self.options.interface(domain, "interphase") == "constant resistance":
            submodel = ConstantResistanceInterphase(self.param, domain, self.options)
        else:
            submodel = NoInterphase(self.param, domain, self.options)
        self.submodels["negative interphase"] = submodel

    def set_contact_submodel(self) -> None:
        """The ``"metal contact"`` option's member on the metal ("perfect")."""
        self.submodels["negative metal contact"] = PerfectContact(
            self.param, "negative", self.options)

    def set_short_submodel(self) -> None:
        """The ``"short"`` option's member ("none")."""
        self.submodels["short"] = NoShort(self.param, self.options)

    # -- the electrolyte family --------------------------------------------------------------
    def set_electrolyte_concentration_submodel(self) -> None:
        """The ``"electrolyte"`` option's member: a liquid, resolved (DFN, SPMe) or uniform
        (SPM), or a single-ion conductor (no salt states); and its limits."""
        liquid = self.options["electrolyte"] == "liquid"
        if liquid and self.electrolyte_resolved:
            submodel = LiquidDiffusion(self.param, self.options, metal_sides=("left",),
                                       x_average_state=self.x_average_electrolyte_state)
        elif liquid:
            submodel = UniformLiquid(self.param, self.options, metal_sides=("left",))
        else:
            submodel = SingleIonConductorConcentration(self.param, self.options,
                                                       metal_sides=("left",))
        self.submodels["electrolyte diffusion"] = submodel
        self.submodels["electrolyte limits"] = ElectrolyteLimits(
            self.param, ("negative",), self.options, resolved=self.electrolyte_resolved)

    #: PyBaMM's SPMe keeps the x-averaged concentration as an algebraic state.
    x_average_electrolyte_state: bool = False

    # -- inventory, summary, checks ----------------------------------------------------------
    def set_degradation_variables(self) -> None:
        super().set_degradation_variables()
        v = self.variables
        z = self.param.metal.z
        L_s, L_p = self.param.s.L, self.param.p.L
        eps_s_p = v["Positive electrode active material volume fraction"]
        c_s_rav = v["R-averaged positive particle concentration [mol.m-3]"]
        cathode = pybamm.x_average(eps_s_p * c_s_rav) * L_p / z
        electrolyte = (
            pybamm.x_average(v["Separator porosity"]
                             * v["Separator electrolyte concentration [mol.m-3]"]) * L_s
            + pybamm.x_average(v["Positive electrode porosity"]
                               * v["Positive electrolyte concentration [mol.m-3]"]) * L_p)
        metal = sum(v[name("negative")] for name in (
            names.active_metal, names.dead_metal, names.interphase_metal,
            names.double_layer_metal))
        cathode_double_layer = self.cathode_double_layer_metal()
        self.variables.update({
            "Cathode metal [mol.m-2]": cathode,
            "Electrolyte metal [mol.m-2]": electrolyte,
            "Positive electrode metal in double layer [mol.m-2]": cathode_double_layer,
            "Total metal inventory [mol.m-2]": metal + cathode + electrolyte
            + cathode_double_layer,
            METAL_CHARGE_PER_MOLE: z * self.param.F / 3600,
        })

    def cathode_double_layer_metal(self) -> pybamm.Symbol:
        """Metal equivalent of the charge in the cathode's double layer where the electrolyte
        does not hold it (the SPM, whose electrolyte is uniform) [mol.m-2]:

            N_dl,p = -a_p C_dl,p(T) L_p (Δφ_p - Δφ_p,0) / (z F)

        (x-averaged, exact while C_dl is constant in time); 0 in the SPMe and DFN, whose
        electrolyte source carries the double layer's current, and without a double layer."""
        zero = pybamm.PrimaryBroadcast(pybamm.Scalar(0), "current collector")
        if self.electrolyte_resolved or self.options["surface form"] != "differential":
            return zero
        v = self.variables
        delta_phi = v["X-averaged positive electrode surface potential difference [V]"]
        a = v["X-averaged positive electrode surface area to volume ratio [m-1]"]
        C_dl = self.param.p.C_dl(v["X-averaged positive electrode temperature [K]"])
        return (-a * C_dl * self.param.p.L * (delta_phi - self.initial_conditions[delta_phi])
                / (self.param.metal.z * self.param.F))

    def set_summary_variables(self) -> None:
        """PyBaMM's Li-ion summary variables, less its lithium totals that leave the metal out
        (:data:`NOT_METAL_AWARE`) and, unless "calculate discharge energy" is on, its
        throughput energy (0 then), plus the metal inventory and charge counters."""
        super().set_summary_variables()
        dropped = set(NOT_METAL_AWARE)
        if self.options["calculate discharge energy"] == "false":
            dropped.add("Throughput energy [W.h]")
        kept = [v for v in self.summary_variables if v not in dropped]
        self.summary_variables = [*kept, *METAL_VARIABLES, "Discharge capacity [A.h]"]

    def build_model(self) -> None:
        super().build_model()
        self.attach_parameter_checks()

    @property
    def default_parameter_values(self) -> pybamm.ParameterValues:
        return pybamm.ParameterValues(self.default_parameter_set)

    #: The parameter set a plain ``pybamm.Simulation(model)`` uses.
    default_parameter_set = "LiMetal_NMC_Xu2019"


class MetalAnodeDFN(MetalAnodeMixin, pybamm.lithium_ion.DFN):
    """Doyle–Fuller–Newman model of a metal-anode full cell (see the module docstring)."""


class MetalAnodeSPMe(MetalAnodeMixin, pybamm.lithium_ion.SPMe):
    """Single-particle model with electrolyte of a metal-anode full cell."""

    x_average_electrolyte_state = True

    def set_electrolyte_potential_submodel(self) -> None:
        """PyBaMM's composite conductivity for a liquid; for a single-ion conductor its
        exact counterpart with a conductivity per domain (:class:`SingleIonConductorComposite`),
        which PyBaMM's x-averaged composite cannot read."""
        super().set_electrolyte_potential_submodel()
        if self.options["electrolyte"] == "single-ion conductor":
            self.submodels["electrolyte conductivity"] = SingleIonConductorComposite(
                self.param, options=self.options)


class MetalAnodeSPM(MetalAnodeMixin, pybamm.lithium_ion.SPM):
    """Single-particle model of a metal-anode full cell (uniform electrolyte: no electrolyte
    resistance, PyBaMM's SPM assumption, for a liquid and a single-ion conductor alike).

    Voltage holds with ``{"surface form": "differential"}`` are ill-conditioned: the SPM's
    voltage then depends on the current only through the film-resistance term, so the hold's
    algebraic equation for the current is nearly singular (PyBaMM's own half-cell SPM has the
    same structure); use the SPMe or DFN, or the default surface form, for CCCV protocols
    with a double layer.
    """

    electrolyte_resolved = False

    def __init__(self, options: dict | None = None, name: str | None = None,
                 build: bool = True) -> None:
        options = dict(options or {})
        options.setdefault("x-average side reactions", "true")  # PyBaMM's SPM requires it
        super().__init__(options, name, build)


def dead_fraction_from_coulombic_efficiency(ce: float, domain: str = "Negative") -> dict:
    """Parameter update for a constant Coulombic efficiency ``ce`` in (0, 1]:
    ``{"{Domain} electrode dead metal fraction": 1 - ce}``: the CE of a cycle that strips its
    whole deposit when nothing else consumes metal, and the average CE of the Li‖Cu reservoir
    protocol (Adams et al. 2018). A cycle that strips q from a larger deposit and plates q back
    loses f q / (1 - f), a metal-basis CE of 1 - f / (1 - f). CE = 0 would be f = 1, which
    strips nothing and is not allowed."""
    if not 0 < ce <= 1:
        raise InputError(f"Coulombic efficiency = {ce!r} is not allowed; it must be in (0, 1]")
    return {f"{domain.capitalize()} electrode dead metal fraction": 1 - ce}
