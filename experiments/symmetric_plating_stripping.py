"""Metal ‖ metal symmetric cell (Li, Na, K): plating/stripping at 0.5, 1, 2 and 5 mA cm⁻².

The standard symmetric-cell test (e.g. the Li/Na/K ‖ same-metal cycling collected in the
review digest §1.2-1.6): at each current density, three cycles of 1 mA h cm⁻² each way —
plate onto the positive electrode ("Discharge", stripping the negative), rest 5 minutes, plate
back onto the negative ("Charge"), rest 5 minutes — then the next current density. The cell
has 1 cm² electrodes, so mA are mA cm⁻². The voltage is the overpotential of the two
interfaces plus the electrolyte (negative while "discharging"); a step that depletes the salt
at a plating surface stops the run with the Sand's-time event. The same procedure is the
standard test of the Li ‖ Li (default), Na ‖ Na and K ‖ K sets; pick one with
``beyondli run --protocol symmetric_plating_stripping --parameters NaNa_Symmetric_Carbonate``.
"""

import pybamm

MODEL = "MetalSymmetricCell"
# the standard symmetric-cell test of each metal (Li first: the default)
PARAMETERS = ["LiLi_Symmetric_Carbonate", "NaNa_Symmetric_Carbonate", "KK_Symmetric_Carbonate"]

CURRENTS_MA = (0.5, 1.0, 2.0, 5.0)  # [mA] on 1 cm²
CAPACITY_MAH = 1.0  # per half cycle [mA h cm-2]
N_CYCLES = 3


def experiment(currents_mA=CURRENTS_MA, n_cycles: int = N_CYCLES,
               capacity_mAh: float = CAPACITY_MAH) -> pybamm.Experiment:
    cycles = []
    for current in currents_mA:
        hours = capacity_mAh / current
        cycles += [(
            f"Discharge at {current} mA for {hours} hours",
            "Rest for 5 minutes",
            f"Charge at {current} mA for {hours} hours",
            "Rest for 5 minutes",
        )] * n_cycles
    return pybamm.Experiment(cycles)


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
