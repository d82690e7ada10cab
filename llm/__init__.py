"""The LLM gateway, the ground floor: every model call (routing, cache, budgets, egress quota,
providers, resilience, quality check). It imports no app above it; analytics subscribes to its
calls (``llm.gateway.on_call_recorded``) from ``AnalyticsConfig.ready()``."""
