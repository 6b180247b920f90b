"""`python -m voicespec.cli`: the same as the `voicespec` command."""

from __future__ import annotations

from voicespec.cli import main

raise SystemExit(main())
