target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/widgets/FieldMessage.h ${VIEWS_DIR}/widgets/FieldMessage.cpp
  ${VIEWS_DIR}/widgets/WindowHeightFitter.h ${VIEWS_DIR}/widgets/WindowHeightFitter.cpp
  ${VIEWS_DIR}/widgets/HelpWindow.h ${VIEWS_DIR}/widgets/HelpWindow.cpp
)
