"""Evaluation: deterministic metrics over test sets and labelled articles."""
