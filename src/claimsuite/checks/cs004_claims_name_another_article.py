from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class ClaimsNameAnotherArticle(BaseCheck):
    """The claim file's ``article.file`` names another article than the one it is paired with.

    ## What it does
    A claim file may say which article it is about (``article: {file: seeds/x.txt}``,
    relative to the project root). In repository mode, where claim files are paired with
    articles by their mirrored path, the two must agree. The repository run reports a
    disagreement; ``run`` itself finds nothing.

    ## Why is this bad?
    A claim file copied from another article, or an article moved without updating its
    claim file, checks one article against claims written for another.

    ## Example
    ```
    claims/2025/x.yaml:6:9: CS004 the claim file is about seeds/2024/x.txt but is paired
    with seeds/2025/x.txt
    ```

    Use instead: correct ``file:`` (or move the claim file next to its article's mirror).
    """

    code = "CS004"
    name = "claims-name-another-article"
    severity = Severity.ERROR
    summary = "A claim file's article.file disagrees with the article it is paired with."
    scope = Scope.ARTICLE
    status = Status.STABLE
    # Reported by the repository run (claimsuite.repository), not by a per-article run.
    level = "repository"

    def run(self, ctx: Context) -> Iterable[Finding]:
        return ()
