"""Command groups of the CLI that live outside ``cli.py``; each is added with
``main.add_command``."""
