"""Where hypothesis keeps its files during a `voicespec` command, and its character table built once a run.

Hypothesis computes the set of characters UTF-8 can encode (about 3 s of CPU: it tries every code point)
the first time a strategy asks for it in a process, and keeps the answer under its storage directory, by
default `.hypothesis/` in the working directory. From a fresh CI checkout (or any new directory) every fuzz
interpreter and every worker of a run built the table again, and the run left `.hypothesis/` behind in the
user's project. So the `voicespec` command points the storage (HYPOTHESIS_STORAGE_DIRECTORY, which the fuzz
interpreters inherit) at a per-user cache directory unless the caller chose one, before hypothesis is
imported (it settles on the directory then); and `voicespec check` builds the table in the parent before
the workers fork: a cold cache costs it once per run, a warm one not at all.

Source: HypothesisWorks/hypothesis @ 41004301f02bcb35b7953518ed16705c4cf0211c, hypothesis/src/hypothesis/:
configuration.py (the default `Path.cwd() / ".hypothesis"`, HYPOTHESIS_STORAGE_DIRECTORY), internal/charmap.py
(`intervals_from_codec` tries every code point and saves `codec-v2-<codec>`), strategies/_internal/strings.py
(any `codec` goes through it, `utf-8` included) and strategies/_internal/regex.py (importing it reads the
storage, which settles the directory).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

STORAGE_ENV = "HYPOTHESIS_STORAGE_DIRECTORY"  # read by hypothesis itself
CACHE_ENV = "VOICESPEC_CACHE_DIR"


def cache_directory(environ: MutableMapping[str, str]) -> Path:
    """$VOICESPEC_CACHE_DIR, else $XDG_CACHE_HOME/voicespec, else ~/.cache/voicespec."""
    if environ.get(CACHE_ENV):
        return Path(environ[CACHE_ENV])
    base = Path(environ["XDG_CACHE_HOME"]) if environ.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "voicespec"


def use_cache_storage(environ: MutableMapping[str, str] | None = None) -> Path:
    """Point hypothesis' storage at `<cache>/hypothesis` unless the caller chose one; the directory in use."""
    environ = os.environ if environ is None else environ
    if not environ.get(STORAGE_ENV):
        environ[STORAGE_ENV] = str(cache_directory(environ) / "hypothesis")
    return Path(environ[STORAGE_ENV])


def build_character_table() -> None:
    """Build hypothesis' UTF-8 table (or read it from the storage) in this process; forked workers inherit
    it and the fuzz interpreters read it from the storage."""
    # Imported here: importing hypothesis settles its storage directory (see the module docstring).
    from hypothesis import strategies as st  # noqa: PLC0415

    st.characters(codec="utf-8").validate()
