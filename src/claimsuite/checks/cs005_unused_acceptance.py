from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class UnusedAcceptance(BaseCheck):
    """An acceptance (``accept:`` in the claim file or the configuration) matches no finding.

    ## What it does
    A finding can be accepted, with a reason, by naming its code and claim. When the
    finding goes away (the article was corrected, the record changed) the acceptance is
    left over; this code reports it, like ruff's RUF100 for an unused ``noqa``. Only the
    checks that ran are considered: an acceptance for a check left out by ``--select`` or
    ``--ignore`` is not reported.

    ## Why is this bad?
    A stale acceptance would silently accept the next, different problem with the same code
    and claim.

    ## Example
    ```yaml
    accept:
      - code: CS301
        claim: exports-2023-q1-growth
        reason: the minister's figure, quoted as said
    ```
    after the article is corrected to 15.1%:
    ```
    claims/x.yaml:3:5: CS005 acceptance of CS301 for claim exports-2023-q1-growth matches no finding
    ```

    Use instead: remove the acceptance.
    """

    code = "CS005"
    name = "unused-acceptance"
    severity = Severity.WARNING
    summary = "An accepted finding is no longer found; the acceptance is left over."
    scope = Scope.ARTICLE  # the CS0xx family: the engine and the repository
    status = Status.STABLE
    # Reported by the repository run (claimsuite.repository), not by a per-article run.
    level = "repository"

    def run(self, ctx: Context) -> Iterable[Finding]:
        return ()
