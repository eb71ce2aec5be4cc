from __future__ import annotations

import sys
from pathlib import Path

# The small in-memory contexts of the check tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "checks"))
