"""Mutation testing for claim sets: careless edits must be caught, harmless ones must not be.

``run_mutations`` applies every family of :mod:`claimsuite.mutate.families` to an article,
checks each mutant and compares its findings with those of the unmodified article.
"""

from __future__ import annotations

from claimsuite.mutate.base import Edit, Family, Mutant, Source
from claimsuite.mutate.families import CARELESS, CONTROLS, FAMILIES
from claimsuite.mutate.runner import MutationReport, Outcome, pick_families, run_mutations

__all__ = [
    "CARELESS",
    "CONTROLS",
    "FAMILIES",
    "Edit",
    "Family",
    "Mutant",
    "MutationReport",
    "Outcome",
    "Source",
    "pick_families",
    "run_mutations",
]
