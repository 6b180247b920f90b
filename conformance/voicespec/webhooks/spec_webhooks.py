"""The webhooks a spec documents (`webhooks:` of OpenAPI 3.1): event schema, answer schema, examples."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.webhooks.delivery import UsageError

JSON = "application/json"
ENVELOPE_SCHEMA_PREFIX = "#/components/schemas/Encrypted"  # EnableX: every event may also be an envelope


@dataclass(frozen=True)
class Webhook:
    """One documented webhook: what is sent (`event_schema`) and what may be answered."""

    name: str
    event_schema: str  # JSON pointer of the event's schema
    answer_schema: str | None  # JSON pointer of the documented 2xx JSON answer, None: no body documented
    answer_description: str
    examples: tuple[tuple[str, Any], ...]  # (example name, event body)


def _schema_pointer(schema: Any, where: str) -> str:
    if isinstance(schema, dict) and "$ref" in schema:
        return str(schema["$ref"]).removeprefix("#")
    variants = [item for item in (schema or {}).get("oneOf", []) if isinstance(item, dict)]
    events = [item for item in variants if not str(item.get("$ref", "")).startswith(ENVELOPE_SCHEMA_PREFIX)]
    if len(events) == 1 and "$ref" in events[0]:
        return str(events[0]["$ref"]).removeprefix("#")
    return where + "/schema"


def spec_webhooks(provider: Provider) -> tuple[SpecDocument, dict[str, Webhook]]:
    """The spec and its webhooks by name; `UsageError` if the spec documents none."""
    doc = SpecDocument.load(provider.spec_path)
    found: dict[str, Webhook] = {}
    for name, item in (doc.data.get("webhooks") or {}).items():
        operation = doc.deref(item).get("post")
        if not isinstance(operation, dict):
            continue
        where = f"/webhooks/{name}/post/requestBody/content/{JSON.replace('/', '~1')}"
        media = doc.deref(operation.get("requestBody", {})).get("content", {}).get(JSON, {})
        examples = tuple(
            (example_name, doc.deref(example).get("value"))
            for example_name, example in (media.get("examples") or {}).items()
        )
        answer_schema, description = None, ""
        for status, raw in sorted((operation.get("responses") or {}).items()):
            if str(status).startswith("2"):
                response = doc.deref(raw)
                description = str(response.get("description", ""))
                content = (response.get("content") or {}).get(JSON)
                if content and "schema" in content:
                    answer_schema = _schema_pointer(
                        content["schema"], f"/webhooks/{name}/post/responses/{status}"
                    )
                break
        found[name] = Webhook(
            name, _schema_pointer(media.get("schema"), where), answer_schema, description, examples
        )
    if not found:
        raise UsageError(f"{provider.title} ({provider.name}) documents no webhooks: nothing to simulate")
    return doc, found
