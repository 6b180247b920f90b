"""Parse recorded responses through a regenerated client, in its own interpreter.

Run as `python -I parse_worker.py PROJECT_DIR PACKAGE` with a JSON list of jobs on stdin
({"module", "method", "url", "status", "headers", "body" (base64)}); prints one JSON list of results
({"error": str | null}). A separate process is what keeps the NEW package, which has the same import name
as the installed client, from clashing with it.
"""

from __future__ import annotations

import base64
import importlib
import json
import sys
from pathlib import Path
from typing import Any

import httpx

BASE_URL = "http://voicespec.test"


def _parse(package: Any, job: dict[str, Any]) -> str | None:
    module = importlib.import_module(job["module"])
    request = httpx.Request(job["method"], job["url"])
    response = httpx.Response(
        job["status"], headers=job["headers"], content=base64.b64decode(job["body"]), request=request
    )
    try:
        # raise_on_error=False: documented error statuses parse into their models, as callers see them.
        module._build_response(
            client=package.Client(base_url=BASE_URL), response=response, raise_on_error=False
        )
    except Exception as exc:  # any failure is the finding: the client cannot parse what was recorded
        return f"{type(exc).__name__}: {exc}"
    return None


def main(argv: list[str]) -> int:
    project, name = Path(argv[0]).resolve(), argv[1]
    sys.path.insert(0, str(project))
    package = importlib.import_module(name)
    if not Path(package.__file__ or "").resolve().is_relative_to(project):
        print(f"{name} was imported from {package.__file__}, not from {project}", file=sys.stderr)
        return 3
    jobs = json.load(sys.stdin)
    json.dump([{"error": _parse(package, job)} for job in jobs], sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
