target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/mailserver/ApplyConfigDialog.h ${VIEWS_DIR}/mailserver/ApplyConfigDialog.cpp
)
target_include_directories(bridgehead_views PUBLIC ${VIEWS_DIR}/mailserver)
