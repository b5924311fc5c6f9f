target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/console/EntryTreeModel.h ${MODELS_DIR}/console/EntryTreeModel.cpp
)
