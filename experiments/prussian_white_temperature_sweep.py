"""Na-ion hard carbon | Prussian white (common design) temperature sweep: 1C discharges to
2.0 V at 0, 10, 25 and 45 degC.

Each after a standard charge at 25 degC (C/5 to 3.8 V, hold to C/50); isothermal at the
ambient of each step; set ``NaIon_PrussianWhite_HardCarbon``.
"""

from pybamm_beyondli.experiments._ion_protocols import temperature_sweep_script

MODEL = "DFN"
PARAMETERS = "NaIon_PrussianWhite_HardCarbon"
TEMPERATURES = [0, 10, 25, 45]  # [degC]

experiment, plot, summary = temperature_sweep_script(TEMPERATURES, "1C", 2.0, 3.8)

if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
