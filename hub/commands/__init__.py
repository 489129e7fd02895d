"""Sub-commands of the ``hub`` command line, one module each.

Each module provides ``register(subparsers)``, which adds its parser and sets
``handler`` (a function taking the parsed arguments and returning an exit code).
"""
