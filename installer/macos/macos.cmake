# macOS: the Ferry.app bundle and its runtime deployment. Included by installer/CMakeLists.txt.
# The bundle's executable is Ferry.app/Contents/MacOS/Ferry; it is also the command-line tool:
#   ln -s /Applications/Ferry.app/Contents/MacOS/Ferry /usr/local/bin/ferry
set(FERRY_BUNDLE_ICON "ferry.icns")
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(FERRY_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
    set(FERRY_MACOS_MINIMUM "11.0")
endif()
# Configured here (@VAR@ only), so CMake's own pass over MACOSX_BUNDLE_INFO_PLIST finds nothing left.
configure_file("${CMAKE_CURRENT_LIST_DIR}/Info.plist.in" "${CMAKE_CURRENT_BINARY_DIR}/Info.plist" @ONLY)

set_target_properties(ferry PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Ferry
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${FERRY_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "Ferry"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "${FERRY_BUNDLE_ICON}")
# Qt's finalizer (run at the end of app/, before MACOSX_BUNDLE was set here) did not add this.
set_property(TARGET ferry APPEND PROPERTY INSTALL_RPATH "@executable_path/../Frameworks")

# The icon into Contents/Resources.
set(ferry_icns "${FERRY_ICON_DIR}/ferry.icns")
target_sources(ferry PRIVATE "${ferry_icns}")
set_source_files_properties("${ferry_icns}" TARGET_DIRECTORY ferry PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
if(TARGET ferry_icons)
    set_source_files_properties("${ferry_icns}" TARGET_DIRECTORY ferry PROPERTIES GENERATED TRUE)
    add_dependencies(ferry ferry_icons)
endif()

install(TARGETS ferry
    BUNDLE DESTINATION .
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# Qt frameworks and plugins into the bundle: macdeployqt through Qt's deploy script (technology preview
# in 6.3/6.4 with FILENAME_VARIABLE; OUTPUT_SCRIPT from 6.5 on).
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET ferry OUTPUT_SCRIPT ferry_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET ferry FILENAME_VARIABLE ferry_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT "${ferry_deploy_script}" COMPONENT ferry)
