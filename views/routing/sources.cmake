target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/routing/RouteDiagram.h ${VIEWS_DIR}/routing/RouteDiagram.cpp
  ${VIEWS_DIR}/routing/TestRouteDialog.h ${VIEWS_DIR}/routing/TestRouteDialog.cpp
)
target_include_directories(bridgehead_views PUBLIC ${VIEWS_DIR}/routing)
