"""Submodels of the zero-dimensional lithium-sulfur cell, one mechanism per module: the sulfur
species (:mod:`.species`), the plateau reactions' laws (:mod:`.reactions`), their kinetics and
the cathode charge balance (:mod:`.kinetics`), Nernst potentials and open-circuit voltage
(:mod:`.nernst`), Li2S precipitation (:mod:`.precipitation`), the polysulfide shuttle
(:mod:`.shuttle`), the Li anode and its interphase (:mod:`.anode`), the ohmic resistance and
voltage (:mod:`.resistance`) and the heat generated (:mod:`.heating`). Coupling names are in
:mod:`.variables`."""
