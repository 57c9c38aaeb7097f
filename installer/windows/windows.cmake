# Windows: executables, version resource, runtime deployment. Included by installer/CMakeLists.txt.
#
# One program, two subsystems. Windows decides at link time whether a program gets a console: a
# GUI-subsystem program started from the Start menu opens no console window, but started from cmd or
# PowerShell it has no console to print to and the shell does not wait for it or see its exit code.
# So Ferry ships the same main.cpp twice, side by side in bin\:
#   ferry.exe  GUI subsystem (WIN32_EXECUTABLE): the Start-menu shortcut, the ftp:// handler, Explorer.
#   ferry.com  console subsystem: what `ferry ls ...` runs in cmd and PowerShell, because PATHEXT lists
#              .COM before .EXE; the shell waits, stdout/stderr/pipes and exit codes work as on Linux.
#              (In an MSYS/Git Bash shell, type `ferry.com`.) Started with no command it opens the window.
# (The alternative, AttachConsole(ATTACH_PARENT_PROCESS) in a GUI program, leaves the shell not waiting,
# output mixed into the prompt and exit codes lost: wrong for a scripting tool.)
set_target_properties(ferry PROPERTIES WIN32_EXECUTABLE ON)

# The console twin: the same sources, libraries and definitions as app/'s `ferry` target.
get_target_property(ferry_app_sources ferry SOURCES)
get_target_property(ferry_app_source_dir ferry SOURCE_DIR)
set(ferry_console_sources)
foreach(source IN LISTS ferry_app_sources)
    if(IS_ABSOLUTE "${source}" OR source MATCHES "^\\$<")
        list(APPEND ferry_console_sources "${source}")
    else()
        list(APPEND ferry_console_sources "${ferry_app_source_dir}/${source}")
    endif()
endforeach()
qt_add_executable(ferry_console ${ferry_console_sources})
foreach(property IN ITEMS LINK_LIBRARIES COMPILE_DEFINITIONS COMPILE_OPTIONS INCLUDE_DIRECTORIES)
    get_target_property(value ferry ${property})
    if(value)
        set_property(TARGET ferry_console APPEND PROPERTY ${property} "${value}")
    endif()
endforeach()
set_target_properties(ferry_console PROPERTIES
    OUTPUT_NAME ferry
    SUFFIX ".com"
    PDB_NAME ferry-console)

# VERSIONINFO and the icon, one resource script per executable (OriginalFilename differs).
set(FERRY_COPYRIGHT_ASCII "Copyright (C) the Ferry developers") # resource scripts are not UTF-8
string(REPLACE "." "," FERRY_RC_VERSION "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
set(FERRY_RC_ICON "${FERRY_ICON_DIR}/ferry.ico")
foreach(kind IN ITEMS gui console)
    if(kind STREQUAL "gui")
        set(FERRY_RC_FILENAME "ferry.exe")
        set(FERRY_RC_DESCRIPTION "Ferry")
        set(ferry_rc_target ferry)
    else()
        set(FERRY_RC_FILENAME "ferry.com")
        set(FERRY_RC_DESCRIPTION "Ferry (command line)")
        set(ferry_rc_target ferry_console)
    endif()
    configure_file("${CMAKE_CURRENT_LIST_DIR}/ferry.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/ferry-${kind}.rc" @ONLY)
    target_sources(${ferry_rc_target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/ferry-${kind}.rc")
endforeach()

install(TARGETS ferry ferry_console RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# Qt's libraries and plugins next to the executables: windeployqt through Qt's deploy script
# (technology preview in 6.3/6.4 with FILENAME_VARIABLE; OUTPUT_SCRIPT from 6.5 on). ferry.com
# uses the same DLLs as ferry.exe, so deploying ferry.exe covers both.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET ferry OUTPUT_SCRIPT ferry_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET ferry FILENAME_VARIABLE ferry_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT "${ferry_deploy_script}" COMPONENT ferry)

# The compiler's runtime (MSVC: vcruntime/msvcp DLLs; the UCRT is part of Windows 10 and later).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT ferry)
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)

# The optional ftp:// handler component carries the icon its registration points at.
install(FILES "${FERRY_ICON_DIR}/ferry.ico" DESTINATION . COMPONENT ftp_handler)
