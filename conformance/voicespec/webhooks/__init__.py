"""`voicespec webhooks`: a provider simulator that tests the user's own callback handler.

from voicespec.webhooks import check_webhooks
results = check_webhooks("sinch-voice", app=app, path="/sinch/callback", key=KEY, secret=SECRET)
assert results.ok, "\\n\\n".join(str(failure) for failure in results.failures)
"""

from __future__ import annotations

from voicespec.webhooks.delivery import UsageError
from voicespec.webhooks.results import Failure, Results
from voicespec.webhooks.runner import check_webhooks

__all__ = ["Failure", "Results", "UsageError", "check_webhooks"]
