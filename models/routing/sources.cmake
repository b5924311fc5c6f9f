target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/routing/RecipientAddress.h ${MODELS_DIR}/routing/RecipientAddress.cpp
  ${MODELS_DIR}/routing/NextHop.h ${MODELS_DIR}/routing/NextHop.cpp
  ${MODELS_DIR}/routing/RouteHop.h ${MODELS_DIR}/routing/RouteCandidate.h ${MODELS_DIR}/routing/RejectedConnector.h
  ${MODELS_DIR}/routing/Route.h ${MODELS_DIR}/routing/Route.cpp
  ${MODELS_DIR}/routing/RoutingTopology.h ${MODELS_DIR}/routing/RoutingTopology.cpp
  ${MODELS_DIR}/routing/RoutingGroupPaths.h ${MODELS_DIR}/routing/RoutingGroupPaths.cpp
  ${MODELS_DIR}/routing/RouteResolver.h ${MODELS_DIR}/routing/RouteResolver.cpp
)
target_include_directories(bridgehead_models PUBLIC ${MODELS_DIR}/routing)
