"""Build shim: scrapyd-deploy runs `setup.py bdist_egg`; the metadata is in pyproject.toml."""

from setuptools import setup

setup()
