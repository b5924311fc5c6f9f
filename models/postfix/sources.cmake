target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/postfix/PostfixConfig.h ${MODELS_DIR}/postfix/PostfixConfig.cpp
  ${MODELS_DIR}/postfix/PostfixConfigGenerator.h ${MODELS_DIR}/postfix/PostfixConfigGenerator.cpp
  ${MODELS_DIR}/postfix/TextDiff.h ${MODELS_DIR}/postfix/TextDiff.cpp
  ${MODELS_DIR}/postfix/ConfigMerge.h ${MODELS_DIR}/postfix/ConfigMerge.cpp
  ${MODELS_DIR}/postfix/LocalMailServer.h ${MODELS_DIR}/postfix/LocalMailServer.cpp
  ${MODELS_DIR}/postfix/LoopbackPlan.h ${MODELS_DIR}/postfix/LoopbackPlan.cpp
  ${MODELS_DIR}/postfix/DemoMailServers.h ${MODELS_DIR}/postfix/DemoMailServers.cpp
  ${MODELS_DIR}/postfix/ConfigApply.h ${MODELS_DIR}/postfix/ConfigApply.cpp
)
target_include_directories(bridgehead_models PUBLIC ${MODELS_DIR}/postfix)
