"""Analyses shared by several checks: where each claim is stated, and what it asserts."""
