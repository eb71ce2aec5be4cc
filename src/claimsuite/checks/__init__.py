"""Built-in checks, one module each, registered in code order.

Code families: CS0xx the engine itself, CS1xx quantities and arithmetic, CS2xx periods and
dates, CS3xx officials and the record, CS4xx the article text, CS5xx names and entities,
CS6xx questions for the editor.
"""

BUILTIN_MODULES: tuple[str, ...] = (
    "cs001_check_crashed",
    "cs101_rate_value_base",
    "cs401_claim_not_stated",
    "cs402_claim_changed",
)
