"""K-ion graphite | KVPO4F (common design) temperature sweep: 1C discharges to 3.0 V at 0,
10, 25 and 45 degC.

Each after a standard charge at 25 degC (C/5 to 4.5 V, hold to C/50); isothermal at the
ambient of each step; set ``KIon_Graphite_KVPO4F``.
"""

from pybamm_beyondli.experiments._ion_protocols import temperature_sweep_script

MODEL = "DFN"
PARAMETERS = "KIon_Graphite_KVPO4F"
TEMPERATURES = [0, 10, 25, 45]  # [degC]

experiment, plot, summary = temperature_sweep_script(TEMPERATURES, "1C", 3.0, 4.5)

if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
