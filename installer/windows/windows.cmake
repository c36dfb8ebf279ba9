# Windows: a WiX (MSI) installer whose texts are in English and Japanese (WiX cultures).
# Build on Windows with Qt 6 for MSVC:  cmake --preset release && cmake --build --preset release
#                                     && cpack --config build/release/CPackConfig.cmake -G WIX
set(CPACK_GENERATOR "WIX")
set(CPACK_WIX_UPGRADE_GUID "6E0F8B8C-3C1A-4E43-9C2B-7B0A3F4E5D21")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/bounce-navigator.ico")
# The installer texts follow the culture: en-US by default; -D CPACK_WIX_CULTURES=ja-JP builds the Japanese MSI.
set(CPACK_WIX_CULTURES "en-US" CACHE STRING "WiX culture of the installer texts (en-US or ja-JP)")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Bounce Navigator")
# windeployqt copies the Qt libraries, plugins and qtbase_ja translations beside the executables.
qt_generate_deploy_app_script(TARGET bounce-navigator
    OUTPUT_SCRIPT bn_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${bn_deploy_script})
