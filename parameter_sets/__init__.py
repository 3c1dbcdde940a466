"""Parameter sets of pybamm-beyondli, one module per set (installed as
``pybamm_beyondli.parameter_sets``).

Each module has ``get_parameter_values() -> dict`` and is registered under PyBaMM's
``pybamm_parameter_sets`` entry-point group in ``pyproject.toml``, so that
``pybamm.ParameterValues("<SetName>")`` works after ``pip install``. Every value carries its
source in a comment; each set lists its references under ``"citations"``.
"""
