"""Where an API's error bodies carry their code and human-readable message, read from its spec.

One definition for both sides: the replay server writes its refusal text into the message field, and each
generated client reads code and message from the fields listed here (`voicespec generate` writes them into
the package as `error_fields.py`, which `exceptions.ApiResponseError` reads). An error schema names its
fields with `x-voicespec-error-fields: {message: NAME, code: NAME}`; otherwise the usual spellings it
declares count, and a schema whose only string property is one field has that as its message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from voicespec.spec.document import SpecDocument

EXTENSION = "x-voicespec-error-fields"
# The spellings APIs use, in the order they are tried: a provider's specific key before the generic ones.
USUAL_MESSAGE = ("message", "msg", "error_description", "errorMessage", "detail", "description")
USUAL_CODE = ("errorCode", "error_code", "code", "result")


@dataclass(frozen=True)
class ErrorFields:
    message: tuple[str, ...]
    code: tuple[str, ...]


def declared_field(schema: dict[str, Any], role: str) -> str | None:
    """The field the schema's extension names for `role` (`message` or `code`), if it names one."""
    declared = schema.get(EXTENSION)
    name = declared.get(role) if isinstance(declared, dict) else None
    return name if isinstance(name, str) else None


def schema_error_fields(schema: dict[str, Any]) -> ErrorFields:
    """The message and code fields of one (resolved) error schema."""
    properties = schema.get("properties") or {}
    strings = [
        name for name, sub in properties.items() if isinstance(sub, dict) and sub.get("type") == "string"
    ]
    message = declared_field(schema, "message")
    code = declared_field(schema, "code")
    messages = [message] if message else [name for name in USUAL_MESSAGE if name in properties]
    if not messages and len(strings) == 1:
        messages = strings
    codes = [code] if code else [name for name in USUAL_CODE if name in properties]
    return ErrorFields(tuple(messages), tuple(codes))


def _error_schemas(doc: SpecDocument) -> list[dict[str, Any]]:
    """Every JSON schema an error response (4xx, 5xx, a range or `default`) documents, resolved."""
    found: list[dict[str, Any]] = []
    for item in (doc.data.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if not isinstance(operation, dict):
                continue
            for status, response in (operation.get("responses") or {}).items():
                if not (str(status)[0] in "45" or status == "default"):
                    continue
                for media, media_object in (doc.deref(response).get("content") or {}).items():
                    schema = doc.deref(media_object.get("schema"))
                    if "json" in media and isinstance(schema, dict) and schema not in found:
                        found.append(schema)
    return found


def error_fields(doc: SpecDocument) -> ErrorFields:
    """The fields of all the spec's error schemas, in document order. A spec that documents no error body
    gets the usual spellings, so its client still reads the common shapes."""
    schemas = _error_schemas(doc)
    if not schemas:
        return ErrorFields(USUAL_MESSAGE, USUAL_CODE)
    each = [schema_error_fields(schema) for schema in schemas]
    return ErrorFields(
        tuple(dict.fromkeys(name for fields in each for name in fields.message)),
        tuple(dict.fromkeys(name for fields in each for name in fields.code)),
    )
