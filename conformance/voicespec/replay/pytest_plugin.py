"""pytest plugin (entry point `voicespec`): generated clients answered from cassettes, for offline tests.

    from sinch_voice.api.calls import get_call_result

    @pytest.mark.voicespec_cassette("getCallResult.yaml")
    def test_call_result(sinch_voice_replay):
        result = get_call_result.sync(client=sinch_voice_replay.client, call_id="4398599d...")

One fixture per provider, `<package>_replay` (`sinch_voice_replay`, ...), each gives a `Replay`: the
package's client (`.client`, at the spec's first server URL) wired to a `ReplayTransport`
(`.transport`). Without a marker every cassette of the provider under conformance/cassettes/ is loaded;
`@pytest.mark.voicespec_cassette(*cassettes, allow_repeats=False)` picks cassettes by path (absolute, or
relative to the test file or the rootdir) or by name in the provider's directory (`"callout"`).

A request no recorded interaction answers raises `NoMatchingInteraction` inside the test. If the test
swallowed it (a broad `except`) and passed anyway, the test errors at teardown with the same message.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from voicespec.cassettes.model import cassette_files
from voicespec.client.factory import build_client, default_base_url
from voicespec.generation.package import import_package
from voicespec.providers import Provider, available_providers
from voicespec.replay.transport import NoMatchingInteraction, ReplayTransport, Slot

MARKER = "voicespec_cassette"
# The host is not matched by replay; these are the providers' real ones, so URLs in errors look familiar.
_CALL_FAILED = pytest.StashKey[bool]()


class WatchedReplayTransport(ReplayTransport):
    """A `ReplayTransport` that also remembers every request it could not answer."""

    def __init__(self, *cassettes: Path, allow_repeats: bool = False) -> None:
        super().__init__(*cassettes, allow_repeats=allow_repeats)
        self.misses: list[NoMatchingInteraction] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return super().handle_request(request)
        except NoMatchingInteraction as exc:
            self.misses.append(exc)
            raise

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except NoMatchingInteraction as exc:
            self.misses.append(exc)
            raise


@dataclass
class Replay:
    """What a replay fixture yields: the generated client and the transport answering it."""

    client: Any
    transport: WatchedReplayTransport
    cassettes: tuple[Path, ...] = field(default=())

    def unplayed(self) -> list[Slot]:
        """Interactions the test has not used yet."""
        return self.transport.unplayed()

    def assert_all_played(self) -> None:
        """Fail unless the test used every loaded interaction (the flow is complete)."""
        left = [slot.location for slot in self.unplayed()]
        assert not left, f"interactions never requested: {', '.join(left)}"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(*cassettes, allow_repeats=False): cassettes (paths or names in the provider's "
        "directory) for the voicespec replay fixtures",
    )


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    # Teardown needs to know whether the test body already failed (then the miss was reported there).
    report: pytest.TestReport = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


def resolve_cassettes(
    provider: Provider, names: tuple[str, ...], test_dir: Path, rootdir: Path
) -> list[Path]:
    """Cassette files for the marker's arguments; every provider cassette when there are none."""
    provider_dir = provider.cassettes_dir
    if not names:
        files = cassette_files(provider_dir)
        if not files:
            pytest.fail(f"voicespec: no cassettes in {provider_dir}", pytrace=False)
        return files
    found = []
    for name in names:
        given = Path(name)
        candidates = [given] if given.is_absolute() else [test_dir / given, rootdir / given]
        candidates += [provider_dir / given, provider_dir / f"{name}.yaml"]
        match = next((path for path in candidates if path.exists()), None)
        if match is None:
            known = ", ".join(path.name for path in cassette_files(provider_dir)) or "none"
            pytest.fail(
                f"voicespec: no cassette {name!r} (looked in {test_dir}, {rootdir} and {provider_dir}; "
                f"{provider.name} cassettes: {known})",
                pytrace=False,
            )
        found.append(match)
    return found


def replay_session(request: pytest.FixtureRequest, provider: Provider) -> Iterator[Replay]:
    """The body of every replay fixture."""
    try:
        package = import_package(provider)
    except ImportError:
        pytest.fail(
            f"voicespec: the {provider.package} client is not installed "
            f"(pip install ./generated/{provider.package})",
            pytrace=False,
        )
    marker = request.node.get_closest_marker(MARKER)
    names: tuple[str, ...] = tuple(marker.args) if marker else ()
    allow_repeats = bool(marker.kwargs.get("allow_repeats", False)) if marker else False
    files = resolve_cassettes(provider, names, request.path.parent, request.config.rootpath)
    transport = WatchedReplayTransport(*files, allow_repeats=allow_repeats)
    client = build_client(package, default_base_url(provider), transport)
    replay = Replay(client, transport, tuple(files))
    yield replay
    replay.client.get_httpx_client().close()
    if transport.misses and not request.node.stash.get(_CALL_FAILED, False):
        misses = "\n".join(str(miss) for miss in transport.misses)
        pytest.fail(f"voicespec: the test sent requests no cassette answers:\n{misses}", pytrace=False)


def _fixture(provider: Provider) -> Callable[[pytest.FixtureRequest], Iterator[Replay]]:
    def replay(request: pytest.FixtureRequest) -> Iterator[Replay]:
        yield from replay_session(request, provider)

    replay.__doc__ = (
        f"The {provider.title} client (`.client`) answered from cassettes (`.transport`); "
        f"pick cassettes with @pytest.mark.{MARKER}(...)."
    )
    return pytest.fixture(name=f"{provider.package}_replay")(replay)


# One fixture per provider directory, named after its package: `<package>_replay`.
for _provider in available_providers():
    globals()[f"{_provider.package}_replay"] = _fixture(_provider)
