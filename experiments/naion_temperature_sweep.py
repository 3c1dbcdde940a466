"""Na-ion hard carbon | NVPF temperature sweep: 0.6C discharges to 2.0 V at 0, 10, 25 and
45 degC, each after a standard charge at 25 degC.

The set's Arrhenius factors (rate constants, solid diffusivities, electrolyte; sources in
``NaIon_Chayambuka2022.ACTIVATION_ENERGIES``) set how the capacity falls in the cold; the
cell is isothermal at the ambient temperature of each step.
"""

from pybamm_beyondli.experiments._ion_protocols import temperature_sweep_script
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022

MODEL = "DFN"
PARAMETERS = "NaIon_Chayambuka2022"
#: the NVPF as two particle populations, as the set is validated (its MODEL_OPTIONS)
MODEL_OPTIONS = NaIon_Chayambuka2022.MODEL_OPTIONS
TEMPERATURES = [0, 10, 25, 45]  # [degC]

experiment, plot, summary = temperature_sweep_script(TEMPERATURES, "0.6C", 2.0, 4.2, unit="mA.h")

if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
