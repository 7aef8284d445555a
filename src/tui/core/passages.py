def align_sources(sources): return []
