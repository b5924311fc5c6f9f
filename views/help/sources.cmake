target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/help/HelpViewer.h ${VIEWS_DIR}/help/HelpViewer.cpp
)
# The help pages (the console's and one per analyzer rule), shown by the HelpViewer.
file(GLOB BRIDGEHEAD_HELP_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/help/*.html
  ${PROJECT_SOURCE_DIR}/resources/help/*.png)
qt_add_resources(bridgehead_views "help_pages"
  PREFIX "/help"
  BASE ${PROJECT_SOURCE_DIR}/resources/help
  FILES ${BRIDGEHEAD_HELP_PAGES})
