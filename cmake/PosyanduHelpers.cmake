# SPDX-License-Identifier: GPL-3.0-or-later
# Settings every target of ours gets, so no target drifts from the house rules.
function(posyandu_apply_common_settings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror=switch)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# posyandu_add_test(NAME SOURCES file.cpp... LIBS lib... [ENV VAR=value...] [WRAPPER cmd...] [LABELS l...])
# One executable per test class. Offscreen platform unless ENV overrides it,
# asserts forced on, and the test data folder passed as a define.
function(posyandu_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;ENV;WRAPPER;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    posyandu_apply_common_settings(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS
        POSYANDU_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENV}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
