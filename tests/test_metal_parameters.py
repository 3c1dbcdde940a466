"""Metal-electrode parameter functions: the exchange current's concentration and
temperature dependence (Arrhenius, E_a = 56 kJ/mol for Li|Li+)."""

import math

import pybamm
import pytest

from pybamm_beyondli.parameter_sets._metal_electrode import LI_EXCHANGE_ACTIVATION_ENERGY

R = pybamm.constants.R.value


def _evaluate(function, *args) -> float:
    return float(function(*[pybamm.Scalar(a) for a in args]).evaluate())


def test_li_metal_exchange_current_is_arrhenius_in_temperature():
    j0 = pybamm.ParameterValues("LiMetal_NMC_Xu2019")[
        "Negative electrode metal exchange-current density [A.m-2]"]
    c_li = 1 / pybamm.ParameterValues("LiMetal_NMC_Xu2019")["Metal molar volume [m3.mol-1]"]
    at_25 = _evaluate(j0, 1000.0, 298.15)
    at_45 = _evaluate(j0, 1000.0, 318.15)
    expected = math.exp(LI_EXCHANGE_ACTIVATION_ENERGY / R * (1 / 298.15 - 1 / 318.15))
    assert at_45 / at_25 == pytest.approx(expected, rel=1e-6)
    # Xu2019 at 25 °C, unchanged: 3.5e-8 F c_Li^0.7 c_e^0.3
    F = pybamm.constants.F.value
    assert at_25 == pytest.approx(3.5e-8 * F * c_li**0.7 * 1000.0**0.3, rel=1e-6)
    # concentration dependence c_e^0.3
    assert _evaluate(j0, 500.0, 298.15) / at_25 == pytest.approx(0.5**0.3, rel=1e-6)


@pytest.mark.parametrize("name", ["LiLi_Symmetric_Carbonate", "NaNa_Symmetric_Carbonate",
                                  "KK_Symmetric_Carbonate"])
def test_symmetric_sets_exchange_current_rises_with_temperature(name):
    values = pybamm.ParameterValues(name)
    j0 = values["Negative electrode metal exchange-current density [A.m-2]"]
    ratio = _evaluate(j0, 1000.0, 318.15) / _evaluate(j0, 1000.0, 298.15)
    assert ratio == pytest.approx(
        math.exp(LI_EXCHANGE_ACTIVATION_ENERGY / R * (1 / 298.15 - 1 / 318.15)), rel=1e-6)


@pytest.mark.parametrize("name", ["LiLi_Symmetric_Carbonate", "NaNa_Symmetric_Carbonate",
                                  "KK_Symmetric_Carbonate", "LiCu_Carbonate", "NaCu_Carbonate",
                                  "LiMetal_NMC_Xu2019", "AnodeFree_NMC_Xu2019"])
def test_every_metal_set_cites_the_sources_of_its_shared_values(name):
    """Coverage/nucleus thickness [Shinde2023], substrate floor [Adams2018], transfer
    coefficient and Arrhenius form [Bard & Faulkner] and E_a (1986) come from the shared
    helpers, so every metal set cites them."""
    citations = " ".join(str(c) for c in pybamm.ParameterValues(name)["citations"])
    for key in ("Shinde2023", "Adams2018", "BardFaulkner2001", "LiLiTemperature1986"):
        assert key in citations, f"{name} does not cite {key}"
