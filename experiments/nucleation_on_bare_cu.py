"""First plating of a metal on bare Cu: the nucleation spike at 0.5, 1 and 2 mA cm⁻².

The galvanostatic plating transient on a foreign substrate (review digest §1.2,
[Shinde2023]): the voltage first dips below the growth plateau by about the nucleation
overpotential, while nuclei form, then relaxes to the plateau as they cover the Cu. At each
current density: plate 0.5 mA h cm⁻² onto the bare Cu ("Discharge"), strip it all off to
1 V ("Charge"), which leaves the Cu bare again (dead metal stays behind but is not a
nucleation site in the model), and rest 10 minutes; then the next current. The cell has 1 cm²
electrodes, so mA are mA cm⁻². The standard set is Na ‖ Cu, whose Na-on-Cu nucleation
overpotential (44.9 mV) is measured [Shinde2023, digest §1.2].
"""

import numpy as np
import pybamm

from pybamm_beyondli.io.plots import new_figure, save
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "MetalSymmetricCell"
PARAMETERS = "NaCu_Carbonate"

CURRENTS_MA = (0.5, 1.0, 2.0)  # [mA] on 1 cm²
PLATED_MAH = 0.5  # per plating [mA h cm-2]
SHOWN_S = 300  # seconds of each plating shown in the figure


def experiment(currents_mA=CURRENTS_MA, plated_mAh: float = PLATED_MAH) -> pybamm.Experiment:
    return pybamm.Experiment([
        (f"Discharge at {current} mA for {plated_mAh / current} hours",
         f"Charge at {current} mA until 1 V",
         "Rest for 10 minutes")
        for current in currents_mA
    ])


def plating_transients(solution: pybamm.Solution) -> list[tuple[np.ndarray, np.ndarray]]:
    """(time from the start of plating [s], voltage [V]) of each cycle's plating step."""
    transients = []
    for cycle in solution.cycles:
        plating = cycle.steps[0]
        t = plating["Time [s]"].entries
        transients.append((t - t[0], plating["Voltage [V]"].entries))
    return transients


def plot(run: ExperimentRun, path, title: str) -> None:
    """Voltage of the first minutes of each plating on bare Cu."""
    fig, ax = new_figure()
    lowest = 0.0
    for (t, v), current in zip(plating_transients(run.solution), CURRENTS_MA, strict=False):
        shown = t <= SHOWN_S
        ax.plot(t[shown], 1e3 * v[shown], label=f"{current:g} mA cm$^{{-2}}$")
        lowest = min(lowest, 1e3 * v.min())
    # the plating range; the first point of a plating after a strip is the bare Cu's rest
    # potential (hundreds of mV), from which the double layer discharges within a second
    ax.set_ylim(lowest - 10, 10)
    ax.set_xlabel("Time from the start of plating [s]")
    ax.set_ylabel("Voltage (Cu vs metal) [mV]")
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8)
    save(fig, path)


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
