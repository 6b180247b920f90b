"""Which names carry a secret: the maintained list, plus every header, query parameter and cookie a spec's
`securitySchemes` names.

Names are compared normalised (lower case, `_`, `-`, `.` and spaces removed), so `api_key`, `Api-Key`,
`apiKey` and `API.KEY` are one name. The same list serves headers, query keys and JSON, form, multipart and
XML field names: a name that carries a secret in one place carries it in all of them. Extend the list
here (`SECRET_NAMES`, or `SECRET_SUFFIXES` for a family such as `...Token`); a test plants every entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_SEPARATORS = re.compile(r"[\s_.\-]+")

SECRET_NAMES = frozenset(
    {
        # headers
        "authorization",
        "proxyauthorization",
        "cookie",
        "setcookie",
        "xapikey",
        "xauthtoken",
        "xaccesstoken",
        "xamzsecuritytoken",
        "xamzsignature",
        "xamzcredential",
        "xgoogsignature",
        "xtimestamp",  # signing material of Sinch's signed requests
        # field names and query keys
        "apikey",
        "key",
        "accesskey",
        "secretkey",
        "privatekey",
        "token",
        "authtoken",
        "accesstoken",
        "refreshtoken",
        "refershtoken",  # Symbl's real token answer spells it so
        "idtoken",
        "sessiontoken",
        "securitytoken",
        "secret",
        "appsecret",
        "applicationsecret",
        "clientsecret",
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "credential",
        "credentials",
        "signature",
        "sig",
        "appid",  # Symbl's App ID is half of the credential pair exchanged for a token
        "sessionid",
    }
)
# A name ending in one of these carries a secret too (`githubToken`, `dbPassword`, `stripeSecretKey`).
SECRET_SUFFIXES = ("token", "secret", "password", "passwd", "apikey", "secretkey", "privatekey", "signature")


def normalise(name: str) -> str:
    return _SEPARATORS.sub("", name).lower()


@dataclass(frozen=True)
class SecretNames:
    """The maintained names plus `extra` ones (normalised), e.g. from a spec's security schemes."""

    extra: frozenset[str] = frozenset()

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        key = normalise(name)
        return key in SECRET_NAMES or key in self.extra or key.endswith(SECRET_SUFFIXES)

    def with_names(self, names: Iterable[str]) -> SecretNames:
        return SecretNames(self.extra | {normalise(name) for name in names if name})


def scheme_names(spec: dict[str, Any]) -> set[str]:
    """Every header, query parameter and cookie a spec's security schemes send a credential in."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    names: set[str] = set()
    for scheme in schemes.values():
        if not isinstance(scheme, dict):
            continue
        if scheme.get("type") == "apiKey" and isinstance(scheme.get("name"), str):
            names.add(scheme["name"])
        elif scheme.get("type") in ("http", "oauth2", "openIdConnect"):
            names.add("authorization")
    return names


DEFAULT_NAMES = SecretNames()


def names_for_spec(spec: dict[str, Any]) -> SecretNames:
    return DEFAULT_NAMES.with_names(scheme_names(spec))
