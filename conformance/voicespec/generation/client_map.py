"""Where each spec operation and schema lives in the generated package.

Names come from openapi-python-client's own parser run over the same spec and config, not from a copy of
its naming rules, so the mapping cannot drift from what the generator wrote.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from openapi_python_client.parser.openapi import GeneratorData

from voicespec.errors import GenerationError, Problem
from voicespec.generation.generator import generator_config
from voicespec.generation.package import ensure_importable
from voicespec.providers import Provider
from voicespec.spec.document import load_yaml, pointer, ref_or_inline


def _raw(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


@dataclass(frozen=True)
class OperationBinding:
    """One operation of the spec and the generated module that calls it."""

    method: str
    path: str
    module_name: str
    path_params: dict[str, str]  # spec name -> python keyword
    query_params: dict[str, str]
    header_params: dict[str, str]
    has_body: bool

    def module(self) -> ModuleType:
        return importlib.import_module(self.module_name)


def template_key(path: str) -> str:
    """The generator renames path parameters to Python names (`{callId}` -> `{call_id}`); compare
    templates with the names blanked out."""
    return re.sub(r"\{[^}]+\}", "{}", path)


@dataclass(frozen=True)
class ClientMap:
    provider: Provider
    operations: dict[tuple[str, str], OperationBinding]  # (method, template_key(path)) -> binding
    models: dict[str, str]  # "/components/schemas/X" -> "pkg.models.module:Class"

    def binding(self, method: str, path: str) -> OperationBinding:
        return self.operations[(method.lower(), template_key(path))]

    def model_class(self, schema_pointer: str) -> type[Any] | None:
        target = self.models.get(schema_pointer)
        if target is None:
            return None
        module_name, class_name = target.split(":")
        cls: type[Any] = getattr(importlib.import_module(module_name), class_name)
        return cls


@cache
def client_map(provider: Provider) -> ClientMap:
    ensure_importable(provider)
    config = generator_config(provider, None)
    spec = load_yaml(provider.spec_path)
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise GenerationError(
            f"the generator cannot parse {provider.spec_path}",
            [Problem(str(provider.spec_path), "", str(data.detail))],
        )
    operations = {}
    inline_bodies: dict[str, str] = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            binding = OperationBinding(
                method=endpoint.method.lower(),
                path=_raw(endpoint.path),
                module_name=f"{provider.package}.api.{tag}.{endpoint.name}",
                path_params={_raw(p.name): p.python_name for p in endpoint.path_parameters},
                query_params={_raw(p.name): p.python_name for p in endpoint.query_parameters},
                header_params={_raw(p.name): p.python_name for p in endpoint.header_parameters},
                has_body=bool(endpoint.bodies),
            )
            operations[(binding.method, template_key(binding.path))] = binding
            inline_bodies.update(_inline_body_models(provider, spec, binding, endpoint))
    # Component models are named by their pointer; inline ones (a form body's "body") by a bare name that
    # points nowhere, and are keyed by `_inline_body_models` instead.
    models = {
        _raw(model.name): f"{provider.package}.models.{model.class_info.module_name}:{model.class_info.name}"
        for model in data.models
        if _raw(model.name).startswith("/")
    }
    return ClientMap(provider, operations, {**inline_bodies, **models})


def _inline_body_models(
    provider: Provider, spec: dict[str, Any], binding: OperationBinding, endpoint: Any
) -> dict[str, str]:
    """Request bodies whose schema is written inline get a model named for the operation
    (`TagCallBody`): key it by the schema's pointer, as component models are keyed by theirs."""
    template = next(path for path in spec["paths"] if template_key(path) == template_key(binding.path))
    raw = spec["paths"][template][binding.method].get("requestBody") or {}
    base = ref_or_inline(raw, pointer("paths", template, binding.method, "requestBody"))
    found = {}
    for body in endpoint.bodies:
        class_info = getattr(body.prop, "class_info", None)
        if class_info is not None:
            schema_pointer = base + pointer("content", _raw(body.content_type), "schema")
            found[schema_pointer] = f"{provider.package}.models.{class_info.module_name}:{class_info.name}"
    return found
