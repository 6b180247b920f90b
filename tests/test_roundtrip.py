"""Every example in every spec decodes into the generated models and encodes back unchanged."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PROVIDERS
from voicespec.client.model_codec import DecodeError, component_pointer, decode, encode
from voicespec.client.normalise import normalised
from voicespec.generation.client_map import client_map
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.examples import ExampleSite, iter_examples


def _model_examples() -> list[Any]:
    """(provider, site) for every example whose schema is a generated model or a union of them."""
    cases = []
    for provider in PROVIDERS:
        doc = SpecDocument.load(provider.spec_path)
        cmap = client_map(provider)
        for site in iter_examples(doc):
            target = component_pointer(doc, site.schema_pointer)
            schema = doc.resolve("#" + target)
            if cmap.model_class(target) is not None or "oneOf" in schema:
                cases.append(pytest.param(provider, site, id=f"{provider.name}{site.example_pointer}"))
    return cases


@pytest.mark.parametrize(("provider", "site"), _model_examples())
def test_example_round_trips(provider: Provider, site: ExampleSite) -> None:
    doc = SpecDocument.load(provider.spec_path)
    decoded = decode(doc, client_map(provider), site.schema_pointer, site.value)
    assert hasattr(decoded, "to_dict")
    assert normalised(encode(decoded)) == normalised(site.value)


def test_every_component_schema_has_a_model_or_is_a_union(provider: Provider) -> None:
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    missing = []
    for name, schema in doc.data["components"]["schemas"].items():
        pointer = f"/components/schemas/{name}"
        is_object = schema.get("type") == "object" or "properties" in schema
        if is_object and cmap.model_class(pointer) is None:
            missing.append(name)
    assert missing == []


def test_a_union_value_matching_no_variant_is_rejected(provider: Provider) -> None:
    doc = SpecDocument.load(provider.spec_path)
    unions = [name for name, schema in doc.data["components"]["schemas"].items() if "oneOf" in schema]
    if not unions:
        pytest.skip("no unions in this spec")
    for name in unions:
        with pytest.raises(DecodeError, match="decodes to 0 variants"):
            decode(doc, client_map(provider), f"/components/schemas/{name}", {"no": "variant matches this"})


def _discriminated_examples() -> list[Any]:
    """(provider, site, expected model pointer) for every example of a union with a discriminator."""
    cases = []
    for provider in PROVIDERS:
        doc = SpecDocument.load(provider.spec_path)
        for site in iter_examples(doc):
            target = component_pointer(doc, site.schema_pointer)
            discriminator = doc.resolve("#" + target).get("discriminator")
            if discriminator and isinstance(site.value, dict):
                expected = discriminator["mapping"][site.value[discriminator["propertyName"]]][1:]
                cases.append(
                    pytest.param(provider, site, expected, id=f"{provider.name}{site.example_pointer}")
                )
    return cases


@pytest.mark.parametrize(("provider", "site", "expected"), _discriminated_examples())
def test_union_example_decodes_to_the_variant_its_discriminator_names(
    provider: Provider, site: ExampleSite, expected: str
) -> None:
    """Symbl start/stop, Sinch callouts, SVAML and notify callbacks each decode to exactly their variant."""
    doc = SpecDocument.load(provider.spec_path)
    cmap = client_map(provider)
    model = cmap.model_class(expected)
    assert model is not None
    assert type(decode(doc, cmap, site.schema_pointer, site.value)) is model
