target_sources(bridgehead_models PRIVATE
)
