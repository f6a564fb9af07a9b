"""The demo event: a realistic evening, deterministic for a seed, scalable for benchmarks."""
