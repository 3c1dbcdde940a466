"""Hakadi Na-ion 18650 temperature sweep: 1C discharges to 1.5 V at 0, 10, 25 and 45 degC.

Each after a standard charge at 25 degC (C/5 to 4.1 V, hold to C/50); the identified set
``NaIon_Hakadi18650`` (its hard carbon and electrolyte carry the temperature dependence;
the fitted layered-oxide kinetics the NVPF activation energy of the Chayambuka set,
ESTIMATED); isothermal at the ambient of each step.
"""

from pybamm_beyondli.experiments._ion_protocols import temperature_sweep_script

MODEL = "DFN"
PARAMETERS = "NaIon_Hakadi18650"
TEMPERATURES = [0, 10, 25, 45]  # [degC]

experiment, plot, summary = temperature_sweep_script(TEMPERATURES, "1C", 1.5, 4.1)

if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
