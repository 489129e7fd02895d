"""HTTP layer: routers, request/response models and dependencies."""
