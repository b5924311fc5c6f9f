target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/topology/IpAddress.h ${MODELS_DIR}/topology/IpAddress.cpp
  ${MODELS_DIR}/topology/AddressSpace.h ${MODELS_DIR}/topology/AddressSpace.cpp
  ${MODELS_DIR}/topology/SmartHostList.h ${MODELS_DIR}/topology/SmartHostList.cpp
  ${MODELS_DIR}/topology/ServerBinding.h ${MODELS_DIR}/topology/ServerBinding.cpp
)
