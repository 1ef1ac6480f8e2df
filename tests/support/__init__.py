"""Helpers and fixtures shared by the tests (test modules never import each other)."""
