target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/topology/IpAddress.h ${MODELS_DIR}/topology/IpAddress.cpp ${MODELS_DIR}/topology/TextChecks.h
  ${MODELS_DIR}/topology/AddressSpace.h ${MODELS_DIR}/topology/AddressSpace.cpp
  ${MODELS_DIR}/topology/SmartHostList.h ${MODELS_DIR}/topology/SmartHostList.cpp
  ${MODELS_DIR}/topology/ServerBinding.h ${MODELS_DIR}/topology/ServerBinding.cpp
  ${MODELS_DIR}/topology/Limit.h ${MODELS_DIR}/topology/Limit.cpp
  ${MODELS_DIR}/topology/MailAddress.h ${MODELS_DIR}/topology/MailAddress.cpp
  ${MODELS_DIR}/topology/ConnectionSchedule.h ${MODELS_DIR}/topology/ConnectionSchedule.cpp
  ${MODELS_DIR}/topology/IpAccessList.h ${MODELS_DIR}/topology/IpAccessList.cpp
  ${MODELS_DIR}/topology/RetryIntervals.h ${MODELS_DIR}/topology/RetryIntervals.cpp
  ${MODELS_DIR}/topology/OutboundSecurity.h ${MODELS_DIR}/topology/OutboundSecurity.cpp
  ${MODELS_DIR}/topology/ConnectedRoutingGroup.h ${MODELS_DIR}/topology/ConnectedRoutingGroup.cpp
  ${MODELS_DIR}/topology/Attributes.h ${MODELS_DIR}/topology/Parsed.h
  ${MODELS_DIR}/topology/DirectoryObject.h
  ${MODELS_DIR}/topology/DirectoryObject.cpp
  ${MODELS_DIR}/topology/ExchangeServer.h
  ${MODELS_DIR}/topology/ExchangeServer.cpp
  ${MODELS_DIR}/topology/SmtpVirtualServer.h
  ${MODELS_DIR}/topology/SmtpVirtualServer.cpp
  ${MODELS_DIR}/topology/RoutingGroup.h
  ${MODELS_DIR}/topology/RoutingGroup.cpp
  ${MODELS_DIR}/topology/SmtpConnector.h
  ${MODELS_DIR}/topology/SmtpConnector.cpp
  ${MODELS_DIR}/topology/RoutingGroupConnector.h
  ${MODELS_DIR}/topology/RoutingGroupConnector.cpp
  ${MODELS_DIR}/topology/ObjectFactory.h ${MODELS_DIR}/topology/ObjectFactory.cpp
  ${MODELS_DIR}/topology/Topology.h
  ${MODELS_DIR}/topology/Topology.cpp
  ${MODELS_DIR}/topology/EntryEdit.h ${MODELS_DIR}/topology/EntryEdit.cpp
  ${MODELS_DIR}/topology/ChangeSet.h ${MODELS_DIR}/topology/ChangeSet.cpp
  ${MODELS_DIR}/topology/ChangeSetWriter.h ${MODELS_DIR}/topology/ChangeSetWriter.cpp
  ${MODELS_DIR}/topology/Planner.h ${MODELS_DIR}/topology/Planner.cpp
  ${MODELS_DIR}/topology/ActiveDirectoryWrites.h ${MODELS_DIR}/topology/ActiveDirectoryWrites.cpp
  ${MODELS_DIR}/topology/VirtualServerChecks.h ${MODELS_DIR}/topology/VirtualServerChecks.cpp
  ${MODELS_DIR}/topology/ConnectorChecks.h ${MODELS_DIR}/topology/ConnectorChecks.cpp
  ${MODELS_DIR}/topology/ExchangeDefaults.h ${MODELS_DIR}/topology/ExchangeDefaults.cpp
  ${MODELS_DIR}/topology/CreationPlanner.h ${MODELS_DIR}/topology/CreationPlanner.cpp
  ${MODELS_DIR}/topology/ObjectLookup.h ${MODELS_DIR}/topology/ObjectLookup.cpp
  ${MODELS_DIR}/topology/EquivalentCommand.h ${MODELS_DIR}/topology/EquivalentCommand.cpp
  ${MODELS_DIR}/topology/ShellWord.h
)
