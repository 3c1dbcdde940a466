"""Li-S rate capability: a standard charge (0.5C to 2.5 V, 2 h at 2.5 V, 1 h rest), then a
discharge at 0.05C, 0.1C, 0.2C, 0.5C or 1C to 1.5 V, one rate per cycle.

The lab cell of Marinescu et al. (2016) and the fitted OXIS cell (Propp et al. 2016). The
standard charge is a cycler's: with the lab cell's shuttle (2e-4 s-1 on charge, Marinescu
2016) a charge below ~0.24C cannot reach 2.5 V (Mikhaylik & Akridge 2004), so the cell is
charged at 0.5C and held at 2.5 V; every rate then starts from the same charged state. The
summary lists each rate's discharge capacity.
"""

import pybamm

from pybamm_beyondli.io.plots import new_figure, save
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "LithiumSulfur"
PARAMETERS = ["LiS_Marinescu2016", "LiS_OXIS_Propp2016"]

RATES = ["0.05C", "0.1C", "0.2C", "0.5C", "1C"]


def experiment() -> pybamm.Experiment:
    return pybamm.Experiment([
        ("Charge at 0.5C until 2.5 V", "Hold at 2.5 V for 2 hours", "Rest for 1 hour",
         f"Discharge at {rate} until 1.5 V")
        for rate in RATES])


def plot(run: ExperimentRun, path, title: str) -> None:
    """The discharge curves, voltage against capacity."""
    fig, ax = new_figure(figsize=(6.5, 4.2))
    for rate, cycle in zip(RATES, run.solution.cycles, strict=False):
        step = cycle.steps[-1]
        q = step["Discharge capacity [A.h]"].entries
        ax.plot(q - q[0], step["Voltage [V]"].entries, label=rate)
    ax.set_xlabel("Capacity [A.h]")
    ax.set_ylabel("Voltage [V]")
    ax.set_title(title, fontsize=10)
    ax.legend(frameon=False, fontsize=8)
    save(fig, path)


def summary(run: ExperimentRun) -> str:
    """The capacity of each discharge."""
    capacities = run.cycles["Cycle discharge capacity [A.h]"].to_numpy()
    shown = ", ".join(f"{rate} {q:.3f}" for rate, q in zip(RATES, capacities, strict=False))
    return f"discharge capacity [A.h]: {shown}"


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
