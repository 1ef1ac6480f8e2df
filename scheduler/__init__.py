"""The top of newswatch: the command line, cycles, the daemon and review."""
