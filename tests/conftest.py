import os

from hypothesis import HealthCheck, settings

pytest_plugins = ["tests.support.fixtures"]

# Timing deadlines flake on a loaded 2-core CI machine; the long campaigns run under
# `make soak` (HYPOTHESIS_PROFILE=soak) with many more examples.
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile(
    "soak",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    max_examples=1000,
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
