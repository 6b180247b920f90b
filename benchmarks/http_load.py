"""A lean HTTP/1.1 load generator for the replay benchmark: N clients, each on its own keep-alive
connection, sending one request after another for a fixed time.

Raw asyncio streams rather than httpx: httpx's AsyncClient spends more CPU per request than the servers
being measured, so on a 2-core machine it measured itself. This client costs about 0.1 ms of CPU per
request, the same for every server it loads.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, share: float) -> float:
        """Seconds; the nearest-rank percentile (`share` 0.99 is p99)."""
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[max(0, min(len(ordered) - 1, int(len(ordered) * share + 0.5) - 1))]

    @property
    def median(self) -> float:
        return statistics.median(self.latencies) if self.latencies else float("nan")


def request_bytes(target: str, headers: dict[str, str]) -> bytes:
    lines = [
        f"GET {target} HTTP/1.1",
        "Host: 127.0.0.1",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


async def _read_answer(reader: asyncio.StreamReader) -> bytes:
    """The status line of one answer; its body is read and dropped (Content-Length framing only)."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = None
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length is None:
        raise ValueError("an answer without Content-Length")
    await reader.readexactly(length)
    return head.split(b"\r\n", 1)[0]


async def _client(port: int, next_request: Callable[[], bytes], deadline: float, result: LoadResult) -> None:
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            assert reader is not None
            writer.write(next_request())
            status = await _read_answer(reader)
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            result.errors.append(type(exc).__name__)
            if writer is not None:
                writer.close()
            reader = writer = None
            continue
        result.latencies.append(time.perf_counter() - started)
        if not status.startswith(b"HTTP/1.1 200 "):
            result.errors.append(status.decode("latin-1"))
    if writer is not None:
        writer.close()


def run_load(port: int, clients: int, seconds: float, next_request: Callable[[], bytes]) -> LoadResult:
    """`clients` concurrent keep-alive connections to 127.0.0.1:`port` for `seconds`; any answer other
    than a 200, and any failed connection or read, is an error."""
    result = LoadResult(seconds)

    async def load() -> None:
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(_client(port, next_request, deadline, result) for _ in range(clients)))

    asyncio.run(load())
    return result
