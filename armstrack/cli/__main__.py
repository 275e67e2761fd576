"""`python -m armstrack.cli`: the same as the `armstrack` command."""

from armstrack.cli import main

main()
