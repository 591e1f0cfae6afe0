# Settings every Qianyue target shares: link qianyue_common instead of
# repeating them per target.
add_library(qianyue_common INTERFACE)

target_compile_features(qianyue_common INTERFACE cxx_std_23)
target_compile_options(qianyue_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
target_compile_definitions(qianyue_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QIANYUE_VERSION="${PROJECT_VERSION}")
# Includes are spelled from the repository root ("core/store/Database.h"),
# so a reader always knows which layer a header belongs to.
target_include_directories(qianyue_common INTERFACE ${PROJECT_SOURCE_DIR})

# Registers a folder's sources for lupdate (see translations/CMakeLists.txt).
function(qianyue_add_tr_sources)
    foreach(source IN LISTS ARGN)
        get_filename_component(absolute "${source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        set_property(GLOBAL APPEND PROPERTY QIANYUE_TR_SOURCES "${absolute}")
    endforeach()
endfunction()
