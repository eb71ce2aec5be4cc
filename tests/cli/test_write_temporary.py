"""The temporary file an output is written through before its rename (files.write_atomic)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from claimsuite.files import write_atomic


def test_a_write_steps_over_a_temporary_file_left_by_an_earlier_process(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    leftover = tmp_path / f".report.md.{os.getpid()}.0.tmp"  # a killed run with this id
    leftover.write_text("left behind", "utf-8")
    write_atomic(out, "new\n")
    assert out.read_text("utf-8") == "new\n"
    assert leftover.read_text("utf-8") == "left behind"
    assert sorted(p.name for p in tmp_path.iterdir()) == [leftover.name, "report.md"]


def test_a_link_in_the_temporary_name_is_never_written_through(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("untouched", "utf-8")
    (tmp_path / f".report.md.{os.getpid()}.0.tmp").symlink_to(target)
    write_atomic(tmp_path / "report.md", "new\n")
    assert target.read_text("utf-8") == "untouched"
    assert (tmp_path / "report.md").read_text("utf-8") == "new\n"


def test_a_new_output_gets_the_usual_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "report.md", "new\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o644
