target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/directory/Dn.h ${MODELS_DIR}/directory/Dn.cpp
  ${MODELS_DIR}/directory/Filter.h ${MODELS_DIR}/directory/Filter.cpp
  ${MODELS_DIR}/directory/Entry.h ${MODELS_DIR}/directory/Entry.cpp
  ${MODELS_DIR}/directory/LdapResult.h ${MODELS_DIR}/directory/LdapResult.cpp
  ${MODELS_DIR}/directory/ConnectionSettings.h ${MODELS_DIR}/directory/ConnectionSettings.cpp
  ${MODELS_DIR}/directory/Requests.h ${MODELS_DIR}/directory/Requests.cpp
  ${MODELS_DIR}/directory/ServerFeatures.h ${MODELS_DIR}/directory/ServerFeatures.cpp
  ${MODELS_DIR}/directory/DirectoryReply.h ${MODELS_DIR}/directory/DirectoryReply.cpp
  ${MODELS_DIR}/directory/LdapHandle.h ${MODELS_DIR}/directory/LdapHandle.cpp
  ${MODELS_DIR}/directory/ConnectionWorker.h ${MODELS_DIR}/directory/ConnectionWorker.cpp
  ${MODELS_DIR}/directory/Connection.h ${MODELS_DIR}/directory/Connection.cpp
  ${MODELS_DIR}/directory/ChangeFeed.h ${MODELS_DIR}/directory/ChangeFeed.cpp
  ${MODELS_DIR}/directory/SyncProtocol.h ${MODELS_DIR}/directory/SyncProtocol.cpp
  ${MODELS_DIR}/directory/FeedWorker.h
  ${MODELS_DIR}/directory/ChangeFeedWorker.h ${MODELS_DIR}/directory/ChangeFeedWorker.cpp
  ${MODELS_DIR}/directory/WakePipe.h ${MODELS_DIR}/directory/WakePipe.cpp
  ${MODELS_DIR}/directory/NotificationFeedWorker.h ${MODELS_DIR}/directory/NotificationFeedWorker.cpp
  ${MODELS_DIR}/directory/LdifReader.h ${MODELS_DIR}/directory/LdifReader.cpp
  ${MODELS_DIR}/directory/LocalDirectory.h ${MODELS_DIR}/directory/LocalDirectory.cpp
)
