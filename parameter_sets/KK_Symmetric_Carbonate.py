"""K ‖ K symmetric cell with 0.8 M KPF6 in EC:DEC — mostly ESTIMATED transport and kinetics.

The electrolyte, 0.8 M KPF6 in EC/DEC, is the one the review digest quotes for K cells (§4.2:
"PAANa with 0.8 M KPF₆ EC/DEC keeps 97 % after 50 cycles" [Tian2021]).

No complete transport data set (D, κ, t+ as functions of c) of KPF6 in carbonates was found,
so the salt transport is estimated from LiPF6 in EC:DMC (Valøen & Reimers 2005, J.
Electrochem. Soc. 152, A882, via PyBaMM's ``Xu2019`` functions) at the KPF6 concentration.
This is conservative for depletion: K+ is more mobile than Li+ in EC:DMC (Chemphyschem 20
(2019) 581, doi:10.1002/cphc.201801064) and KFSI:DME has higher salt diffusivity and
transference number than LiFSI:DME (Dhir et al. 2023, Nat. Commun. 14, 3833), so the real
Sand's time is longer. Metal properties come from :mod:`pybamm_beyondli.parameters.metals`.
"""

from __future__ import annotations

from pybamm.input.parameters.lithium_ion.Xu2019 import (
    electrolyte_conductivity_Valoen2005,
    electrolyte_diffusivity_Valoen2005,
)

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets._electrolytes import lipf6_carbonate_range
from pybamm_beyondli.parameter_sets._planar_metal_cell import (
    PLANAR_CELL_CITATIONS,
    binary_electrolyte,
    metal_electrodes,
    planar_metal_cell_parameters,
    power_law_exchange_current,
    separator,
)
from pybamm_beyondli.parameter_sets.NaNa_Symmetric_Carbonate import J0_NA

#: KPF6 concentration [mol.m-3]: 0.8 M KPF6 in EC/DEC, the electrolyte of the K-graphite
#: binder study in [Tian2021, digest §4.2] (no K-metal cell electrolyte is given).
C_KPF6 = 800.0

#: Ratio of the metal|electrolyte interfacial resistance of K to that of Na: ×10, as from Li to
#: Na and again from Na to K in solid polymer electrolytes (10³ / 10⁴ / 10⁵ Ω cm²
#: [Shinde2023], digest §1.2; the only Li/Na/K interfacial comparison in the reviews).
K_OVER_NA_INTERFACIAL_RESISTANCE = 10.0

#: K|electrolyte exchange current density at 0.8 M [A.m-2] — ESTIMATED: no review gives one.
#: Derived from this package's Na value fitted to the Na ‖ Na polarisation (J0_NA = 127 A m-2,
#: NaNa_Symmetric_Carbonate) and the ×10 interfacial-resistance ratio from Na to K: with
#: j0 = RT/(F R_ct), j0_K = J0_NA / 10 = 12.7 A m-2 (R_ct = 20 Ω cm² at 25 °C). This carries
#: the SPE ratio over to the liquid, an assumption: the K SEI is also less stable (unstable
#: already at 0.2 mA cm-2 in conventional electrolytes [Shinde2023, digest §1.1]).
J0_K = J0_NA / K_OVER_NA_INTERFACIAL_RESISTANCE


def get_parameter_values() -> dict:
    """K ‖ K, 0.8 M KPF6 in EC:DEC (estimated transport), 100 µm K foils."""
    values = planar_metal_cell_parameters("K")
    values.update({
        "chemistry": "potassium_metal",
        # separator: ESTIMATED as the Celgard 2325 of the Li set (25 µm, 0.39) [Xu2019 set]
        **separator(25e-6, 0.39),
        # electrolyte: ESTIMATED (module docstring): LiPF6 functions at the KPF6
        # concentration; t+ = 0.38 and thermodynamic factor 1 as LiPF6 [Xu2019 set]
        **binary_electrolyte(C_KPF6, 0.38, electrolyte_diffusivity_Valoen2005,
                             electrolyte_conductivity_Valoen2005, lipf6_carbonate_range()),
        **metal_electrodes(
            # K kinetics (estimated, see J0_K), transfer coefficient 1/2
            # temperature dependence: Li|Li+ activation energy, ESTIMATED (_metal_electrode)
            exchange_current=power_law_exchange_current(J0_K, C_KPF6),
            # foils: 100 µm — ESTIMATED as for Na (hand-rolled foils; ≈ 6 mA h cm-2)
            initial_thickness=100e-6,
            # dead K: ESTIMATED 15 % (CE 85 %), below Li and Na because reactivity and SEI
            # instability go K > Na > Li [Xiang2019, digest §1.1]; within the 80-90 % of
            # mossy deposits [Shinde2023, digest §1.6]
            dead_fraction=0.15,
        ),
        "citations": cite("Xu2019", "Valoen2005", *PLANAR_CELL_CITATIONS, "Xiang2019",
                          "Dhir2023", "Tian2021"),
    })
    return values
