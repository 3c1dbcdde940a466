"""Na-ion hard carbon | layered oxide (common design) temperature sweep: 1C discharges to 1.5 V
at 45, 25, 10 and 0 degC.

Each after a standard charge at 25 degC (C/5 to 4.1 V, hold to C/50); isothermal at the
ambient of each step; set ``NaIon_LayeredOxide_HardCarbon``. The coldest comes last: at
0 degC the 1C discharge exhausts the salt of this design's electrolyte (its diffusivity
falls by the Arrhenius factor of the set), and the run ends there with that reason.
"""

from pybamm_beyondli.experiments._ion_protocols import temperature_sweep_script

MODEL = "DFN"
PARAMETERS = "NaIon_LayeredOxide_HardCarbon"
TEMPERATURES = [45, 25, 10, 0]  # [degC], coldest last (module docstring)

experiment, plot, summary = temperature_sweep_script(TEMPERATURES, "1C", 1.5, 4.1)

if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
