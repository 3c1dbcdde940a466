"""Submodels of pybamm-beyondli: one mechanism per module (``pybamm.BaseSubModel``)."""
