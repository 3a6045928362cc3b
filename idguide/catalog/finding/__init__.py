"""Search: the index, its documents and fields, queries, facets and the vocabulary."""
