target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/properties/PropertyTab.h
)
