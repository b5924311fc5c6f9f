target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/help/HelpViewer.h ${VIEWS_DIR}/help/HelpViewer.cpp
)
