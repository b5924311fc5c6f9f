target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/smtp/SmtpEndpoint.h ${MODELS_DIR}/smtp/SmtpEndpoint.cpp
  ${MODELS_DIR}/smtp/TestMessage.h ${MODELS_DIR}/smtp/TestMessage.cpp
  ${MODELS_DIR}/smtp/SmtpClient.h ${MODELS_DIR}/smtp/SmtpClient.cpp
)
