"""The organization stage: which social organizations an article names, and in what context."""

from newswatch.pipeline.organizations.finder import OrganizationFinder
from newswatch.pipeline.organizations.model import FoundOrganization, Mention, normalize_name

__all__ = ["FoundOrganization", "Mention", "OrganizationFinder", "normalize_name"]
