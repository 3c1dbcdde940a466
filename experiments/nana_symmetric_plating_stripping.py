"""Na ‖ Na symmetric cell: galvanostatic plating/stripping at 0.5, 1, 2 and 5 mA cm⁻².

The same procedure as the Li ‖ Li test (``symmetric_plating_stripping``: three cycles of
1 mA h cm⁻² each way per current density, 5-minute rests), on the Na ‖ Na cell.
"""

from pybamm_beyondli.experiments.symmetric_plating_stripping import experiment

MODEL = "MetalSymmetricCell"
PARAMETERS = "NaNa_Symmetric_Carbonate"

__all__ = ["MODEL", "PARAMETERS", "experiment"]

if __name__ == "__main__":
    from pybamm_beyondli.protocols import run_script

    run_script(__name__)
