"""Protocol scripts, one per protocol (installed as ``pybamm_beyondli.experiments``).

Each script reads like a lab procedure: a docstring saying what it does, ``MODEL`` and
``PARAMETERS`` (its standard model and parameter set) and ``experiment()`` returning the
:class:`pybamm.Experiment`. Run one with ``python experiments/<name>.py [out_dir]`` or
``beyondli run --protocol <name>``.
"""
