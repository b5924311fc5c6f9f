target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/properties/PropertyTab.h
  ${VIEWS_DIR}/properties/BindingDialog.h ${VIEWS_DIR}/properties/BindingDialog.cpp
  ${VIEWS_DIR}/properties/AddressSpaceDialog.h ${VIEWS_DIR}/properties/AddressSpaceDialog.cpp
  ${VIEWS_DIR}/properties/BridgeheadChooserDialog.h ${VIEWS_DIR}/properties/BridgeheadChooserDialog.cpp
  ${VIEWS_DIR}/properties/ConflictDialog.h ${VIEWS_DIR}/properties/ConflictDialog.cpp
  ${VIEWS_DIR}/properties/VirtualServerGeneralTab.h ${VIEWS_DIR}/properties/VirtualServerGeneralTab.cpp
  ${VIEWS_DIR}/properties/VirtualServerAccessTab.h ${VIEWS_DIR}/properties/VirtualServerAccessTab.cpp
  ${VIEWS_DIR}/properties/VirtualServerMessagesTab.h ${VIEWS_DIR}/properties/VirtualServerMessagesTab.cpp
  ${VIEWS_DIR}/properties/VirtualServerDeliveryTab.h ${VIEWS_DIR}/properties/VirtualServerDeliveryTab.cpp
  ${VIEWS_DIR}/properties/ConnectorGeneralTab.h ${VIEWS_DIR}/properties/ConnectorGeneralTab.cpp
  ${VIEWS_DIR}/properties/ConnectorAddressSpaceTab.h ${VIEWS_DIR}/properties/ConnectorAddressSpaceTab.cpp
  ${VIEWS_DIR}/properties/ConnectorConnectedRoutingGroupsTab.h
  ${VIEWS_DIR}/properties/ConnectorConnectedRoutingGroupsTab.cpp
  ${VIEWS_DIR}/properties/ConnectorDeliveryRestrictionsTab.h
  ${VIEWS_DIR}/properties/ConnectorDeliveryRestrictionsTab.cpp
  ${VIEWS_DIR}/properties/ConnectorContentRestrictionsTab.h
  ${VIEWS_DIR}/properties/ConnectorContentRestrictionsTab.cpp
  ${VIEWS_DIR}/properties/ConnectorDeliveryOptionsTab.h ${VIEWS_DIR}/properties/ConnectorDeliveryOptionsTab.cpp
  ${VIEWS_DIR}/properties/ConnectorAdvancedTab.h ${VIEWS_DIR}/properties/ConnectorAdvancedTab.cpp
  ${VIEWS_DIR}/properties/RoutingGroupConnectorGeneralTab.h
  ${VIEWS_DIR}/properties/RoutingGroupConnectorGeneralTab.cpp
  ${VIEWS_DIR}/properties/RoutingGroupGeneralTab.h ${VIEWS_DIR}/properties/RoutingGroupGeneralTab.cpp
  ${VIEWS_DIR}/properties/ServerGeneralTab.h ${VIEWS_DIR}/properties/ServerGeneralTab.cpp
  ${VIEWS_DIR}/properties/ObjectGeneralTab.h ${VIEWS_DIR}/properties/ObjectGeneralTab.cpp
  ${VIEWS_DIR}/properties/DetailsTab.h ${VIEWS_DIR}/properties/DetailsTab.cpp
  ${VIEWS_DIR}/properties/GenericTab.h ${VIEWS_DIR}/properties/GenericTab.cpp
  ${VIEWS_DIR}/properties/PropertySheet.h ${VIEWS_DIR}/properties/PropertySheet.cpp
  ${VIEWS_DIR}/properties/OutboundSecurityBox.h ${VIEWS_DIR}/properties/OutboundSecurityBox.cpp
  ${VIEWS_DIR}/properties/DurationField.h ${VIEWS_DIR}/properties/DurationField.cpp
  ${VIEWS_DIR}/properties/ScheduleGrid.h ${VIEWS_DIR}/properties/ScheduleGrid.cpp
  ${VIEWS_DIR}/properties/ScheduleDialog.h ${VIEWS_DIR}/properties/ScheduleDialog.cpp
  ${VIEWS_DIR}/properties/ScheduleChooser.h ${VIEWS_DIR}/properties/ScheduleChooser.cpp
  ${VIEWS_DIR}/properties/DnListBox.h ${VIEWS_DIR}/properties/DnListBox.cpp
  ${VIEWS_DIR}/properties/DnEntryDialog.h ${VIEWS_DIR}/properties/DnEntryDialog.cpp
  ${VIEWS_DIR}/properties/IpAccessListBox.h ${VIEWS_DIR}/properties/IpAccessListBox.cpp
  ${VIEWS_DIR}/properties/IpAccessEntryDialog.h ${VIEWS_DIR}/properties/IpAccessEntryDialog.cpp
  ${VIEWS_DIR}/properties/ConnectedRoutingGroupDialog.h ${VIEWS_DIR}/properties/ConnectedRoutingGroupDialog.cpp
)
