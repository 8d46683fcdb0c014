"""Sub-commands of ``python -m stanceline``; each module defines ``register(subparsers, evaluate)``.

``subparsers`` takes top-level commands, ``evaluate`` the ``evaluate <what>`` ones. The CLI
discovers every module here, so a new command is one new file.
"""
