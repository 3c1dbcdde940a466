"""K metal | KVPO4F half cell rate capability: C/10, C/2, 1C, 2C to 3.0 V vs K.

Each discharge after a standard charge (C/5 to 4.6 V, hold to C/50, rests of 1 h), which
re-plates the K (15 % of each stripped layer turns dead); set ``KMetal_KVPO4F`` in the
metal-anode DFN.
"""

from pybamm_beyondli.experiments._ion_protocols import rate_capability_script

MODEL = "MetalAnodeDFN"
PARAMETERS = "KMetal_KVPO4F"
RATES = ["C/10", "C/2", "1C", "2C"]

experiment, plot, summary = rate_capability_script(RATES, 3.0, 4.6)

if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
