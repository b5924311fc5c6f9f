target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/console/NodeType.h ${MODELS_DIR}/console/NodeType.cpp
  ${MODELS_DIR}/console/OverlayIconEngine.h ${MODELS_DIR}/console/OverlayIconEngine.cpp
  ${MODELS_DIR}/console/ConsoleTreeModel.h ${MODELS_DIR}/console/ConsoleTreeModel.cpp
  ${MODELS_DIR}/console/DetailsModel.h ${MODELS_DIR}/console/DetailsModel.cpp
  ${MODELS_DIR}/console/DirectorySession.h ${MODELS_DIR}/console/DirectorySession.cpp
  ${MODELS_DIR}/console/DemoDirectory.h ${MODELS_DIR}/console/DemoDirectory.cpp
  ${MODELS_DIR}/console/ListExport.h ${MODELS_DIR}/console/ListExport.cpp
)
