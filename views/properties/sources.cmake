target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/properties/PropertyTab.h
  ${VIEWS_DIR}/properties/BindingDialog.h ${VIEWS_DIR}/properties/BindingDialog.cpp
  ${VIEWS_DIR}/properties/AddressSpaceDialog.h ${VIEWS_DIR}/properties/AddressSpaceDialog.cpp
  ${VIEWS_DIR}/properties/BridgeheadChooserDialog.h ${VIEWS_DIR}/properties/BridgeheadChooserDialog.cpp
  ${VIEWS_DIR}/properties/ConflictDialog.h ${VIEWS_DIR}/properties/ConflictDialog.cpp
  ${VIEWS_DIR}/properties/VirtualServerGeneralTab.h ${VIEWS_DIR}/properties/VirtualServerGeneralTab.cpp
  ${VIEWS_DIR}/properties/VirtualServerMessagesTab.h ${VIEWS_DIR}/properties/VirtualServerMessagesTab.cpp
  ${VIEWS_DIR}/properties/VirtualServerDeliveryTab.h ${VIEWS_DIR}/properties/VirtualServerDeliveryTab.cpp
  ${VIEWS_DIR}/properties/ConnectorGeneralTab.h ${VIEWS_DIR}/properties/ConnectorGeneralTab.cpp
  ${VIEWS_DIR}/properties/ConnectorAddressSpaceTab.h ${VIEWS_DIR}/properties/ConnectorAddressSpaceTab.cpp
  ${VIEWS_DIR}/properties/ConnectorContentRestrictionsTab.h
  ${VIEWS_DIR}/properties/ConnectorContentRestrictionsTab.cpp
  ${VIEWS_DIR}/properties/ConnectorAdvancedTab.h ${VIEWS_DIR}/properties/ConnectorAdvancedTab.cpp
  ${VIEWS_DIR}/properties/ConnectorDetailsTab.h ${VIEWS_DIR}/properties/ConnectorDetailsTab.cpp
  ${VIEWS_DIR}/properties/GenericTab.h ${VIEWS_DIR}/properties/GenericTab.cpp
  ${VIEWS_DIR}/properties/PropertySheet.h ${VIEWS_DIR}/properties/PropertySheet.cpp
)
