"""Benchmarks of the workstation: ``python -m bench [--quick]`` (``make bench``)."""
