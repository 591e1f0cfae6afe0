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

# Sanitizer builds: -DQIANYUE_SANITIZE=address,undefined (make sanitize).
# Applied to every target of the tree, tests included; a report aborts the
# program so no finding passes as a green test.
set(QIANYUE_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined (empty: none)")
if(QIANYUE_SANITIZE)
    add_compile_options(-fsanitize=${QIANYUE_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${QIANYUE_SANITIZE})
endif()

# Fuzzing: -DQIANYUE_FUZZ=ON with clang (make fuzz). The code under test gets
# libFuzzer's coverage hooks plus AddressSanitizer and UBSan; fuzz/ links the
# targets with libFuzzer's main.
if(QIANYUE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "QIANYUE_FUZZ needs clang (libFuzzer); configure with CXX=clang++-16 (see make fuzz).")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
    # libstdc++ 12 offers std::expected only when __cpp_concepts says 202002;
    # clang 16 implements what that needs (P0848) but still reports 201907.
    if(CMAKE_CXX_COMPILER_VERSION VERSION_LESS 19)
        add_compile_options(-Wno-builtin-macro-redefined -U__cpp_concepts -D__cpp_concepts=202002L)
    endif()
endif()
