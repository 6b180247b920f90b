"""What keeps `voicespec check` fast without changing what it checks: hypothesis' files in the cache
directory (its UTF-8 table built once, nothing left in the caller's directory), and the per-document
caches of resolved pointers and documented responses (answers unchanged, synthesised bodies still the
caller's own)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from voicespec.checks.hypothesis_storage import STORAGE_ENV, use_cache_storage
from voicespec.providers import get_provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.request_validation import find_operation
from voicespec.spec.responses import documented_responses, error_response

VOICESPEC = [sys.executable, "-m", "voicespec.cli"]


def test_the_storage_is_the_callers_choice_else_the_voicespec_cache(tmp_path: Path) -> None:
    chosen = {STORAGE_ENV: "/somewhere", "VOICESPEC_CACHE_DIR": str(tmp_path)}
    assert use_cache_storage(chosen) == Path("/somewhere")
    configured = {"VOICESPEC_CACHE_DIR": str(tmp_path)}
    assert use_cache_storage(configured) == tmp_path / "hypothesis"
    assert configured[STORAGE_ENV] == str(tmp_path / "hypothesis")  # the fuzz interpreters inherit it
    xdg = {"XDG_CACHE_HOME": str(tmp_path / "xdg")}
    assert use_cache_storage(xdg) == tmp_path / "xdg" / "voicespec" / "hypothesis"


def test_a_check_leaves_no_hypothesis_directory_behind(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != STORAGE_ENV}
    env["VOICESPEC_CACHE_DIR"] = str(tmp_path / "cache")
    work = tmp_path / "project"
    work.mkdir()
    done = subprocess.run(
        [*VOICESPEC, "check", "--provider", "symbl-telephony", "--only", "client-requests", "--jobs", "1"],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 failed" in done.stdout
    assert not (work / ".hypothesis").exists()
    tables = [path.name for path in (tmp_path / "cache" / "hypothesis").rglob("*utf-8*")]
    assert tables, "the UTF-8 table was not kept in the cache directory"


def _inline_doc(tmp_path: Path) -> SpecDocument:
    error = {
        "type": "object",
        "required": ["code", "message"],
        "properties": {"code": {"type": "integer"}, "message": {"type": "string", "enum": ["Gone"]}},
    }
    data: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/calls/{id}": {
                "get": {
                    "operationId": "getCall",
                    "responses": {
                        "200": {  # no example: the answer is synthesised from the schema
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["id"],
                                        "properties": {"id": {"type": "string", "minLength": 1}},
                                    }
                                }
                            },
                        },
                        "404": {
                            "description": "gone",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Error"},
                                    "examples": {"gone": {"value": {"code": 404, "message": "Gone"}}},
                                }
                            },
                        },
                    },
                }
            }
        },
        "components": {"schemas": {"Error": error}},
    }
    return SpecDocument(tmp_path / "inline.yaml", data)


def test_documented_responses_are_the_same_and_synthesised_bodies_the_callers_own(tmp_path: Path) -> None:
    doc = _inline_doc(tmp_path)
    matched = find_operation(doc, "GET", "/calls/abc")
    assert matched is not None
    first = documented_responses(doc, matched)
    second = documented_responses(doc, matched)
    assert first == second
    synthesised = next(entry for entry in first if entry.synthesised)
    synthesised.body["id"] = "changed by the caller"
    assert next(entry for entry in documented_responses(doc, matched) if entry.synthesised) != synthesised


def test_an_error_answer_keeps_its_documented_text_in_a_copy(tmp_path: Path) -> None:
    doc = _inline_doc(tmp_path)
    matched = find_operation(doc, "GET", "/calls/abc")
    example = doc.data["paths"]["/calls/{id}"]["get"]["responses"]["404"]["content"]["application/json"]
    for _ in range(2):  # the second answer comes from the cache and is the same
        answer = error_response(doc, matched, 404, "no such call")
        assert answer.body == {"code": 404, "message": "Gone"}  # the enum refuses another message
        answer.body["code"] = 0
    assert example["examples"]["gone"]["value"] == {"code": 404, "message": "Gone"}


def test_resolve_answers_from_the_document_itself() -> None:
    doc = SpecDocument.load(get_provider("sinch-voice").spec_path)
    name = next(iter(doc.data["components"]["schemas"]))
    ref = f"#/components/schemas/{name}"
    assert doc.resolve(ref) is doc.data["components"]["schemas"][name]
    assert doc.resolve(ref) is doc.resolve(ref)
