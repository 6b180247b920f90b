"""The `voicespec_webhooks` pytest fixture: run the provider simulator against your app in a test.

Enable it in your `conftest.py` with `pytest_plugins = ["voicespec.webhooks.pytest_plugin"]` (or run
pytest with `-p voicespec.webhooks.pytest_plugin`), then::

    def test_my_sinch_handler(voicespec_webhooks):
        voicespec_webhooks("sinch-voice", app=app, path="/sinch/callback", key=KEY, secret=SECRET)

The fixture takes `check_webhooks`'s arguments, fails the test with every failure (event sent, answer,
why, how to repeat it) when the handler does not conform, and returns the `Results` otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from voicespec.webhooks.report import totals_line
from voicespec.webhooks.results import Results
from voicespec.webhooks.runner import check_webhooks

WebhookCheck = Callable[..., Results]


@pytest.fixture
def voicespec_webhooks() -> WebhookCheck:
    """Call it like `check_webhooks(provider, app=..., ...)`; the test fails unless the handler conforms."""

    def run(provider: str, **options: Any) -> Results:
        results = check_webhooks(provider, **options)
        if not results.ok:
            details = "\n\n".join(str(failure) for failure in results.failures) or "no case ran"
            pytest.fail(f"{totals_line(results)}\n\n{details}", pytrace=False)
        return results

    return run
