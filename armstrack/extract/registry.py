"""The extractor registry: each extractor is registered by name and declares which analysis fields it
reads (``requires``) and which one it fills (``assigns``), as spaCy components declare theirs.

The run order is derived from those declarations (an extractor runs after every extractor that
assigns what it requires), so it is checked, not remembered: a missing provider or a cycle is an
error when the order is computed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from armstrack import kinds
from armstrack.nlp.gazetteers import Gazetteers
from armstrack.records import DocumentAnalysis

#: Analysis fields the nlp stage fills before any extractor runs.
NLP_FIELDS = frozenset({"article", "entities", "people"})

ExtractorFunc = Callable[[Doc, DocumentAnalysis, Gazetteers], list]


class RegistryError(ValueError):
    """An extractor declaration that cannot be satisfied (unknown field, missing provider, cycle)."""


@dataclass(frozen=True)
class ExtractorSpec:
    """A registered extractor: its function, the analysis fields it needs and the one it fills."""

    name: str
    func: ExtractorFunc
    requires: tuple[str, ...]
    assigns: str


_REGISTRY: dict[str, ExtractorSpec] = {}


def extractor(name: str, *, assigns: str, requires: tuple[str, ...] = ("entities", "people")
              ) -> Callable[[ExtractorFunc], ExtractorFunc]:
    """Register ``func(doc, analysis, gaz) -> list[record]`` as the extractor filling ``analysis.<assigns>``
    (``analysis.records_of(assigns)``: a record kind registered in ``armstrack.kinds`` beyond the five)."""
    fields = set(DocumentAnalysis.__dataclass_fields__) | set(kinds.KINDS)
    for f in (assigns, *requires):
        if f not in fields:
            raise RegistryError(f"extractor {name!r}: {f!r} is not a DocumentAnalysis field or record kind")

    def decorate(func: ExtractorFunc) -> ExtractorFunc:
        register(ExtractorSpec(name, func, tuple(requires), assigns))
        return func

    return decorate


def register(spec: ExtractorSpec) -> None:
    """Add an extractor, or replace the one of the same name (a benchmark wrapping it with a timer)."""
    _REGISTRY[spec.name] = spec
    run_order.cache_clear()


def unregister(name: str) -> None:
    """Forget an extractor (tests that register one for a while)."""
    _REGISTRY.pop(name, None)
    run_order.cache_clear()


def registered() -> dict[str, ExtractorSpec]:
    """A copy of the registry: {name: ExtractorSpec}, in registration order."""
    return dict(_REGISTRY)


def order(specs: list[ExtractorSpec]) -> list[ExtractorSpec]:
    """The specs in an order where each runs after the providers of what it requires (registration
    order among independent ones)."""
    providers: dict[str, str] = {}
    for spec in specs:
        if spec.assigns in providers:
            raise RegistryError(f"{spec.assigns!r} is assigned by both {providers[spec.assigns]!r} and {spec.name!r}")
        providers[spec.assigns] = spec.name
    by_name = {s.name: s for s in specs}
    done: list[ExtractorSpec] = []
    state: dict[str, str] = {}

    def visit(spec: ExtractorSpec, path: tuple[str, ...]) -> None:
        if state.get(spec.name) == "done":
            return
        if state.get(spec.name) == "visiting":
            raise RegistryError(f"extractors require each other in a circle: {' -> '.join(path + (spec.name,))}")
        state[spec.name] = "visiting"
        for need in spec.requires:
            if need in NLP_FIELDS:
                continue
            if need not in providers:
                raise RegistryError(f"extractor {spec.name!r} requires {need!r}, which no extractor assigns")
            visit(by_name[providers[need]], path + (spec.name,))
        state[spec.name] = "done"
        done.append(spec)

    for spec in specs:
        visit(spec, ())
    return done


@functools.lru_cache(maxsize=1)
def run_order() -> tuple[ExtractorSpec, ...]:
    """The registered extractors in run order (recomputed when one is registered)."""
    return tuple(order(list(_REGISTRY.values())))
