# macOS: an application bundle in a drag-and-drop disk image, with macdeployqt.
# Build on macOS with Qt 6:  cmake --preset release && cmake --build --preset release
#                          && cpack --config build/release/CPackConfig.cmake -G DragNDrop
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Bounce Navigator")
set_target_properties(bounce-navigator PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_BUNDLE_NAME "Bounce Navigator"
    MACOSX_BUNDLE_GUI_IDENTIFIER "net.bouncenavigator.BounceNavigator"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    # Declares English and Japanese (CFBundleLocalizations) so macOS shows Qt's Japanese dialogs.
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in")
# macdeployqt copies the Qt frameworks and plugins into the bundle.
qt_generate_deploy_app_script(TARGET bounce-navigator
    OUTPUT_SCRIPT bn_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${bn_deploy_script})
