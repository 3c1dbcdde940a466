"""Na-ion hard carbon | Prussian white (common design) rate capability: C/10, C/2, 1C, 2C to 2.0 V.

Each discharge after a standard charge (C/5 to 3.8 V, hold to C/50, rests of 1 h); set
``NaIon_PrussianWhite_HardCarbon``.
"""

from pybamm_beyondli.experiments._ion_protocols import rate_capability_script

MODEL = "DFN"
PARAMETERS = "NaIon_PrussianWhite_HardCarbon"
RATES = ["C/10", "C/2", "1C", "2C"]

experiment, plot, summary = rate_capability_script(RATES, 2.0, 3.8)

if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
