target_sources(bridgehead_views PRIVATE
)
