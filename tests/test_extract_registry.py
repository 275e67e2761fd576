"""The extractor registry: declared requirements decide the run order, and bad declarations fail early."""

from __future__ import annotations

import pytest

from armstrack.extract.registry import ExtractorSpec, RegistryError, extractor, order, run_order


def _spec(name: str, assigns: str, requires: tuple[str, ...] = ("entities",)) -> ExtractorSpec:
    return ExtractorSpec(name, lambda doc, analysis, gaz: [], requires, assigns)


def test_every_record_kind_has_one_registered_extractor_and_quotes_run_before_transfers():
    names = [spec.name for spec in run_order()]
    assert sorted(spec.assigns for spec in run_order()) == ["events", "figures", "meetings", "quotes", "transfers"]
    assert names.index("quotes") < names.index("transfers")


def test_an_extractor_runs_after_the_one_assigning_what_it_requires_whatever_the_registration_order():
    specs = [_spec("b", "transfers", ("quotes",)), _spec("c", "events"), _spec("a", "quotes")]
    assert [s.name for s in order(specs)] == ["a", "b", "c"]


def test_a_requirement_nobody_assigns_is_an_error():
    with pytest.raises(RegistryError, match="requires 'quotes', which no extractor assigns"):
        order([_spec("b", "transfers", ("quotes",))])


def test_extractors_requiring_each_other_are_an_error():
    with pytest.raises(RegistryError, match="circle"):
        order([_spec("a", "quotes", ("transfers",)), _spec("b", "transfers", ("quotes",))])


def test_two_extractors_assigning_one_field_are_an_error():
    with pytest.raises(RegistryError, match="assigned by both"):
        order([_spec("a", "quotes"), _spec("b", "quotes")])


def test_a_declaration_naming_no_analysis_field_is_refused_at_registration():
    with pytest.raises(RegistryError, match="not a DocumentAnalysis field"):
        extractor("bad", assigns="treaties")
