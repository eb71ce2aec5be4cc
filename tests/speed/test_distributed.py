"""The per-article map, the archive reduce and finalize (claimsuite.distributed) give the same
reports as repository mode; the README's Dask recipe runs on a local cluster when Dask is
installed (``pip install claimsuite[dask]``; skipped otherwise)."""

from __future__ import annotations

import json
import pickle
import re
import sys
import types
from pathlib import Path

import pytest
from tests.repository.conftest import ROOT, build_desk, cli

from claimsuite import distributed, repository


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = build_desk(tmp_path / "desk")
    monkeypatch.chdir(folder)
    return folder


def pairs() -> list[tuple[str, str]]:
    found, _, _ = repository.discover((), repository.Settings())
    return [(p.article.as_posix(), p.claims.as_posix()) for p in found]


def cli_documents() -> list[dict]:
    result = cli("check", "--jobs", "1", "--format", "json", "--fail-on", "never",
                 "--no-local-checks")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["articles"]


def test_map_reduce_finalize_equals_repository_mode(desk: Path) -> None:
    documents = distributed.check_archive(pairs(), "claims/registries")
    expected = cli_documents()
    assert [d["article"] for d in documents] == [d["article"] for d in expected]
    assert documents == expected
    codes = {f["code"] for d in documents for f in d["findings"]}
    assert "CS006" in codes  # the reduce found the disagreement
    assert any("accepted" in f for d in documents for f in d["findings"])


def test_results_are_plain_data(desk: Path) -> None:
    article, claims = pairs()[0]
    result = distributed.check_article(article, claims, "claims/registries")
    assert json.loads(json.dumps(result)) == result
    assert pickle.loads(pickle.dumps(result)) == result
    assert result["error"] is None
    assert result["facts"]


def test_an_input_that_does_not_load_is_an_error_line(desk: Path) -> None:
    Path("claims/broken.yaml").write_text("claims: [\n", "utf-8")
    Path("seeds/broken.txt").write_text("Bir haber.\n", "utf-8")
    result = distributed.check_article("seeds/broken.txt", "claims/broken.yaml",
                                       "claims/registries")
    assert result["report"] is None
    assert "broken.yaml" in result["error"]
    assert distributed.finalize(result, {}) is None


def test_ignoring_cs006_leaves_it_out(desk: Path) -> None:
    settings = repository.Settings(ignore=("CS006",))
    documents = distributed.check_archive(pairs(), "claims/registries", settings)
    assert all(f["code"] != "CS006" for d in documents for f in d["findings"])


def readme_recipe() -> str:
    text = (ROOT / "README.md").read_text("utf-8")
    match = re.search(r"<!-- dask-recipe -->\n```python\n(.*?)```", text, re.DOTALL)
    assert match, "README: the Dask recipe block"
    return match.group(1)


def test_the_readme_recipe_runs_on_a_local_dask_cluster(desk: Path) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    namespace: dict = {}
    exec(compile(readme_recipe(), "README.md", "exec"), namespace)
    assert namespace["documents"] == cli_documents()


def test_the_readme_recipe_without_dask(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The recipe's steps with a stand-in for Dask (a bag is a list, the cluster does
    nothing), so the README stays right when Dask is not installed (as in CI)."""

    class Bag:
        def __init__(self, items: list) -> None:
            self.items = items

        def map(self, function: object) -> Bag:
            return Bag([function(item) for item in self.items])  # type: ignore[operator]

        def compute(self) -> list:
            return self.items

    class Nothing:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def __enter__(self) -> Nothing:
            return self

        def __exit__(self, *args: object) -> None:
            return None

    dask = types.ModuleType("dask")
    bag = types.ModuleType("dask.bag")
    bag.from_sequence = lambda items, npartitions=1: Bag(list(items))  # type: ignore[attr-defined]
    cluster = types.ModuleType("dask.distributed")
    cluster.Client = Nothing  # type: ignore[attr-defined]
    cluster.LocalCluster = Nothing  # type: ignore[attr-defined]
    for name, module in (("dask", dask), ("dask.bag", bag), ("dask.distributed", cluster)):
        monkeypatch.setitem(sys.modules, name, module)
    namespace: dict = {}
    exec(compile(readme_recipe(), "README.md", "exec"), namespace)
    assert namespace["documents"] == cli_documents()
