"""`python -m newswatch`: the same command line as the `newswatch` script."""

from newswatch.scheduler.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
