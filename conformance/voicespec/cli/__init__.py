"""The `voicespec` command (console script `voicespec.cli:main`)."""

from __future__ import annotations

from collections.abc import Sequence

from voicespec.checks.hypothesis_storage import use_cache_storage


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command. Hypothesis settles on its storage directory when it is first imported, so the
    cache directory is chosen before the command's modules (which import it) are loaded."""
    use_cache_storage()
    from voicespec.cli.app import main as run  # noqa: PLC0415 (after the storage is chosen, see above)

    return run(argv)


__all__ = ["main"]
