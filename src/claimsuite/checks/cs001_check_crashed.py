from __future__ import annotations

from collections.abc import Iterable

from claimsuite.checks.base import BaseCheck, Context, Finding, Scope, Severity, Status


class CheckCrashed(BaseCheck):
    """A check raised an exception; the engine reports it under this code.

    ## What it does
    When a check (usually a project-local one) raises, the engine records one finding
    naming the check and the exception, and runs the remaining checks. This class only
    documents the code: the engine emits it, so ``run`` itself never finds anything.

    ## Why is this bad?
    A crashed check checked nothing; a clean report would be a false reassurance.

    ## Example
    A local check ``checks/loc900_broken.py`` whose ``run`` raises ``KeyError``:
    ```
    CS001 error: check LOC900 (broken) crashed: KeyError: 'x' (at loc900_broken.py:31)
    ```

    Use instead: fix the check, or skip it with ``--ignore LOC900``.
    """

    code = "CS001"
    name = "check-crashed"
    severity = Severity.ERROR
    summary = "A check raised an exception and checked nothing."
    scope = Scope.ARTICLE
    status = Status.STABLE

    def run(self, ctx: Context) -> Iterable[Finding]:
        return ()
