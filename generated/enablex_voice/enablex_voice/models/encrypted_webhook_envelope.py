from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EncryptedWebhookEnvelope")


@_attrs_define
class EncryptedWebhookEnvelope:
    """The body of every webhook event when webhook security is on for the project. EnableX's samples and its
    "Secure Webhooks" guide decrypt it with Node.js `crypto.createDecipher(<x-algoritm>, APP_ID)` and
    `decipher.update(encrypted_data, <x-format>, <x-encoding>)`: the password is the project's **app ID**,
    key and IV are derived from it with OpenSSL `EVP_BytesToKey` (MD5, one iteration, no salt), the cipher
    is the one named in `x-algoritm`, padding is PKCS#7. The plaintext is the JSON of one of the events
    (`CallStateEvent`, `DtmfCollectedEvent`, `SpeechRecognitionEvent`, `PlayStateEvent`,
    `RecordingStateEvent`). Told apart from the events by the required `encrypted_data`, which no event has.

        Attributes:
            encrypted_data (str): The encrypted event, as text in the encoding named by `x-format` (for example hex).
    """

    encrypted_data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_data = self.encrypted_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encrypted_data": encrypted_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_data = d.pop("encrypted_data")

        encrypted_webhook_envelope = cls(
            encrypted_data=encrypted_data,
        )

        encrypted_webhook_envelope.additional_properties = d
        return encrypted_webhook_envelope

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
