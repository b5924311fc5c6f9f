target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/queues/MessageActionRunner.h ${VIEWS_DIR}/queues/MessageActionRunner.cpp
  ${VIEWS_DIR}/queues/MessageHeadersDialog.h ${VIEWS_DIR}/queues/MessageHeadersDialog.cpp
  ${VIEWS_DIR}/queues/MessageListView.h ${VIEWS_DIR}/queues/MessageListView.cpp
  ${VIEWS_DIR}/queues/QueueMessagesDialog.h ${VIEWS_DIR}/queues/QueueMessagesDialog.cpp
  ${VIEWS_DIR}/queues/FindMessagesDialog.h ${VIEWS_DIR}/queues/FindMessagesDialog.cpp
  ${VIEWS_DIR}/queues/QueueSourceDialog.h ${VIEWS_DIR}/queues/QueueSourceDialog.cpp
  ${VIEWS_DIR}/queues/QueueSettingsDialog.h ${VIEWS_DIR}/queues/QueueSettingsDialog.cpp
  ${VIEWS_DIR}/queues/QueueViewer.h ${VIEWS_DIR}/queues/QueueViewer.cpp
  ${VIEWS_DIR}/queues/SendTestMessageDialog.h ${VIEWS_DIR}/queues/SendTestMessageDialog.cpp
)
