"""Storage with SQLAlchemy 2.0: schema, migrations, articles, crawler memory, runs, review."""
