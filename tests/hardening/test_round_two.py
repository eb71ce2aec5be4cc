"""Hardening, round two (issue 14): where code comes from, which files a run may write, and
how every input is bounded. Each kind of failure the issue found has its example here plus
variants of our own. Runs go through click's ``CliRunner`` in-process, except where a real
process is the point (concurrent writers, a file name that is not UTF-8).
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import multiprocessing
import os
import random
import shutil
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimsuite import engine, files
from claimsuite.analysis.spelling import NameIndex, match, name_pieces
from claimsuite.claims.edit import add_statistic_from_options
from claimsuite.claims.load import load_claims, load_registries
from claimsuite.claims.yamlsource import _harmless
from claimsuite.cli import main
from claimsuite.errors import InputError
from claimsuite.files import locked
from claimsuite.text import search
from claimsuite.text.language import load_language
from claimsuite.text.normalize import Folded, fold, strip_marks
from claimsuite.text.search import find_name

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "tr-us-defense-2025.txt"
CLAIMS = ROOT / "claims" / "tr-us-defense-2025.yaml"
RECORD = ROOT / "claims" / "registries"
PYPROJECT = '[project]\nname = "desk"\n\n[tool.claimsuite]\nlocal-checks = "checks"\n'


# -- helpers ---------------------------------------------------------------------------------


@contextlib.contextmanager
def bounded(seconds: float = 30) -> Iterator[None]:
    """A hang (a FIFO read, a check that never returns) fails the test instead of the run."""
    faulthandler.dump_traceback_later(seconds, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def cli(*args: str | Path, cwd: Path) -> tuple[int, str, str]:
    """Run the CLI in-process from ``cwd``; an uncaught exception fails the test."""
    with contextlib.chdir(cwd), bounded():
        result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.stderr, result.stderr
    return result.exit_code, result.stdout, result.stderr


def one_line(code: int, err: str) -> str:
    """The promise for bad input: exit 2 and exactly one line on stderr."""
    assert code == 2, err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert len(err.split("\n")) == 2, repr(err)  # no other line break inside it either
    for char in "\v\f\x1c\x1d\x1e\x85\u2028\u2029\r":
        assert char not in err, repr(err)
    return lines[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A desk's project: pyproject.toml, the seed, its claim file and the record."""
    home = tmp_path / "desk"
    (home / "seeds").mkdir(parents=True)
    (home / "claims").mkdir()
    (home / "pyproject.toml").write_text(PYPROJECT, "utf-8")
    shutil.copy(SEED, home / "seeds" / "a.txt")
    shutil.copy(CLAIMS, home / "claims" / "a.yaml")
    shutil.copytree(RECORD, home / "claims" / "registries")
    return home


LOCAL_CHECK = '''\
from claimsuite.checks.base import BaseCheck, Severity


class Probe(BaseCheck):
    """Probe.

    ## What it does
    Test only.

    ## Why is this bad?
    Test only.

    ## Example
    Any claim file.
    """

    code = "{code}"
    name = "probe-{lower}"
    severity = Severity.WARNING
    summary = "Test only."

    def run(self, ctx):
{body}
'''


def write_check(folder: Path, code: str, body: str, prelude: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{code.lower()}_probe.py"
    source = LOCAL_CHECK.format(code=code, lower=code.lower(), body=textwrap.indent(body, " " * 8))
    path.write_text(prelude + source, "utf-8")
    return path


def run_json(project: Path, *extra: str) -> tuple[int, dict, str]:
    code, out, err = cli("check", "seeds/a.txt", "--format", "json", *extra, cwd=project)
    assert code in (0, 1), err
    return code, json.loads(out), err


def codes(report: dict) -> list[str]:
    return [f["code"] for f in report["findings"]]


# -- trust model: no code from received files -----------------------------------------------


def received_folder(base: Path, marker: Path) -> Path:
    """A received article and claim file, next to their own pyproject.toml and checks/."""
    received = base / "received"
    (received / "claims").mkdir(parents=True)
    shutil.copy(SEED, received / "article.txt")
    shutil.copy(CLAIMS, received / "claims.yaml")
    shutil.copy(CLAIMS, received / "claims" / "article.yaml")
    (received / "pyproject.toml").write_text(
        '[tool.claimsuite]\nlocal-checks = "checks"\nregistries = "record"\n', "utf-8"
    )
    shutil.copytree(RECORD, received / "record")
    prelude = f"from pathlib import Path\nPath({str(marker)!r}).write_text('ran')\n"
    write_check(received / "checks", "EVL001", "return []", prelude)
    return received


@pytest.mark.parametrize(
    "args",
    [
        ["../received/article.txt", "--claims", "../received/claims.yaml"],  # the issue's
        ["../received/article.txt"],  # claim file defaulted: from our project, not theirs
        ["../received/article.txt", "--claims", "../received/claims/article.yaml"],
    ],
)
def test_checks_of_a_received_folder_never_run(
    project: Path, tmp_path: Path, args: list[str]
) -> None:
    marker = tmp_path / "marker"
    received_folder(tmp_path, marker)
    (project / "claims" / "received").mkdir()
    shutil.copy(CLAIMS, project / "claims" / "article.yaml")
    code, out, err = cli("check", *args, "--format", "json", cwd=project)
    assert code in (0, 1), err
    assert not marker.exists()
    assert "EVL001" not in out


def test_a_received_folder_inside_the_project_is_not_a_project(project: Path) -> None:
    marker = project / "marker"
    inbox = project / "inbox"
    inbox.mkdir()
    received = received_folder(inbox, marker)
    code, _, err = cli("check", received / "article.txt", "--claims",
                       received / "claims.yaml", "--format", "json", cwd=project)
    assert code in (0, 1), err
    assert not marker.exists()


def test_outside_any_project_nothing_is_imported(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    received = received_folder(tmp_path, marker)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code, _, err = cli("check", received / "article.txt", "--claims", received / "claims.yaml",
                       "--registries", received / "record", cwd=elsewhere)
    assert code in (0, 1), err
    assert not marker.exists()


def test_config_names_the_project_explicitly(project: Path, tmp_path: Path) -> None:
    """Trusting a folder is a choice the user makes on the command line."""
    marker = tmp_path / "marker"
    received = received_folder(tmp_path, marker)
    code, out, _ = cli("check", received / "article.txt", "--claims", received / "claims.yaml",
                       "--config", received / "pyproject.toml", "--format", "json", cwd=project)
    assert code in (0, 1)
    assert marker.exists()
    assert "EVL001" in out


def test_the_working_directory_project_is_found_from_a_subfolder(project: Path) -> None:
    write_check(project / "checks", "OWN001", "return []")
    (project / "notes").mkdir()
    code, out, err = cli("check", "../seeds/a.txt", "--format", "json", cwd=project / "notes")
    assert code in (0, 1), err
    assert "OWN001" in out


def test_config_file_problems_are_one_line(project: Path) -> None:
    line = one_line(*_err(cli("check", "seeds/a.txt", "--config", "nope.toml", cwd=project)))
    assert line == "claimsuite: nope.toml: config file not found — check the path given to --config"
    (project / "other.toml").write_text("[tool.other]\n", "utf-8")
    line = one_line(*_err(cli("check", "seeds/a.txt", "--config", "other.toml", cwd=project)))
    assert "no [tool.claimsuite] table" in line


def _err(result: tuple[int, str, str]) -> tuple[int, str]:
    return result[0], result[2]


# -- inputs are never overwritten -------------------------------------------------------------


def _inputs(project: Path) -> dict[str, Path]:
    write_check(project / "checks", "OWN001", "return []")
    return {
        "article": project / "seeds" / "a.txt",
        "claim file": project / "claims" / "a.yaml",
        "record file": project / "claims" / "registries" / "statistics.yaml",
        "other record file": project / "claims" / "registries" / "officials.yaml",
        "local check": project / "checks" / "own001_probe.py",
        "pyproject.toml": project / "pyproject.toml",
    }


@pytest.mark.parametrize("which", ["article", "claim file", "record file", "other record file",
                                   "local check", "pyproject.toml"])
@pytest.mark.parametrize("how", ["as written", "absolute", "symlink", "hard link", "dotted"])
def test_every_input_is_refused_as_the_output(project: Path, which: str, how: str) -> None:
    target = _inputs(project)[which]
    output: Path | str = target.relative_to(project)
    if how == "absolute":
        output = target
    elif how == "symlink":
        output = project / "report.md"
        output.symlink_to(target)
    elif how == "hard link":
        output = project / "report.md"
        os.link(target, output)
    elif how == "dotted":
        output = f"seeds/../{target.relative_to(project)}"
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    line = one_line(*_err(cli("check", "seeds/a.txt", "-o", output, cwd=project)))
    assert line.endswith("the output path is an input of this run — write the report to "
                         "another file") or "is an input of this run (" in line
    after = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    assert after == before


def test_a_config_file_is_refused_as_the_output(project: Path) -> None:
    config = project / "desk.toml"
    config.write_text(PYPROJECT, "utf-8")
    line = one_line(*_err(cli("check", "seeds/a.txt", "--config", "desk.toml", "-o",
                              "desk.toml", cwd=project)))
    assert "is an input of this run" in line
    assert config.read_text("utf-8") == PYPROJECT


def test_mutate_refuses_inputs_as_output_too(project: Path) -> None:
    path = project / "claims" / "registries" / "statistics.yaml"
    before = path.read_bytes()
    line = one_line(*_err(cli("mutate", "seeds/a.txt", "-o", path, cwd=project)))
    assert "is an input of this run" in line
    assert path.read_bytes() == before


# -- special files as outputs -----------------------------------------------------------------


def test_dev_null_is_written_not_replaced(project: Path) -> None:
    before = os.stat("/dev/null")
    code, out, err = cli("check", "seeds/a.txt", "-o", "/dev/null", cwd=project)
    assert code == 1, err
    after = os.stat("/dev/null")
    assert (after.st_ino, after.st_mode, after.st_rdev) == (
        before.st_ino, before.st_mode, before.st_rdev
    )
    assert out == ""


def test_a_symlink_to_dev_null_stays(project: Path) -> None:
    link = project / "null"
    link.symlink_to("/dev/null")
    code, _, err = cli("check", "seeds/a.txt", "-o", link, cwd=project)
    assert code == 1, err
    assert os.path.islink(link)
    assert os.stat("/dev/null").st_rdev == os.stat(link).st_rdev


def test_a_fifo_without_a_reader_is_refused_at_once(project: Path) -> None:
    fifo = project / "pipe"
    os.mkfifo(fifo)
    line = one_line(*_err(cli("check", "seeds/a.txt", "-o", fifo, cwd=project)))
    assert line == (f"claimsuite: {fifo}: cannot write to a FIFO (named pipe): FIFO has no "
                    "reader — choose a file for the output")
    assert fifo.is_fifo()


def test_a_fifo_with_a_reader_gets_the_report(project: Path) -> None:
    fifo = project / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as handle:  # blocks until the run opens the FIFO for writing
            received.append(handle.read())

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(0.2)  # the reader is waiting in open()
    code, _, err = cli("check", "seeds/a.txt", "--format", "json", "-o", fifo, cwd=project)
    reader.join(10)
    assert code == 1, err
    assert json.loads(received[0])["findings"]
    assert fifo.is_fifo()


def test_a_directory_output_is_refused(project: Path) -> None:
    line = one_line(*_err(cli("check", "seeds/a.txt", "-o", "claims", cwd=project)))
    assert line == "claimsuite: claims: is a directory — give a file name for the output"


def test_a_socket_output_is_refused(project: Path) -> None:
    path = project / "sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        line = one_line(*_err(cli("check", "seeds/a.txt", "-o", "sock", cwd=project)))
        assert "is a socket, not a regular file" in line
    finally:
        server.close()


# -- bounded inputs: only regular files, read up to the limit --------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo.yaml"
    os.mkfifo(path)
    return path


def test_a_fifo_article_is_refused_at_once(project: Path, fifo: Path) -> None:
    line = one_line(*_err(cli("check", fifo, "--claims", "claims/a.yaml", cwd=project)))
    assert line.endswith("is a FIFO (named pipe), not a regular file — give the article as a "
                         "text file")


def test_a_fifo_claim_file_is_refused_at_once(project: Path, fifo: Path) -> None:
    line = one_line(*_err(cli("check", "seeds/a.txt", "--claims", fifo, cwd=project)))
    assert line.endswith("is a FIFO (named pipe), not a regular file — pass the claim file "
                         "itself as a file")


@pytest.mark.parametrize("device", ["fifo", "/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_special_file_in_the_record_folder_is_refused(
    project: Path, fifo: Path, device: str
) -> None:
    link = project / "claims" / "registries" / "zz.yaml"
    link.symlink_to(fifo if device == "fifo" else device)
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    assert line.startswith("claimsuite: claims/registries/zz.yaml: is a ")
    assert line.endswith("not a regular file — pass the record file itself as a file")


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_as_article_or_claim_file(project: Path, path: str) -> None:
    one_line(*_err(cli("check", path, "--claims", "claims/a.yaml", cwd=project)))
    one_line(*_err(cli("check", "seeds/a.txt", "--claims", path, cwd=project)))


def test_a_config_that_is_a_device_or_fifo(project: Path, fifo: Path) -> None:
    for config in ("/dev/zero", fifo):
        line = one_line(*_err(cli("check", "seeds/a.txt", "--config", config, cwd=project)))
        assert "not a regular file" in line


def test_a_local_check_that_is_a_fifo(project: Path) -> None:
    (project / "checks").mkdir()
    os.mkfifo(project / "checks" / "loc900_pipe.py")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    assert line == ("claimsuite: checks/loc900_pipe.py: is not a regular file — keep only "
                    "Python files in checks/")


def test_the_size_limit_holds_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    """A file whose size stat() does not tell (it grows, or /proc) is cut at limit + 1."""
    path = tmp_path / "grows.yaml"
    path.write_bytes(b"a: 1\n" * 10)
    real_fstat = os.fstat

    def lying_fstat(fd: int) -> os.stat_result:
        result = real_fstat(fd)
        return os.stat_result((*result[:6], 0, *result[7:]))  # st_size = 0

    monkeypatch.setattr(files.os, "fstat", lying_fstat)
    with pytest.raises(files.TooBigError):
        files.read_limited(path, 20)
    assert files.read_limited(path, 50) == b"a: 1\n" * 10


def test_pyproject_size_is_bounded(project: Path) -> None:
    (project / "pyproject.toml").write_text(PYPROJECT + "#" * 1_000_001, "utf-8")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    assert "over the 1000000 limit" in line


# -- concurrent record edits -------------------------------------------------------------------


def _add_one(args: tuple[str, int, float]) -> str:
    folder, n, start = args
    while time.time() < start:  # all eight start together
        time.sleep(0.001)
    return add_statistic_from_options(Path(folder) / "statistics.yaml", {
        "id": f"tr-concurrent-{n}", "metric": "defence-aerospace-exports",
        "subject": "turkiye", "period": f"20{10 + n}", "value": f"{n + 1} billion USD",
        "publisher": "TİM", "source_url": f"https://example.org/{n}",
        "source_title": f"figure {n}", "retrieved": "2026-01-02",
    })


def test_eight_concurrent_adds_keep_all_eight(tmp_path: Path) -> None:
    folder = tmp_path / "record"
    shutil.copytree(RECORD, folder)
    start = time.time() + 0.3
    with multiprocessing.get_context("fork").Pool(8) as pool:
        added = pool.map(_add_one, [(str(folder), n, start) for n in range(8)])
    assert sorted(added) == [f"tr-concurrent-{n}" for n in range(8)]
    ids = {s.id for s in load_registries(folder).all("statistics")}
    assert {f"tr-concurrent-{n}" for n in range(8)} <= ids
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_concurrent_adds_through_the_command_line(tmp_path: Path) -> None:
    """Real processes running the real command, as a CI matrix would."""
    folder = tmp_path / "record"
    shutil.copytree(RECORD, folder)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "claimsuite", "registry", "add", "statistic",
             "--id", f"tr-cli-{n}", "--metric", "m", "--subject", "turkiye", "--period",
             f"20{10 + n}", "--value", "1 billion USD", "--publisher", "TİM", "--source-url",
             f"https://example.org/{n}", "--source-title", "t", "--registries", str(folder)],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        for n in range(2)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    text = (folder / "statistics.yaml").read_text("utf-8")
    assert all(f"id: tr-cli-{n}\n" in text for n in range(2))


def test_a_second_writer_that_cannot_wait_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "statistics.yaml"
    with locked(path):
        ready = multiprocessing.get_context("fork")
        queue = ready.SimpleQueue()

        def second() -> None:
            try:
                with locked(path, timeout=0.2):
                    queue.put("locked")
            except InputError as exc:
                queue.put(str(exc))

        proc = ready.Process(target=second)
        proc.start()
        proc.join(10)
        message = queue.get()
    assert message == (f"{path}: another claimsuite run has been editing this folder for 0.2 s"
                       " — wait for it to finish, then run the command again")


# -- byte fidelity ----------------------------------------------------------------------------

ADD = ["registry", "add", "statistic", "--id", "tr-new-2025-q2", "--metric",
       "defence-aerospace-exports", "--subject", "turkiye", "--period", "2025-Q2", "--value",
       "1.7 billion USD", "--publisher", "TİM", "--source-url", "https://example.org/q2",
       "--source-title", "Q2: exports", "--retrieved", "2026-01-02"]
CSV = ("id,metric,subject,period,value,publisher,source_url,source_title,retrieved\n"
       "c-1,exports,turkiye,2025-Q2,1.1 billion USD,TİM,https://e.org/a,A,2026-01-01\n")


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\r\n") if b"\r\n" in data else data.split(b"\n")


def _is_subsequence(small: list[bytes], big: list[bytes]) -> bool:
    items = iter(big)
    return all(any(line == other for other in items) for line in small)


@pytest.mark.parametrize("variant", ["crlf", "bom", "bom+crlf", "no final newline",
                                     "tab after dash", "crlf+tab after dash"])
@pytest.mark.parametrize("command", ["add", "import-csv"])
def test_record_edits_keep_every_existing_byte(tmp_path: Path, variant: str, command: str
                                               ) -> None:
    folder = tmp_path / "record"
    shutil.copytree(RECORD, folder)
    path = folder / "statistics.yaml"
    data = path.read_bytes()
    if "tab after dash" in variant:
        data = data.replace(b"  - id: tr-defence", b"  -\tid: tr-defence", 1)
    if "crlf" in variant:
        data = data.replace(b"\n", b"\r\n")
    if "bom" in variant:
        data = b"\xef\xbb\xbf" + data
    if variant == "no final newline":
        data = data.rstrip(b"\n")
    path.write_bytes(data)
    assert cli("registry", "check", "--registries", folder, cwd=tmp_path)[0] == 0
    if command == "add":
        code, _, err = cli(*ADD, "--registries", folder, cwd=tmp_path)
    else:
        (tmp_path / "new.csv").write_text(CSV, "utf-8")
        code, _, err = cli("registry", "import-csv", "new.csv", "--registries", folder,
                           cwd=tmp_path)
    assert code == 0, err
    new = path.read_bytes()
    assert new.startswith(b"\xef\xbb\xbf") == data.startswith(b"\xef\xbb\xbf")
    if b"\r\n" in data:
        assert new.count(b"\n") == new.count(b"\r\n")  # the added lines use CRLF too
    old_lines = _lines(data.removeprefix(b"\xef\xbb\xbf"))
    new_lines = _lines(new.removeprefix(b"\xef\xbb\xbf"))
    if variant == "no final newline":
        old_lines = old_lines[:-1]  # the last line gains the line break it lacked
    assert _is_subsequence(old_lines, new_lines)
    assert len(new_lines) > len(old_lines)
    assert cli("registry", "check", "--registries", folder, cwd=tmp_path)[0] == 0


def test_adding_an_official_position_keeps_crlf(tmp_path: Path) -> None:
    folder = tmp_path / "record"
    shutil.copytree(RECORD, folder)
    path = folder / "officials.yaml"
    data = path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(data)
    code, _, err = cli("registry", "add", "official-position", "--official", "new-person",
                       "--name", "Yeni Kişi", "--title", "Bakan", "--from", "2025-01-01",
                       "--source-url", "https://e.org/x", "--source-title", "X",
                       "--registries", folder, cwd=tmp_path)
    assert code == 0, err
    new = path.read_bytes()
    assert new.count(b"\n") == new.count(b"\r\n")
    assert _is_subsequence(_lines(data), _lines(new))


# -- no absolute paths in reports ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_reports_hold_no_absolute_path(project: Path, tmp_path: Path, fmt: str) -> None:
    (project / "sub" / "deeper").mkdir(parents=True)
    write_check(project / "checks", "OWN002", "raise ValueError('boom')")  # CS001 names it
    outside = tmp_path / "outside.txt"
    shutil.copy(SEED, outside)
    runs = [
        (project / "sub", ["../seeds/a.txt"]),  # the issue's: claim file from the project
        (project / "sub" / "deeper", ["../../seeds/a.txt", "--registries",
                                       project / "claims" / "registries"]),
        (project, [project / "seeds" / "a.txt", "--claims", project / "claims" / "a.yaml"]),
        (project / "sub", [outside, "--claims", "../claims/a.yaml"]),
    ]
    for cwd, args in runs:
        code, _, err = cli("check", *args, "--format", fmt, "-o", "r.out", cwd=cwd)
        assert code == 1, err
        text = (cwd / "r.out").read_text("utf-8")
        assert str(tmp_path) not in text
        assert str(ROOT) not in text
        assert '"/' not in text
        assert "`/" not in text


# -- exit 2 with one line, never a traceback ---------------------------------------------------


def _claims_with(project: Path, old: str, new: str) -> None:
    path = project / "claims" / "a.yaml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize("digits", [4_301, 10_000, 100_000])
def test_huge_integers_in_the_claim_file(project: Path, digits: int) -> None:
    _claims_with(project, "    rank: Tümgeneral\n", f"    rank: {'7' * digits}\n")
    one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))


@pytest.mark.parametrize("old", ["  published: 2025-04-28/2025-12-31\n", "    type: country\n"])
def test_huge_integers_elsewhere_in_the_claim_file(project: Path, old: str) -> None:
    _claims_with(project, old, old.split(":", maxsplit=1)[0] + f": {'1' * 5000}\n")
    one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))


def test_huge_integers_in_a_record_file(project: Path) -> None:
    path = project / "claims" / "registries" / "statistics.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("    period: 2025-Q1\n", f"    period: {'2' * 5000}\n", 1),
                    "utf-8")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    assert line.startswith("claimsuite: claims/registries/statistics.yaml:")
    line = one_line(*_err(cli("registry", "check", cwd=project)))


@pytest.mark.parametrize("value", ["1e40 USD", "1e999999999 USD", "-1e999999999 USD",
                                   "1e-999999999 USD", "9" * 400 + " USD"])
def test_magnitudes_out_of_bounds_are_refused_at_load(project: Path, value: str) -> None:
    _claims_with(project, "    value: 1.7 billion USD\n", f"    value: {value}\n")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    assert line.startswith("claimsuite: claims/a.yaml:")


def test_a_record_magnitude_out_of_bounds(project: Path) -> None:
    path = project / "claims" / "registries" / "statistics.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("    value: 72 percent\n", "    value: 1e999999999 percent\n",
                                 1), "utf-8")
    one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))


def test_an_article_name_that_is_not_utf8_with_output(project: Path) -> None:
    """The file name reaches the report (escaped) and the messages (escaped). One run is a
    real process, with the name's bytes in its argv; the other runs in-process."""
    name = os.fsencode(project / "seeds") + b"/caf\xe9.txt"
    shutil.copy(SEED, name)
    result = subprocess.run(
        [sys.executable, "-m", "claimsuite", "check", name, "--claims", "claims/a.yaml",
         "-o", "report.md"],
        cwd=project, capture_output=True, timeout=120, check=False,
    )
    assert result.returncode == 1, result.stderr
    assert b"Traceback" not in result.stderr
    report = (project / "report.md").read_text("utf-8")
    assert "seeds/caf\\xe9.txt" in report
    line = one_line(*_err(cli("check", os.fsdecode(name), "-o", "report.md", cwd=project)))
    assert line == "claimsuite: claims/caf\\xe9.yaml: claim file not found — check the path"


def test_an_article_name_that_is_not_utf8_on_stdout(project: Path) -> None:
    name = os.fsencode(project / "seeds") + b"/caf\xe9.txt"
    shutil.copy(SEED, name)
    with contextlib.chdir(project), bounded():
        result = CliRunner().invoke(main, ["check", os.fsdecode(name), "--claims",
                                           "claims/a.yaml", "--format", "json"])
    assert result.exit_code == 1, result.stderr
    result.stdout_bytes.decode("utf-8")  # valid UTF-8: the byte is shown, not written
    assert json.loads(result.stdout)["article"] == "seeds/caf\\xe9.txt"


def test_a_file_name_with_a_line_break_stays_one_line(project: Path) -> None:
    for name in ("a\nb.txt", "a\u2028b.txt", "a\vb.txt"):
        line = one_line(*_err(cli("check", f"seeds/{name}", "--claims", "claims/a.yaml",
                                  cwd=project)))
        assert "article file not found" in line


@pytest.mark.parametrize(
    ("escape", "shown"),
    [("\\v", "\\v"), ("\\f", "\\f"), ("\\N", "\\u0085"), ("\\L", "\\u2028"), ("\\P", "\\u2029"),
     ("\\x1c", "\\x1c"), ("\\x1d", "\\x1d"), ("\\x1e", "\\x1e"), ("\\n", " "), ("\\r", " ")],
)
@pytest.mark.parametrize("where", ["key", "value", "record key"])
def test_line_breaks_in_keys_and_values_are_escaped(
    project: Path, escape: str, shown: str, where: str
) -> None:
    if where == "key":
        _claims_with(project, "    type: country\n", f'    type: country\n    "no{escape}te": x\n')
    elif where == "value":
        _claims_with(project, "    type: country\n", f'    type: "coun{escape}try"\n')
    else:
        path = project / "claims" / "registries" / "statistics.yaml"
        text = path.read_text("utf-8")
        path.write_text(text.replace("    metric: ", f'    "me{escape}tric": x\n    metric: ', 1),
                        "utf-8")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    if shown.strip():  # shown escaped: as the loader's escape or Python's repr
        assert shown in line or repr(shown.encode().decode("unicode_escape"))[1:-1] in line


def test_merge_keys_are_merged(project: Path) -> None:
    """Documented as accepted: a claim written with '<<' reads as the one written out."""
    _, clean, _ = run_json(project)
    _claims_with(project, "  - id: turkiye\n    kind: entity\n    type: country\n",
                 "  - id: turkiye\n    <<: &country\n      kind: entity\n      type: country\n")
    _claims_with(project, "  - id: usa\n    kind: entity\n    type: country\n",
                 "  - id: usa\n    <<: [*country, {kind: statement}]\n")
    _, merged, _ = run_json(project)
    assert merged["findings"] == clean["findings"]


@pytest.mark.parametrize(
    ("merge", "expected"),
    [("<<: 3", "merge key '<<' must name a mapping (or a list of mappings) — merge an "
               "anchored mapping, as in '<<: *defaults'"),
     ("<<: [a, b]", "merge key '<<' must name a mapping")],
)
def test_bad_merge_keys_are_refused(project: Path, merge: str, expected: str) -> None:
    _claims_with(project, "  - id: usa\n", f"  - id: usa\n    {merge}\n")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    assert expected in line


def test_a_merge_bomb_is_bounded(project: Path) -> None:
    lines = ["a0: &a0 {x: 1, y: 2}"]
    for n in range(1, 40):
        lines.append(f"a{n}: &a{n} {{<<: [*a{n - 1}], z{n}: [*a{n - 1}, *a{n - 1}]}}")
    (project / "claims" / "a.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    assert "YAML alias bomb" in line


def test_import_csv_with_a_huge_cell(project: Path) -> None:
    (project / "big.csv").write_text(
        CSV + "c-2,exports,turkiye,2025-Q3,1 billion USD,TİM,https://e.org/b,"
        + "x" * 131_073 + ",2026-01-01\n", "utf-8")
    line = one_line(*_err(cli("registry", "import-csv", "big.csv", cwd=project)))
    assert line == ("claimsuite: big.csv:3:1: cannot read the CSV: a cell is longer than 131072"
                    " characters — fix or shorten the cell on this line")


def test_import_csv_reports_a_record_duplicate_at_the_csv_cell(project: Path) -> None:
    path = project / "claims" / "registries" / "statistics.yaml"
    before = path.read_bytes()
    (project / "dup.csv").write_text(
        "metric,id,subject,period,value,publisher,source_url,source_title,retrieved\n"
        "exports,c-9,turkiye,2025-Q2,1.1 billion USD,TİM,https://e.org/a,A,2026-01-01\n"
        "exports,tr-defence-aerospace-exports-growth-2025-q1,turkiye,2025-Q2,1 billion USD,"
        "TİM,https://e.org/a,A,2026-01-01\n", "utf-8")
    line = one_line(*_err(cli("registry", "import-csv", "dup.csv", cwd=project)))
    assert line.startswith("claimsuite: dup.csv:3:2: id 'tr-defence-aerospace-exports-growth"
                           "-2025-q1' is already used in the record at claims/registries/"
                           "statistics.yaml:")
    assert line.endswith(" — choose another id for this row")
    assert path.read_bytes() == before


def test_registry_add_with_a_tab_after_the_dash(project: Path) -> None:
    path = project / "claims" / "registries" / "statistics.yaml"
    data = path.read_bytes().replace(b"  - id: tr-defence", b"  -\tid: tr-defence")
    path.write_bytes(data)
    assert cli("registry", "check", cwd=project)[0] == 0
    code, _, err = cli(*ADD, cwd=project)
    assert code == 0, err
    assert path.read_bytes().count(b"-\tid: tr-defence") == data.count(b"-\tid: tr-defence")


def test_registry_add_on_unparseable_yaml_is_one_line(project: Path) -> None:
    path = project / "claims" / "registries" / "statistics.yaml"
    path.write_text("statistics: [\n", "utf-8")
    one_line(*_err(cli(*ADD, cwd=project)))


# -- quadratic -> linear ------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["claim file", "record file"])
def test_long_blank_runs_load_in_linear_time(project: Path, where: str) -> None:
    """80,000 blanks then 'x' took 40 s (a regex anchored at line ends is quadratic)."""
    path = (project / "claims" / "a.yaml" if where == "claim file"
            else project / "claims" / "registries" / "statistics.yaml")
    path.write_text(path.read_text("utf-8") + "#" + " " * 80_000 + "x\n"
                    + "#" + "\t " * 40_000 + "x\n", "utf-8")
    start = time.perf_counter()
    load_claims(project / "claims" / "a.yaml")
    load_registries(project / "claims" / "registries")
    assert time.perf_counter() - start < 2


def test_tab_separators_are_still_read_as_spaces() -> None:
    assert _harmless("- id:\tx  \n  key:\t\t v\t\n-\tv\nkey:\t\n a\tb: c\n") == (
        "- id: x\n  key:   v\n- v\nkey:\n a\tb: c\n"
    )
    assert _harmless("- " * 50_000 + "\tx") == "- " * 50_000 + "\tx"


def test_finding_many_names_is_linear() -> None:
    """500 persons with aliases on a 250 KB article took 81 s: one fold per name."""
    people = [(f"Mert{n:04d} Kaya{n:04d}".replace("0", "o"), f"Kaya{n:04d}".replace("0", "o"))
              for n in range(500)]
    sentence = "{} toplantıya katıldı. Sonra {}'in konuşması geldi. "
    text = "".join(sentence.format(*people[n % 500]) for n in range(3_500))
    assert len(text.encode()) > 250_000
    start = time.perf_counter()
    found = [find_name(text, name, "tr", marks=True) for pair in people for name in pair]
    assert time.perf_counter() - start < 3
    assert [len(spans) for spans in found[:2]] == [7, 14]


@pytest.mark.parametrize("seed", range(3))
def test_indexed_name_search_agrees_with_a_plain_scan(seed: int) -> None:
    rng = random.Random(seed)
    words = ["Ali", "ali'nin", "ALİ", "Millî", "Milli", "Işık", "ışık", "(ABD)", "ABD'nin",
             "a", "b1", "Ş", "x_y", "  ", "\n", ".", "'", "-"]
    text = " ".join(rng.choice(words) for _ in range(3_000))
    for name in ["Ali", "Milli", "Işık", "ABD", "(ABD)", "a b1", "Ş", "x_y", "'", "Ali ali"]:
        for marks in (False, True):
            folded = Folded.of(text, "tr", marks=marks)
            needle = fold(strip_marks(name) if marks else name, "tr")
            needle = strip_marks(needle) if marks else needle
            plain = [folded.source_span(p, p + len(needle))
                     for p in search._occurrences(folded.key, needle)
                     if search._whole_word(folded.key, p, p + len(needle))]
            assert search.find_name(text, name, "tr", marks=marks) == plain


# -- local checks that misbehave ------------------------------------------------------------------


@pytest.mark.parametrize(("call", "shown"), [("sys.exit(0)", "sys.exit(0)"),
                                             ("sys.exit(3)", "sys.exit(3)"),
                                             ("sys.exit('bye')", "sys.exit('bye')"),
                                             ("raise KeyboardInterrupt", "KeyboardInterrupt"),
                                             ("raise GeneratorExit", "GeneratorExit"),
                                             ("class Odd(BaseException):\n    pass\nraise Odd()",
                                              "Odd")])
def test_a_local_check_that_exits_at_import(project: Path, call: str, shown: str) -> None:
    write_check(project / "checks", "LOC900", "return []", f"import sys\n{call}\n")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    at = 2 + call.count("\n")
    assert line.startswith(f"claimsuite: checks/loc900_probe.py:{at}: failed to import: ")
    assert shown in line


@pytest.mark.parametrize("body", [
    "raise KeyboardInterrupt",
    "raise GeneratorExit",
    "raise SystemExit(0)",
    "import sys\nsys.exit(3)",
    "yield from ()\nraise GeneratorExit",
    "yield from ()\nraise KeyboardInterrupt('stop')",
    "class Odd(BaseException):\n    pass\nraise Odd('odd')",
])
def test_a_local_check_that_raises_base_exceptions_is_cs001(project: Path, body: str) -> None:
    write_check(project / "checks", "LOC901", body)
    code, report, _ = run_json(project)
    assert code == 1
    crashed = [f for f in report["findings"] if f["code"] == "CS001"]
    assert len(crashed) == 1
    assert "LOC901" in crashed[0]["message"]
    assert "CS301" in codes(report)  # the other checks still ran


@pytest.mark.parametrize("body", [
    "while True:\n    pass",
    "import time\ntime.sleep(600)",
    "while True:\n    try:\n        sum(range(10**5))\n    except Exception:\n        pass",
    "yield from ()\nwhile True:\n    pass",
])
def test_a_hanging_check_is_stopped(project: Path, body: str) -> None:
    write_check(project / "checks", "LOC902", body)
    start = time.perf_counter()
    _, report, _ = run_json(project, "--check-timeout", "0.2")
    assert time.perf_counter() - start < 20
    crashed = [f for f in report["findings"] if f["code"] == "CS001"]
    assert len(crashed) == 1
    assert "LOC902" in crashed[0]["message"]
    assert "ran past its 0.2 s limit" in crashed[0]["message"]
    assert "CS301" in codes(report)


def test_the_time_limit_comes_from_the_project_too(project: Path) -> None:
    (project / "pyproject.toml").write_text(PYPROJECT + "check-timeout = 0.3\n", "utf-8")
    write_check(project / "checks", "LOC903", "while True:\n    pass")
    _, report, _ = run_json(project)
    assert any("ran past its 0.3 s limit" in f["message"] for f in report["findings"])


@pytest.mark.parametrize(("value", "shown"), [('"5"', "text '5'"), ("0", "a number 0"),
                                              ("-1", "a number -1"), ("true", "true/false")])
def test_a_bad_time_limit_setting(project: Path, value: str, shown: str) -> None:
    (project / "pyproject.toml").write_text(PYPROJECT + f"check-timeout = {value}\n", "utf-8")
    line = one_line(*_err(cli("check", "seeds/a.txt", cwd=project)))
    assert line.startswith("claimsuite: pyproject.toml:6:1: [tool.claimsuite] check-timeout is")
    assert shown in line


def test_healthy_checks_are_not_limited_by_default(project: Path) -> None:
    assert engine.DEFAULT_CHECK_TIMEOUT >= 5
    _, report, _ = run_json(project)
    assert "CS001" not in codes(report)


@pytest.mark.parametrize("seed", range(3))
def test_name_windows_filtered_by_first_word_lose_no_match(seed: int) -> None:
    """CS501/CS502 compare a name only where its first word could stand; the matches found
    are exactly those of comparing it at every word with its initial."""
    rng = random.Random(seed)
    words = ["Millî", "Milli", "Savunma", "Bakanlığı", "Bakanlığının", "Şimşek", "Simsek",
             "Şimşek'in", "Sanayii", "Sanayi", "Mehmet", "Mehmed", "milli", "Ahmet", ",", "."]
    text = " ".join(rng.choice(words) for _ in range(4_000))
    index = NameIndex._build(text, "tr")
    data = load_language("tr")
    for name in ["Millî Savunma Bakanlığı", "Mehmet Şimşek", "Şimşek", "Savunma Sanayii",
                 "Milli"]:
        wanted = name_pieces(name, "tr")
        every = [index.pieces[i : i + len(wanted)]
                 for i in index.by_initial.get(wanted[0].low[:1].translate(
                     str.maketrans("çşğıöü", "csgiou")), ())]
        for spelling in (False, True):
            expected = [m for w in every if len(w) == len(wanted)
                        and not any(p.suffixed for p in w[:-1])
                        and not any(p.paragraph for p in w[1:])
                        and (m := match(w, wanted, data, spelling=spelling))]
            found = [m for w in index.windows(wanted, near=spelling)
                     if (m := match(w, wanted, data, spelling=spelling))]
            assert found == expected


def test_a_command_line_time_limit_does_not_outlive_the_command(project: Path) -> None:
    run_json(project, "--check-timeout", "0.25")
    assert engine._settings["check_timeout"] == engine.DEFAULT_CHECK_TIMEOUT


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_record_commands_refuse_special_files(project: Path, fifo: Path, special: str) -> None:
    path = str(fifo) if special == "fifo" else special
    line = one_line(*_err(cli("registry", "import-csv", path, cwd=project)))
    assert "not a regular file" in line
    line = one_line(*_err(cli(*ADD, "--file", path, cwd=project)))
    assert "not a regular file" in line
    link = project / "claims" / "registries" / "zz.yaml"
    link.symlink_to(path)
    for args in (["registry", "check"], ["registry", "list"]):
        line = one_line(*_err(cli(*args, cwd=project)))
        assert line.startswith("claimsuite: claims/registries/zz.yaml: is a ")


def test_a_symlinked_record_file_is_edited_where_it_lives(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shutil.copytree(RECORD, shared)
    folder = tmp_path / "record"
    folder.mkdir()
    (folder / "statistics.yaml").symlink_to(shared / "statistics.yaml")
    shutil.copy(RECORD / "officials.yaml", folder / "officials.yaml")
    code, _, err = cli(*ADD, "--registries", folder, cwd=tmp_path)
    assert code == 0, err
    assert (folder / "statistics.yaml").is_symlink()
    assert "tr-new-2025-q2" in (shared / "statistics.yaml").read_text("utf-8")


@pytest.mark.parametrize("output", ["claims/registries/report.yaml", "checks/report.py",
                                    "claims/registries/../registries/r.yaml"])
def test_an_output_the_next_run_would_read_is_refused(project: Path, output: str) -> None:
    (project / "checks").mkdir()
    line = one_line(*_err(cli("check", "seeds/a.txt", "-o", output, cwd=project)))
    assert "the output would be read as an input by the next run" in line
    assert not (project / output).exists()


def test_other_outputs_next_to_inputs_are_fine(project: Path) -> None:
    code, _, err = cli("check", "seeds/a.txt", "-o", "claims/registries/report.md", cwd=project)
    assert code == 1, err


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1", "3601", "soon"])
def test_a_bad_time_limit_option(project: Path, value: str) -> None:
    code, _, err = cli("mutate", "seeds/a.txt", "--check-timeout", value, cwd=project)
    assert code == 2
    assert "Invalid value for '--check-timeout'" in err

