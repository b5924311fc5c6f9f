target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/queues/QueueId.h ${MODELS_DIR}/queues/QueueId.cpp
  ${MODELS_DIR}/queues/QueuedMessage.h ${MODELS_DIR}/queues/QueuedMessage.cpp
  ${MODELS_DIR}/queues/PostqueueParser.h ${MODELS_DIR}/queues/PostqueueParser.cpp
  ${MODELS_DIR}/queues/PostfixInstance.h ${MODELS_DIR}/queues/PostfixInstance.cpp
  ${MODELS_DIR}/queues/PostfixSettings.h ${MODELS_DIR}/queues/PostfixSettings.cpp
  ${MODELS_DIR}/queues/RetrySchedule.h ${MODELS_DIR}/queues/RetrySchedule.cpp
  ${MODELS_DIR}/queues/ActionResult.h ${MODELS_DIR}/queues/ActionResult.cpp
  ${MODELS_DIR}/queues/PostsuperOutput.h ${MODELS_DIR}/queues/PostsuperOutput.cpp
  ${MODELS_DIR}/queues/ListingDiffer.h ${MODELS_DIR}/queues/ListingDiffer.cpp
  ${MODELS_DIR}/queues/ListingResult.h
  ${MODELS_DIR}/queues/CommandRun.h ${MODELS_DIR}/queues/CommandRun.cpp
  ${MODELS_DIR}/queues/PostqueueListing.h ${MODELS_DIR}/queues/PostqueueListing.cpp
  ${MODELS_DIR}/queues/MessageHeaders.h ${MODELS_DIR}/queues/MessageHeaders.cpp
  ${MODELS_DIR}/queues/QueueReplies.h ${MODELS_DIR}/queues/QueueReplies.cpp
  ${MODELS_DIR}/queues/MessageQueueSource.h
  ${MODELS_DIR}/queues/PostfixSource.h ${MODELS_DIR}/queues/PostfixSource.cpp
  ${MODELS_DIR}/queues/MessageStore.h ${MODELS_DIR}/queues/MessageStore.cpp
  ${MODELS_DIR}/queues/QueueKey.h ${MODELS_DIR}/queues/QueueKey.cpp
  ${MODELS_DIR}/queues/NextHops.h ${MODELS_DIR}/queues/NextHops.cpp
  ${MODELS_DIR}/queues/ConnectorForNextHop.h ${MODELS_DIR}/queues/ConnectorForNextHop.cpp
  ${MODELS_DIR}/queues/QueueListModel.h ${MODELS_DIR}/queues/QueueListModel.cpp
  ${MODELS_DIR}/queues/MessageFilter.h ${MODELS_DIR}/queues/MessageFilter.cpp
  ${MODELS_DIR}/queues/SubjectCache.h ${MODELS_DIR}/queues/SubjectCache.cpp
  ${MODELS_DIR}/queues/MessageListModel.h ${MODELS_DIR}/queues/MessageListModel.cpp
  ${MODELS_DIR}/queues/SubjectSearch.h ${MODELS_DIR}/queues/SubjectSearch.cpp
  ${MODELS_DIR}/queues/QueueMonitor.h ${MODELS_DIR}/queues/QueueMonitor.cpp
  ${MODELS_DIR}/queues/QueueReport.h ${MODELS_DIR}/queues/QueueReport.cpp
  ${MODELS_DIR}/queues/QueueSourceSettings.h ${MODELS_DIR}/queues/QueueSourceSettings.cpp
  ${MODELS_DIR}/queues/ServerQueues.h ${MODELS_DIR}/queues/ServerQueues.cpp
)
