target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/analyzer/AnalyzerDock.h ${VIEWS_DIR}/analyzer/AnalyzerDock.cpp
  ${VIEWS_DIR}/analyzer/GatewayDialog.h ${VIEWS_DIR}/analyzer/GatewayDialog.cpp
  ${VIEWS_DIR}/analyzer/FindingsStatusButton.h ${VIEWS_DIR}/analyzer/FindingsStatusButton.cpp
)
