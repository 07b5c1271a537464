"""Reviewers' tools: a stable text dump of a report, and the diff of two reports or two input folders."""
