# Windows installer: NSIS through CPack. Included by installer/CMakeLists.txt before include(CPack).
# (CPACK_VERBATIM_VARIABLES is on: one backslash here is one backslash in the installer script.)
#
# What it does: installs into Program Files\Ferry (per-machine, or per-user when not elevated), a
# Start-menu folder with Ferry and Uninstall, an optional desktop shortcut and optional PATH entry
# (options page), an entry in Apps & features with the icon, version and links, an uninstaller.
# Upgrades: the registry key is fixed ("Ferry", not "ferry 0.1.0"), so a newer installer finds the
# older one and offers to uninstall it first. Components page: "Ferry" (required) and "Open ftp://
# links", which registers Ferry as a handler for the ftp URL scheme (installer/windows/*.nsh).
set(CPACK_PACKAGE_FILE_NAME "Ferry-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Ferry")
set(CPACK_NSIS_PACKAGE_NAME "Ferry") # also in "Ferry is already installed", so no version
set(CPACK_NSIS_DISPLAY_NAME "Ferry")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON "${FERRY_ICON_DIR}/ferry.ico")
set(CPACK_NSIS_MUI_UNIICON "${FERRY_ICON_DIR}/ferry.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\ferry.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${FERRY_PACKAGE_CONTACT}")
# Start menu: Ferry -> bin\ferry.exe (the GUI one); Uninstall is added by the template.
set(CPACK_PACKAGE_EXECUTABLES "ferry" "Ferry")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "ferry.exe")
# Options page: add bin\ to PATH (for `ferry ls ...` in any terminal), desktop shortcut.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_CREATE_DESKTOP_LINKS "ferry")
# The licence page shows LICENSE (CPACK_RESOURCE_FILE_LICENSE, set in installer/CMakeLists.txt).

configure_file("${CMAKE_CURRENT_LIST_DIR}/ftp-handler-install.nsh.in"
    "${CMAKE_CURRENT_BINARY_DIR}/ftp-handler-install.nsh" @ONLY)
configure_file("${CMAKE_CURRENT_LIST_DIR}/ftp-handler-uninstall.nsh.in"
    "${CMAKE_CURRENT_BINARY_DIR}/ftp-handler-uninstall.nsh" @ONLY)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include \"${CMAKE_CURRENT_BINARY_DIR}/ftp-handler-install.nsh\"")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include \"${CMAKE_CURRENT_BINARY_DIR}/ftp-handler-uninstall.nsh\"")

# WiX (cpack -G WIX) is not built by CI but kept usable: fixed upgrade code so that a newer MSI replaces
# an older one, icon, Start-menu folder. Its features mirror the components; the ftp:// registration
# itself exists in the NSIS installer only.
set(CPACK_WIX_UPGRADE_GUID "A6374FD7-AFA2-4F62-97E8-F95EA484C160") # never change it
set(CPACK_WIX_PRODUCT_ICON "${FERRY_ICON_DIR}/ferry.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Ferry")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
