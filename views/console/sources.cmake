target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/console/ConsoleTreeView.h ${VIEWS_DIR}/console/ConsoleTreeView.cpp
  ${VIEWS_DIR}/console/DetailsPane.h ${VIEWS_DIR}/console/DetailsPane.cpp
  ${VIEWS_DIR}/console/ConsoleStatusBar.h ${VIEWS_DIR}/console/ConsoleStatusBar.cpp
  ${VIEWS_DIR}/console/ReadOnlyBanner.h ${VIEWS_DIR}/console/ReadOnlyBanner.cpp
)
