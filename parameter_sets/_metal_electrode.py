"""Values shared by every parameter set with a metal electrode (not a set itself): the
metal's properties, the conventions of this package's metal submodels, the dead-metal
fraction of Li in LiPF6 carbonates, and the reviews they are quoted from.

Used by the metal-anode full-cell sets (``LiMetal_NMC_Xu2019``, ``AnodeFree_NMC_Xu2019``)
and, through :mod:`._planar_metal_cell`, by the metal ‖ metal and metal ‖ substrate sets, so
that these values cannot diverge between them.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pybamm

from pybamm_beyondli.metals import get_metal

#: Reviews quoted through the literature digest (``shared/literature/review-digest.md``).
SHINDE2023 = """@article{Shinde2023,
  title   = {Li, Na, K, Mg, Zn, Al, and Ca Anode Interface Chemistries Developed by
             Solid-State Electrolytes},
  author  = {Shinde, Sambhaji S. and Wagh, Nayantara K. and Kim, Sung-Hae and Lee, Jung-Ho},
  journal = {Advanced Science},
  volume  = {10},
  pages   = {2304235},
  year    = {2023},
  doi     = {10.1002/advs.202304235}
}"""
VARZI2020 = """@article{Varzi2020,
  title   = {Current Status and Future Perspectives of Lithium Metal Batteries},
  author  = {Varzi, Alberto and Thanner, Katharina and Scipioni, Roberto and Di Lecce,
             Daniele and Hassoun, Jusef and Dörfler, Susanne and Altheus, Holger and
             Kaskel, Stefan and Prehal, Christian and Freunberger, Stefan A.},
  journal = {Journal of Power Sources},
  volume  = {480},
  pages   = {228803},
  year    = {2020},
  doi     = {10.1016/j.jpowsour.2020.228803}
}"""
XIANG2019 = """@article{Xiang2019,
  title   = {Alkali-Metal Anodes: From Lab to Market},
  author  = {Xiang, Jingwei and Yang, Luyi and Yuan, Lixia and others},
  journal = {Joule},
  year    = {2019},
  doi     = {10.1016/j.joule.2019.07.027}
}"""
TIAN2021 = """@article{Tian2021,
  title   = {Promises and Challenges of Next-Generation ``Beyond Li-ion'' Batteries for
             Electric Vehicles and Grid Decarbonization},
  author  = {Tian, Yaosen and Zeng, Guobo and Rutt, Ann and Shi, Tan and Kim, Haegyeom and
             Wang, Jingyang and Koettgen, Julius and Sun, Yingzhi and Ouyang, Bin and
             Chen, Tina and Lun, Zhengyan and Rong, Ziqin and Persson, Kristin and
             Ceder, Gerbrand},
  journal = {Chemical Reviews},
  volume  = {121},
  number  = {3},
  pages   = {1623--1669},
  year    = {2021},
  doi     = {10.1021/acs.chemrev.0c00767}
}"""
#: Double-layer capacitance of metal electrodes, 10-40 µF cm-2 (Bard & Faulkner 2001, §13.3).
BARD_FAULKNER2001 = """@book{BardFaulkner2001,
  title     = {Electrochemical Methods: Fundamentals and Applications},
  author    = {Bard, Allen J. and Faulkner, Larry R.},
  edition   = {2nd},
  publisher = {Wiley},
  year      = {2001}
}"""
ADAMS2018 = """@article{Adams2018,
  title   = {Accurate Determination of Coulombic Efficiency for Lithium Metal Anodes and
             Lithium Metal Batteries},
  author  = {Adams, Brian D. and Zheng, Jianming and Ren, Xiaodi and Xu, Wu and
             Zhang, Ji-Guang},
  journal = {Advanced Energy Materials},
  volume  = {8},
  number  = {7},
  pages   = {1702097},
  year    = {2018},
  doi     = {10.1002/aenm.201702097}
}"""

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
FARADAY_TRANS_1986 = """@misc{LiLiTemperature1986,
  title        = {Application of microelectrodes to the study of the {Li|Li+} couple in
                  ether solvents. Part 2. Temperature dependence},
  howpublished = {Journal of the Chemical Society, Faraday Transactions 1, 82, 179},
  year         = {1986},
  note         = {doi:10.1039/F19868200179; authors not given in the abstract record
                  consulted},
  url          = {https://pubs.rsc.org/en/Content/ArticleLanding/1986/F1/F19868200179}
}"""


class Arrhenius:
    """An exchange current density j0(..., T) times exp[E_a/R (1/T_ref - 1/T)]: the
    Arrhenius temperature dependence of the rate constant (Bard & Faulkner 2001, §3.1),
    equal to ``j0`` at ``reference_temperature``. ``j0``'s last argument is T [K].

    A class, not a closure, so that parameter values, simulations and solutions that hold
    it can be pickled (``pybamm.Solution.save``) when ``j0`` is a module-level function or
    another picklable callable.
    """

    def __init__(self, j0: Callable, activation_energy: float = LI_EXCHANGE_ACTIVATION_ENERGY,
                 reference_temperature: float = REFERENCE_TEMPERATURE) -> None:
        self.j0 = j0
        self.activation_energy = activation_energy
        self.reference_temperature = reference_temperature
        self.__name__ = f"{getattr(j0, '__name__', 'j0')}_arrhenius"
        # j0's own arguments, for PyBaMM's tools that read a function's signature (to_json)
        self.__signature__ = inspect.signature(j0)

    def __call__(self, *args, **kwargs):
        bound = self.__signature__.bind(*args, **kwargs)
        T = list(bound.arguments.values())[-1]
        factor = pybamm.exp(self.activation_energy / pybamm.constants.R
                            * (1 / self.reference_temperature - 1 / T))
        return self.j0(*bound.args, **bound.kwargs) * factor


#: Butler-Volmer transfer coefficient of metal plating/stripping: 1/2, the symmetric barrier
#: (Bard & Faulkner 2001, §3.3), Xu et al. (2019)'s "charge transfer coefficient" of Li metal
#: and the value of PyBaMM's Chayambuka2022 Na-ion set.
TRANSFER_COEFFICIENT = 0.5


#: The sources of :func:`metal_electrode_parameters` (coverage and nucleus thickness
#: [Shinde2023], substrate floor [Adams2018], transfer coefficient and the Arrhenius form
#: [Bard & Faulkner 2001]) and of the activation energy every metal set's j0 uses (1986):
#: each set that uses them lists these among its citations.
METAL_CITATIONS = [SHINDE2023, ADAMS2018, BARD_FAULKNER2001, FARADAY_TRANS_1986]


def metal_electrode_parameters(metal_symbol: str,
                               domains: tuple[str, ...] = ("Negative",)) -> dict:
    """The metal's properties and the metal-submodel conventions, for a metal electrode on
    each of ``domains`` (``"Negative"``, ``"Positive"``)."""
    metal = get_metal(metal_symbol)
    values = {
        # metal (pybamm_beyondli.metals: IUPAC molar masses, CRC/review densities)
        "Metal charge number": metal.z,
        "Metal molar volume [m3.mol-1]": metal.molar_volume,
        # the metal must stay solid (checked by the kinetics; metals.py: CRC / reviews)
        "Metal melting point [K]": metal.melting_point,
        # coverage thickness: assumed 10 nm (no review gives an end-of-stripping length;
        # the order of the 10-20 nm ideal SEI [Shinde2023], below which a layer is no
        # longer continuous). It only shapes the last ~10 nm of stripping (<0.2 % of a
        # 1 mAh cm-2 Li layer, ~5 µm) and lets a voltage cut-off end a metal-limited
        # discharge before the exhaustion event
        "Metal coverage thickness [m]": 1e-8,
        # regularisation of the kinetics on a bare substrate (metal_kinetics): small enough
        # that stripping an exhausted deposit passes 1 V (the strip limit of Adams et al.
        # 2018); far below the exhaustion coverage, so it never carries a stripping current
        # (the full-cell sets override it for their voltage window: LiMetal_NMC_Xu2019)
        "Substrate coverage floor": 1e-15,
        # nucleation overpotential off (0 = off; e.g. 0.05 V for Li on Cu, the LiCu example)
        "Metal nucleation overpotential [V]": 0.0,
        # nucleus coverage thickness, used only with the nucleation barrier on: the deposit
        # thickness L_n per unit extended coverage of the nuclei (Avrami's relation
        # theta_n = 1 - exp(-A V_m / L_n), metal_kinetics). ESTIMATED, 1 µm: the digest
        # (§1.2, [Shinde2023]) gives "critical radii 1-6 µm" for Li, Mg, Zn, Na, K; this
        # package reads them as the size of grown nuclei (its own reading: the
        # thermodynamic r_c = 2 gamma V_m / (z F eta_nuc) is ~nm at tens of mV); a hemispherical
        # nucleus of radius r holds 2r/3 of metal per area of its footprint, so
        # L_n ~ 0.7-4 µm, of which the order of the lower end is taken. No review gives a
        # spike duration to check it against; for Li on Cu in the LiCu set with
        # eta_nuc = 0.05 V it gives a ~50 s spike (metal_kinetics.nucleation_time)
        "Metal nucleus coverage thickness [m]": 1e-6,
        # Sand's-time event at 0.1 % of a 1 M salt (numerical margin: the analytic Sand's
        # time is at c = 0, reached (1 - 1e-3)² ≈ 0.998 of the way; electrolyte_depletion)
        "Electrolyte depletion concentration [mol.m-3]": 1.0,
    }
    for domain in domains:
        values[f"{domain} electrode Butler-Volmer transfer coefficient"] = TRANSFER_COEFFICIENT
    return values
