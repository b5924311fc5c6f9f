target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/tracking/LogLine.h ${MODELS_DIR}/tracking/LogLine.cpp
  ${MODELS_DIR}/tracking/MessageEvent.h ${MODELS_DIR}/tracking/MessageEvent.cpp
  ${MODELS_DIR}/tracking/MessageTrack.h ${MODELS_DIR}/tracking/MessageTrack.cpp
  ${MODELS_DIR}/tracking/TrackQuery.h ${MODELS_DIR}/tracking/TrackQuery.cpp
  ${MODELS_DIR}/tracking/MailLog.h ${MODELS_DIR}/tracking/MailLog.cpp
  ${MODELS_DIR}/tracking/TrackedMessage.h ${MODELS_DIR}/tracking/TrackedMessage.cpp
  ${MODELS_DIR}/tracking/Tracker.h ${MODELS_DIR}/tracking/Tracker.cpp
  ${MODELS_DIR}/tracking/LogSource.h
  ${MODELS_DIR}/tracking/FileLogSource.h ${MODELS_DIR}/tracking/FileLogSource.cpp
  ${MODELS_DIR}/tracking/InstanceLogSource.h ${MODELS_DIR}/tracking/InstanceLogSource.cpp
  ${MODELS_DIR}/tracking/TrackingRun.h ${MODELS_DIR}/tracking/TrackingRun.cpp
  ${MODELS_DIR}/tracking/TimelineModel.h ${MODELS_DIR}/tracking/TimelineModel.cpp
)
target_include_directories(bridgehead_models PUBLIC ${MODELS_DIR}/tracking)
