"""Full-cell models of pybamm-beyondli, composed from PyBaMM's and this package's submodels."""
