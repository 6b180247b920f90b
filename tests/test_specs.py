"""The cleaned specs are valid OpenAPI 3.1, every example matches its schema, and Redocly finds nothing."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from voicespec.errors import SpecError
from voicespec.providers import Provider
from voicespec.spec.document import SpecDocument
from voicespec.spec.examples import iter_examples, iter_operations
from voicespec.spec.lint import lint_problems
from voicespec.spec.validity import spec_problems, validate_spec


def test_spec_is_valid_and_every_example_matches(provider: Provider) -> None:
    assert spec_problems(provider.spec_path) == []
    assert sum(1 for _ in iter_examples(SpecDocument.load(provider.spec_path))) > 0


def test_spec_is_lint_clean(provider: Provider) -> None:
    assert lint_problems(provider.spec_path) == []


def test_every_operation_is_fully_described(provider: Provider) -> None:
    doc = SpecDocument.load(provider.spec_path)
    ids: Counter[str] = Counter()
    for section, name, method, operation in iter_operations(doc.data):
        where = f"{section} {method.upper()} {name}"
        ids[str(operation.get("operationId"))] += 1
        assert operation.get("operationId"), where
        assert len(operation.get("tags", [])) == 1, where
        assert operation.get("summary"), where
        assert operation.get("responses"), where
    assert [name for name, count in ids.items() if count > 1] == []


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_duplicate_keys_are_an_error_with_a_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\npaths: {}\n")
    with pytest.raises(SpecError) as caught:
        SpecDocument.load(path)
    assert "duplicate key 'paths'" in str(caught.value)
    assert "line 4" in str(caught.value)


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "openapi: 3.1.0\ninfo: [unclosed\n")
    with pytest.raises(SpecError) as caught:
        validate_spec(path)
    assert str(path) in str(caught.value)
    assert "line" in str(caught.value)


BAD_EXAMPLES = """
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      parameters:
        - {name: to, in: query, schema: {type: string, format: e164}, example: "46700000000"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/A'}
              examples:
                one: {$ref: '#/components/examples/One'}
components:
  examples:
    One: {value: {enabled: "false", zone: Europe/Nowhere}}
    Unused: {value: 1}
  schemas:
    A:
      type: object
      properties:
        enabled: {type: boolean}
        zone: {type: string, format: iana-timezone}
"""


def test_contradicting_examples_are_located(tmp_path: Path) -> None:
    problems: dict[str, list[str]] = {}
    for problem in spec_problems(_write(tmp_path, BAD_EXAMPLES)):
        problems.setdefault(problem.location, []).append(problem.message)
    assert "is not a 'e164'" in problems["/paths/~1a/get/parameters/0/example"][0]
    enabled, zone = problems["/paths/~1a/get/responses/200/content/application~1json/examples/one"]
    assert "at /enabled: 'false' is not of type 'boolean'" in enabled
    assert "#/components/examples/One" in enabled
    assert "at /zone: 'Europe/Nowhere' is not a 'iana-timezone'" in zone
    assert problems["/components/examples/Unused"] == ["example is not referenced by any media type"]


def test_dangling_ref_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    text = BAD_EXAMPLES.replace("'#/components/schemas/A'", "'#/components/schemas/Missing'")
    problems = spec_problems(_write(tmp_path, text))
    assert any("Missing" in str(problem) for problem in problems)


def test_lint_reports_located_problems(tmp_path: Path) -> None:
    problems = lint_problems(_write(tmp_path, BAD_EXAMPLES))
    rules = {problem.message.split(":")[0] for problem in problems}
    assert "error operation-summary" in rules
    assert all(problem.location.startswith("line ") for problem in problems)
