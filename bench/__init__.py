"""paperterm's benchmarks: `python -m bench` runs them all and records the results."""
