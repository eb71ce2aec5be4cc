from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class ArticleWithoutClaims(BaseCheck):
    """An article in the configured article folders has no claim file.

    ## What it does
    In repository mode (``claimsuite check`` with no paths, a folder, a glob or several
    files) every article is paired with the claim file at the mirrored path:
    ``seeds/2025/x.txt`` with ``claims/2025/x.yaml``. An article with no claim file there is
    reported under this code. The repository run reports it; ``run`` itself finds nothing.

    ## Why is this bad?
    An article without a claim file is checked by nothing: a new article added to the
    desk's folder would pass CI unread.

    ## Example
    ```
    seeds/2025/new-article.txt:1:1: CS002 no claim file: claims/2025/new-article.yaml
    ```

    Use instead: write ``claims/2025/new-article.yaml`` (README: Covering a new article).
    """

    code = "CS002"
    name = "article-without-claims"
    severity = Severity.ERROR
    summary = "An article has no claim file at the mirrored path."
    scope = Scope.ARTICLE
    status = Status.STABLE
    # Reported by the repository run (claimsuite.repository), not by a per-article run.
    level = "repository"

    def run(self, ctx: Context) -> Iterable[Finding]:
        return ()
