"""Appending one interaction to a cassette file without rewriting it: what `voicespec record` does per
exchange, so recording costs the same at the 1st and the 10,000th interaction.

A cassette ends with its `interactions:` block sequence, so a new interaction is one more `- request: ...`
item at the end of the file. Each append holds an exclusive `fcntl` lock on the cassette itself (so two
recorders writing one cassette interleave whole interactions and lose none) and is a single `write` of
the complete item followed by `fsync`: a recorder killed at any moment leaves either the item or nothing,
never half of one, and there is no temporary file to leave behind.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any

import yaml

from voicespec.cassettes.model import CASSETTE_VERSION, Interaction
from voicespec.cassettes.parse_cache import DUMPER
from voicespec.cassettes.yaml_format import PROVENANCE, interaction_data

_EMPTY_LIST = b"interactions: []\n"
_TAIL = 64


def _item(interaction: Interaction) -> bytes:
    text = yaml.dump(
        [interaction_data(interaction)], Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=100
    )
    return text.encode("utf-8")


def _head(provenance: dict[str, Any], comment: str) -> bytes:
    header = "".join(f"# {line}\n" for line in comment.splitlines())
    document = {"version": CASSETTE_VERSION, PROVENANCE: provenance}
    return (
        header + yaml.dump(document, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=100)
    ).encode()


def append_interaction(
    path: Path, interaction: Interaction, provenance: dict[str, Any] | None = None, comment: str = ""
) -> None:
    """Add `interaction` at the end of the cassette at `path`, creating it (with `provenance` and
    `comment` at the top) when it does not exist or is empty."""
    path.parent.mkdir(parents=True, exist_ok=True)
    item = _item(interaction)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        size = os.lseek(descriptor, 0, os.SEEK_END)
        if size == 0:
            data = _head(provenance or {}, comment) + b"interactions:\n" + item
        else:
            tail = os.pread(descriptor, min(size, _TAIL), max(0, size - _TAIL))
            if tail.endswith(_EMPTY_LIST):  # a cassette saved with no interactions yet
                os.ftruncate(descriptor, size - len(b"[]\n"))
                os.lseek(descriptor, 0, os.SEEK_END)
                data = b"\n" + item
            else:
                data = item if tail.endswith(b"\n") else b"\n" + item
        while data:  # one write for a regular file in practice; the loop only guards a short write
            data = data[os.write(descriptor, data) :]
        os.fsync(descriptor)
    finally:
        os.close(descriptor)  # closing releases the lock
