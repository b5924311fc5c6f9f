target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/widgets/FieldMessage.h ${VIEWS_DIR}/widgets/FieldMessage.cpp
  ${VIEWS_DIR}/widgets/WindowHeightFitter.h ${VIEWS_DIR}/widgets/WindowHeightFitter.cpp
  ${VIEWS_DIR}/widgets/NumberField.h ${VIEWS_DIR}/widgets/NumberField.cpp
  ${VIEWS_DIR}/widgets/ReadOnlyLook.h ${VIEWS_DIR}/widgets/ReadOnlyLook.cpp
)
