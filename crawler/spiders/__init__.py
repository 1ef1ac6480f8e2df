"""Spiders of the newswatch crawler: one generic, config-driven spider."""
