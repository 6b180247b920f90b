"""A client library for accessing EnableX Programmable Voice API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
