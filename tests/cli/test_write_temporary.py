"""An output written through a temporary file and a rename (files.write_atomic) gets the
mode a new file of the user gets, not the temporary file's owner-only one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from claimsuite.files import write_atomic


def test_a_new_output_gets_the_usual_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "report.md", "new\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o644
