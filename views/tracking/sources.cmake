target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/tracking/TrackingDialog.h ${VIEWS_DIR}/tracking/TrackingDialog.cpp
)
target_include_directories(bridgehead_views PUBLIC ${VIEWS_DIR}/tracking)
