"""The pipeline: extract an article from a page, judge its relevance, store it.

It knows nothing of spiders or the command line: its input is a
`newswatch.pipeline.page.FetchedPage`, its output rows in the database.
"""
