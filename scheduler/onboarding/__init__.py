"""Adding and mending sources: `newswatch check`, `newswatch discover`, fix suggestions."""
