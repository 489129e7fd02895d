"""Programs the start-up benchmark runs as subprocesses; each prints the monotonic time
(``time.monotonic()``, one clock for every process on the machine) of its first paint."""
