target_sources(bridgehead_views PRIVATE
  ${VIEWS_DIR}/connect/ConnectDialog.h
  ${VIEWS_DIR}/connect/ConnectDialog.cpp
  ${VIEWS_DIR}/connect/ConnectionProbe.h
  ${VIEWS_DIR}/connect/ConnectionProbe.cpp
  ${VIEWS_DIR}/connect/ConnectionProfile.h
  ${VIEWS_DIR}/connect/ConnectionProfile.cpp
  ${VIEWS_DIR}/connect/ConnectionProfiles.h
  ${VIEWS_DIR}/connect/ConnectionProfiles.cpp
  ${VIEWS_DIR}/connect/ConnectionSettingsForm.h
  ${VIEWS_DIR}/connect/ConnectionSettingsForm.cpp
  ${VIEWS_DIR}/connect/PasswordStore.h
  ${VIEWS_DIR}/connect/PasswordStore.cpp
  ${VIEWS_DIR}/connect/ConnectionLauncher.h
  ${VIEWS_DIR}/connect/ConnectionLauncher.cpp
)
