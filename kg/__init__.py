"""kg: build a linked medical knowledge graph from cancer.gov articles."""
