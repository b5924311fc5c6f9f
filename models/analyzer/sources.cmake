target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/analyzer/Severity.h ${MODELS_DIR}/analyzer/Severity.cpp
  ${MODELS_DIR}/analyzer/Finding.h ${MODELS_DIR}/analyzer/Finding.cpp
  ${MODELS_DIR}/analyzer/InternetRoutes.h ${MODELS_DIR}/analyzer/InternetRoutes.cpp
  ${MODELS_DIR}/analyzer/AnalysisContext.h ${MODELS_DIR}/analyzer/AnalysisContext.cpp
  ${MODELS_DIR}/analyzer/Rule.h ${MODELS_DIR}/analyzer/Rule.cpp
  ${MODELS_DIR}/analyzer/RuleSet.h ${MODELS_DIR}/analyzer/RuleSet.cpp
  ${MODELS_DIR}/analyzer/VirtualServerRules.cpp
  ${MODELS_DIR}/analyzer/ConnectorRules.cpp
  ${MODELS_DIR}/analyzer/OrganizationRules.cpp
  ${MODELS_DIR}/analyzer/Analyzer.h ${MODELS_DIR}/analyzer/Analyzer.cpp
)
target_sources(bridgehead_models PRIVATE
  ${MODELS_DIR}/analyzer/FindingsModel.h ${MODELS_DIR}/analyzer/FindingsModel.cpp
  ${MODELS_DIR}/analyzer/FindingsFilterModel.h ${MODELS_DIR}/analyzer/FindingsFilterModel.cpp
  ${MODELS_DIR}/analyzer/GatewayDesignation.h ${MODELS_DIR}/analyzer/GatewayDesignation.cpp
  ${MODELS_DIR}/analyzer/FindingFix.h ${MODELS_DIR}/analyzer/FindingFix.cpp
  ${MODELS_DIR}/analyzer/FindingsReport.h ${MODELS_DIR}/analyzer/FindingsReport.cpp
)
