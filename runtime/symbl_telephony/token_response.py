"""Reading the answer of Symbl's token endpoint (hand-written runtime, used by `auth.TokenAuth`).

A token response becomes a `Token` (the access token and when to renew it); anything else becomes a
`TokenExchangeError` saying what was wrong, with the endpoint's `{"message": ...}` when it sent one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import httpx

from .errors import SymblTelephonyError
from .inbound import loads
from .models import ErrorResponse, GenerateTokenResponse

__all__ = ["Token", "TokenExchangeError", "read_token"]

# A token living longer than this is not a real answer (and 10**400 would overflow float arithmetic).
_MAX_LIFETIME_SECONDS = 10 * 366 * 24 * 3600
_BODY_EXCERPT = 200


class TokenExchangeError(SymblTelephonyError):
    """The token endpoint did not hand out a usable token.

    `status_code` is the HTTP status of the token response, or None when there was none (the exchange timed
    out or failed to connect, or an earlier failure is being backed off); `error` the parsed
    `{"message": ...}` body when the endpoint sent one (`message` is its text, or a description of what was
    wrong).
    """

    def __init__(self, status_code: int | None, message: str, error: ErrorResponse | None = None) -> None:
        status = "no response" if status_code is None else f"HTTP {status_code}"
        super().__init__(f"Symbl token exchange failed ({status}): {message}")
        self.status_code = status_code
        self.message = message
        self.error = error

    def again(self, context: str) -> TokenExchangeError:
        """A fresh copy for another caller (one exception object must not be raised in many threads)."""
        return TokenExchangeError(self.status_code, f"{self.message} ({context})", self.error)


@dataclass(frozen=True)
class Token:
    """An access token and when to renew it, on the clock of the `TokenAuth` that asked for it."""

    value: str
    renew_at: float


def read_token(response: httpx.Response, sent_at: float, refresh_margin: float) -> Token:
    """The token of a (read) token response; any problem is a TokenExchangeError. Renewal is due
    `refresh_margin` seconds before expiry, but never before half of the token's life has passed."""
    if not response.is_success:
        raise _exchange_error(response)
    try:
        body = loads(response.content.decode("utf-8"))
        if not isinstance(body, dict):
            raise TypeError("the body is not a JSON object")
        parsed = GenerateTokenResponse.from_dict(body)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TokenExchangeError(response.status_code, f"not a token response: {_excerpt(response)}") from exc
    lifetime = parsed.expires_in
    if not isinstance(parsed.access_token, str) or not parsed.access_token:
        raise TokenExchangeError(response.status_code, "accessToken is missing or not a non-empty string")
    if (
        not isinstance(lifetime, int)
        or isinstance(lifetime, bool)
        or not 0 <= lifetime <= _MAX_LIFETIME_SECONDS
    ):
        raise TokenExchangeError(
            response.status_code,
            f"expiresIn is not a whole number of seconds from 0 to 10 years: {lifetime!r}",
        )
    # Timed from when the request left, so network latency only ever makes us renew early.
    return Token(parsed.access_token, sent_at + max(lifetime - refresh_margin, lifetime / 2))


def _exchange_error(response: httpx.Response) -> TokenExchangeError:
    try:
        body = loads(response.content.decode("utf-8"))
        error = ErrorResponse.from_dict(body) if isinstance(body, dict) else None
    except (ValueError, KeyError, TypeError, AttributeError):
        error = None
    if error is not None and isinstance(error.message, str):
        return TokenExchangeError(response.status_code, error.message, error)
    return TokenExchangeError(response.status_code, f"{response.reason_phrase}: {_excerpt(response)}")


def _excerpt(response: httpx.Response) -> str:
    """The start of the body, quoted, for error messages (a token endpoint may answer with an HTML page)."""
    text = response.text
    if not text:
        return "empty body"
    return json.dumps(text[:_BODY_EXCERPT]) + ("..." if len(text) > _BODY_EXCERPT else "")
