from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class ClaimsWithoutArticle(BaseCheck):
    """A claim file in the claims folder has no article.

    ## What it does
    In repository mode every claim file under the claims folder (except the record folder)
    must belong to an article at the mirrored path in one of the article folders:
    ``claims/2025/x.yaml`` to ``seeds/2025/x.txt``. A claim file left without its article
    (the article was renamed, moved or deleted) is reported under this code. The repository
    run reports it; ``run`` itself finds nothing.

    ## Why is this bad?
    The claims are checked against nothing, and the article they were written for may now
    be checked against no claim file at all.

    ## Example
    ```
    claims/2025/old-name.yaml:1:1: CS003 no article for this claim file: seeds/2025/old-name.txt
    ```

    Use instead: move the claim file along with its article, or delete it.
    """

    code = "CS003"
    name = "claims-without-article"
    severity = Severity.ERROR
    summary = "A claim file has no article at the mirrored path."
    scope = Scope.ARTICLE
    status = Status.STABLE
    # Reported by the repository run (claimsuite.repository), not by a per-article run.
    level = "repository"

    def run(self, ctx: Context) -> Iterable[Finding]:
        return ()
