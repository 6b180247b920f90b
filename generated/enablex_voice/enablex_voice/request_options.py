"""Per-request options for every operation: a timeout or extra headers for one call, without changing the
shared client (hand-written, copied in by `voicespec generate`).

    get_call_result.sync(client=client, call_id=..., request_options=RequestOptions(timeout=2.0))
    callout.sync(client=client, body=..., request_options=RequestOptions(headers={"X-Request-Id": rid}))

The generated functions pass their request arguments through `with_options`, which also joins the path
to the client's base URL (`paths.absolute_url`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .paths import absolute_url
from .types import UNSET, Unset


@dataclass(frozen=True)
class RequestOptions:
    """`timeout`: seconds or an `httpx.Timeout` for this request only (`None` waits forever; default: the
    client's). `headers`: added to this request, replacing a header of the same name."""

    timeout: httpx.Timeout | float | Unset | None = UNSET
    headers: Mapping[str, str] = field(default_factory=dict)


def with_options(kwargs: dict[str, Any], options: RequestOptions | None, base_url: httpx.URL) -> dict[str, Any]:
    """The `httpx.Client.request` arguments `kwargs` (from an endpoint's `_get_kwargs`, whose `url` is a
    path) for a client whose base URL is `base_url`, with `options` applied (a new dict)."""
    merged = {**kwargs, "url": absolute_url(base_url, kwargs["url"])}
    if options is None:
        return merged
    if options.headers:
        merged["headers"] = {**kwargs.get("headers", {}), **options.headers}
    if not isinstance(options.timeout, Unset):
        merged["timeout"] = options.timeout
    return merged


__all__ = ["RequestOptions", "with_options"]
