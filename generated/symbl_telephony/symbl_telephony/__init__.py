"""A client library for accessing Symbl.ai Telephony API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
