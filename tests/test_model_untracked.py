"""The data model's structs are not tracked by the cyclic garbage collector, and can never form a cycle.

A report is hundreds of thousands of small frozen structs (spans, mentions,
quotes); tracked, each is walked again by every collection of its generation.
Untracked (``gc=False``), they are freed by reference counting alone, which
is only safe where no cycle can form: every field holds a value (text,
number, literal), a tuple, or another such struct, never a list, dict or
set that could be made to hold the struct itself.
"""

from __future__ import annotations

import gc

import msgspec
import msgspec.inspect as mi
import pytest

from newsfuse import model

STRUCTS = sorted(
    (
        c
        for c in vars(model).values()
        if isinstance(c, type) and issubclass(c, msgspec.Struct) and c.__module__ == model.__name__
    ),
    key=lambda c: c.__name__,
)
_VALUES = (mi.StrType, mi.IntType, mi.FloatType, mi.BoolType, mi.NoneType, mi.LiteralType, mi.EnumType)


def _holds_only_values_tuples_and_structs(t: mi.Type) -> bool:
    if isinstance(t, _VALUES):
        return True
    if isinstance(t, mi.UnionType):
        return all(_holds_only_values_tuples_and_structs(u) for u in t.types)
    if isinstance(t, mi.VarTupleType):
        return _holds_only_values_tuples_and_structs(t.item_type)
    if isinstance(t, mi.TupleType):
        return all(_holds_only_values_tuples_and_structs(u) for u in t.item_types)
    if isinstance(t, mi.StructType):
        return t.cls in STRUCTS
    return False  # a list, dict, set, Any...: could be made to hold its own struct


@pytest.mark.parametrize("cls", STRUCTS, ids=lambda c: c.__name__)
def test_a_model_struct_is_untracked_and_cannot_form_a_cycle(cls: type[msgspec.Struct]) -> None:
    assert cls.__struct_config__.gc is False
    assert cls.__struct_config__.frozen
    for field in mi.type_info(cls).fields:  # type: ignore[attr-defined]
        assert _holds_only_values_tuples_and_structs(field.type), f"{cls.__name__}.{field.name}"


def test_findings_are_freed_without_the_collector() -> None:
    span = model.Span(3, 9)
    quote = model.Quote(id="a:q1", article="a", text="the bridge will open", spans=(span,))
    assert not gc.is_tracked(span) and not gc.is_tracked(quote)
    assert len(STRUCTS) > 30  # every struct of the model is checked, not a few
