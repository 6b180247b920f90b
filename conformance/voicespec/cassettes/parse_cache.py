"""A cache of parsed cassette YAML, so that loading a large cassette set costs a JSON read, not a YAML
parse (libyaml reads about 1 MB/s of cassette; 10,000 interactions are 3.5 MB).

The cache is keyed by the SHA-256 of the file's bytes, so any edit misses it; what it holds is only the
parsed data, which is validated on every load like freshly parsed YAML. It lives in
`$VOICESPEC_CACHE_DIR`, else `$XDG_CACHE_HOME/voicespec/cassettes`, else `~/.cache/voicespec/cassettes`;
if that cannot be written, loading simply parses every time. Bytes (`!!binary` bodies) are kept as
`{"$bytes": base64}`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

# libyaml's loader when present.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# libyaml's dumper writes the same text as PyYAML's three times faster.
DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_BYTES = "$bytes"
_FORMAT = "1"  # bump when what is cached changes


def cache_dir() -> Path:
    configured = os.environ.get("VOICESPEC_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "voicespec" / "cassettes"


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {_BYTES: base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            raise TypeError("a mapping key that is not a string")  # JSON would change it: not cached
        return {key: _encode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    return value


def _decode_bytes(mapping: dict[str, Any]) -> Any:
    if len(mapping) == 1 and _BYTES in mapping:
        return base64.b64decode(mapping[_BYTES])
    return mapping


def parse_yaml(content: bytes, text: str) -> Any:
    """The YAML document `text` (whose UTF-8 bytes are `content`), from the cache when it is there.
    Raises `yaml.YAMLError` like `yaml.load`. Only mappings, lists, strings, numbers, booleans, null and
    bytes survive the cache, which is all a cassette may hold; anything else is parsed afresh."""
    entry = _entry(content)
    try:
        return json.loads(entry.read_text(encoding="utf-8"), object_hook=_decode_bytes)
    except (OSError, ValueError):
        pass
    data = yaml.load(text, Loader=_LOADER)
    remember(content, data)
    return data


def remember(content: bytes, data: Any) -> None:
    """Cache `data` as what `content` parses to (the writer knows it already)."""
    try:
        encoded = json.dumps(_encode(data), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return  # a date or other YAML type JSON cannot hold: not cached
    _store(_entry(content), encoded)


def _entry(content: bytes) -> Path:
    return cache_dir() / f"{hashlib.sha256(content).hexdigest()}.v{_FORMAT}.json"


def _store(entry: Path, encoded: str) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(encoded)
        os.replace(temporary, entry)
    except OSError:
        return  # a read-only home: no cache, same results
