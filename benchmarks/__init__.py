"""Benchmark scripts (run directly; a package so tests can share their helpers)."""
