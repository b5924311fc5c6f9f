target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/schema/SchemaElement.h ${MODELS_DIR}/schema/SchemaElement.cpp
  ${MODELS_DIR}/schema/SchemaPlan.h ${MODELS_DIR}/schema/SchemaPlan.cpp
  ${MODELS_DIR}/schema/SchemaPreparer.h ${MODELS_DIR}/schema/SchemaPreparer.cpp
)
