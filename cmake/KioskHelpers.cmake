# kiosk_add_library / kiosk_add_executable / kiosk_add_test: one place for warnings,
# sanitizers and include roots, so every module target is built the same way.
include_guard(GLOBAL)

add_library(kiosk_build_flags INTERFACE)
target_compile_options(kiosk_build_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${KIOSK_WERROR}>:-Werror>)
if(KIOSK_SANITIZERS)
  target_compile_options(kiosk_build_flags INTERFACE
    -fsanitize=${KIOSK_SANITIZERS} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(kiosk_build_flags INTERFACE -fsanitize=${KIOSK_SANITIZERS})
endif()
# Fuzzing: every library gets libFuzzer's coverage instrumentation; the targets link the driver.
if(KIOSK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KIOSK_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
  endif()
  target_compile_options(kiosk_build_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()

# Headers are included by their path from the repository root: "devices/core/mailbox.h".
function(kiosk_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE kiosk_build_flags ${ARG_PRIVATE_LIBS})
endfunction()

function(kiosk_add_executable name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE kiosk_build_flags ${ARG_LIBS})
endfunction()

# A GoogleTest binary test_<name>, registered in CTest as "<name>" with label "unit".
function(kiosk_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(test_${name} ${ARG_SOURCES})
  set_target_properties(test_${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin/tests)
  target_link_libraries(test_${name} PRIVATE kiosk_build_flags GTest::gtest GTest::gtest_main ${ARG_LIBS})
  target_compile_definitions(test_${name} PRIVATE
    KIOSK_SOURCE_DIR="${PROJECT_SOURCE_DIR}" KIOSK_ASSETS_DIR="${PROJECT_SOURCE_DIR}/assets")
  add_test(NAME ${name} COMMAND test_${name})
  set_tests_properties(${name} PROPERTIES LABELS unit TIMEOUT 120)
endfunction()
