"""`python -m armstrack`: the same as the `armstrack` command."""

from armstrack.cli import main

main()
