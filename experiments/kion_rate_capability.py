"""K-ion graphite | KVPO4F (common design) rate capability: C/10, C/2, 1C, 2C to 3.0 V.

Each discharge after a standard charge (C/5 to 4.5 V, hold to C/50, rests of 1 h); set
``KIon_Graphite_KVPO4F``.
"""

from pybamm_beyondli.experiments._ion_protocols import rate_capability_script

MODEL = "DFN"
PARAMETERS = "KIon_Graphite_KVPO4F"
RATES = ["C/10", "C/2", "1C", "2C"]

experiment, plot, summary = rate_capability_script(RATES, 3.0, 4.5)

if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
