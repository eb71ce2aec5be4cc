from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class ArchiveDisagrees(BaseCheck):
    """Two articles of the archive give different figures for one fact.

    ## What it does
    In repository mode every article's claim set is reduced to its facts: the value of a
    metric for a subject and period (``quantity``), the change of a metric over a period
    against a base (``change``), a share, and the title an official held on a date
    (``role``). Exact figures (no ``bound``, not ``approximate``) for the same fact that
    disagree beyond their written precision are reported under this code, naming both
    files. Subjects are compared by their official id or canonical name, not by the claim
    ids each file chose. The repository run reports it; ``run`` itself finds nothing.

    ## Why is this bad?
    After a correction, the other articles that repeated the old figure are what an archive
    desk most needs to find.

    ## Example
    ```
    claims/a.yaml:12:5: CS006 claim exports-oct gives 21.9 billion USD for exports of
    türkiye in 2025-10; claims/b.yaml (claim ihracat) gives 24 billion USD
    ```

    Use instead: correct the article that is wrong, or accept the finding with a reason
    (a preliminary figure revised later).
    """

    code = "CS006"
    name = "archive-disagrees"
    severity = Severity.ERROR
    summary = "Two articles give different figures for the same metric, subject and period."
    scope = Scope.ARTICLE  # the CS0xx family: the engine and the repository
    status = Status.STABLE
    # Reported by the repository run (claimsuite.repository), not by a per-article run.
    level = "repository"

    def run(self, ctx: Context) -> Iterable[Finding]:
        return ()
