from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartConnectionRequest")


@_attrs_define
class StartConnectionRequest:
    """Makes Symbl dial the endpoint and start processing the call.

    Attributes:
        operation (Literal['start']): Start a connection.
        endpoint (PstnEndpoint | SipEndpoint): What Symbl dials, selected by `type`.
        actions (EmptyActions | list[Action] | Unset): Actions to perform while this connection is active. Only
            `sendSummaryEmail` is currently supported. Symbl's Python SDK sends an empty object (`{}`) when there are none;
            it means the same as an empty array.
        data (ConnectionData | Unset): Information about the meeting.
        timezone (str | Unset): Name of a timezone from the IANA TZ database (for example `Asia/Tokyo`). The summary UI
            shows the meeting start time in this timezone. When it is omitted, UTC is used.
        languages (list[Language | str] | Unset): BCP-47 language codes (for example `en-US`); the first code in the
            array sets the language of the session. The API reference and the Python SDK send plain strings; the JavaScript
            SDK and Symbl's API definition send objects with a `code`.
        intents (list[IntentDetection] | Unset): Intents to detect on the call (for example an answering machine).
        endpoint_webhook_url (str | Unset): Webhook URL that Symbl calls with results.
        headers (RequestHeaders | Unset): Additional headers passed in the meeting's context, as name-value pairs.
        validation_token (str | Unset): Token passed through by Symbl's SDKs; Symbl's API definition lists it without
            describing it.
        push_speaker_events (bool | Unset): Sent as `true` by Symbl's Python SDK on every PSTN start; the API reference
            does not describe it. Speaker events themselves are pushed to `eventUrl`.
    """

    operation: Literal["start"]
    endpoint: PstnEndpoint | SipEndpoint
    actions: EmptyActions | list[Action] | Unset = UNSET
    data: ConnectionData | Unset = UNSET
    timezone: str | Unset = UNSET
    languages: list[Language | str] | Unset = UNSET
    intents: list[IntentDetection] | Unset = UNSET
    endpoint_webhook_url: str | Unset = UNSET
    headers: RequestHeaders | Unset = UNSET
    validation_token: str | Unset = UNSET
    push_speaker_events: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation

        endpoint: dict[str, Any]
        if isinstance(self.endpoint, PstnEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint.to_dict()

        actions: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item = actions_type_0_item_data.to_dict()
                actions.append(actions_type_0_item)

        else:
            actions = self.actions.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        timezone = self.timezone

        languages: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item: dict[str, Any] | str
                if isinstance(languages_item_data, Language):
                    languages_item = languages_item_data.to_dict()
                else:
                    languages_item = languages_item_data
                languages.append(languages_item)

        intents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intents, Unset):
            intents = []
            for intents_item_data in self.intents:
                intents_item = intents_item_data.to_dict()
                intents.append(intents_item)

        endpoint_webhook_url = self.endpoint_webhook_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        validation_token = self.validation_token

        push_speaker_events = self.push_speaker_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "endpoint": endpoint,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if data is not UNSET:
            field_dict["data"] = data
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if languages is not UNSET:
            field_dict["languages"] = languages
        if intents is not UNSET:
            field_dict["intents"] = intents
        if endpoint_webhook_url is not UNSET:
            field_dict["endpointWebhookUrl"] = endpoint_webhook_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if validation_token is not UNSET:
            field_dict["validationToken"] = validation_token
        if push_speaker_events is not UNSET:
            field_dict["pushSpeakerEvents"] = push_speaker_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operation = cast(Literal["start"], d.pop("operation"))
        if operation != "start":
            raise ValueError(f"operation must match const 'start', got '{operation}'")

        def _parse_endpoint(data: object) -> PstnEndpoint | SipEndpoint:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_endpoint_type_0 = PstnEndpoint.from_dict(data)

                return componentsschemas_endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_endpoint_type_1 = SipEndpoint.from_dict(data)

            return componentsschemas_endpoint_type_1

        endpoint = _parse_endpoint(d.pop("endpoint"))

        def _parse_actions(data: object) -> EmptyActions | list[Action] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actions_type_0 = []
                _actions_type_0 = data
                for actions_type_0_item_data in _actions_type_0:
                    actions_type_0_item = Action.from_dict(actions_type_0_item_data)

                    actions_type_0.append(actions_type_0_item)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            actions_type_1 = EmptyActions.from_dict(data)

            return actions_type_1

        actions = _parse_actions(d.pop("actions", UNSET))

        _data = d.pop("data", UNSET)
        data: ConnectionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ConnectionData.from_dict(_data)

        timezone = d.pop("timezone", UNSET)

        _languages = d.pop("languages", UNSET)
        languages: list[Language | str] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:

                def _parse_languages_item(data: object) -> Language | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        languages_item_type_1 = Language.from_dict(data)

                        return languages_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Language | str, data)

                languages_item = _parse_languages_item(languages_item_data)

                languages.append(languages_item)

        _intents = d.pop("intents", UNSET)
        intents: list[IntentDetection] | Unset = UNSET
        if _intents is not UNSET:
            intents = []
            for intents_item_data in _intents:
                intents_item = IntentDetection.from_dict(intents_item_data)

                intents.append(intents_item)

        endpoint_webhook_url = d.pop("endpointWebhookUrl", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: RequestHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = RequestHeaders.from_dict(_headers)

        validation_token = d.pop("validationToken", UNSET)

        push_speaker_events = d.pop("pushSpeakerEvents", UNSET)

        start_connection_request = cls(
            operation=operation,
            endpoint=endpoint,
            actions=actions,
            data=data,
            timezone=timezone,
            languages=languages,
            intents=intents,
            endpoint_webhook_url=endpoint_webhook_url,
            headers=headers,
            validation_token=validation_token,
            push_speaker_events=push_speaker_events,
        )

        start_connection_request.additional_properties = d
        return start_connection_request

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


# Imported here, after the class, because these models may import this one.
from ..models.action import Action  # noqa: E402
from ..models.connection_data import ConnectionData  # noqa: E402
from ..models.empty_actions import EmptyActions  # noqa: E402
from ..models.intent_detection import IntentDetection  # noqa: E402
from ..models.language import Language  # noqa: E402
from ..models.pstn_endpoint import PstnEndpoint  # noqa: E402
from ..models.request_headers import RequestHeaders  # noqa: E402
from ..models.sip_endpoint import SipEndpoint  # noqa: E402
