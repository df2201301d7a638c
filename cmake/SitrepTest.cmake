# sitrep_add_test(NAME name SOURCES a.cc b.cc LIBS lib...)
# One GoogleTest executable per stage; every TEST becomes a CTest case.
# SITREP_SHARED_DIR points tests at ../shared (seeds, eval) when it exists;
# tests that need it skip with a visible message when it is absent.
function(sitrep_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} sitrep_testing GTest::gtest_main)
  # Paths reach the tests as compile definitions of sitrep_testing (see
  # tests/CMakeLists.txt): gtest_discover_tests splits an ENVIRONMENT list.
  gtest_discover_tests(${T_NAME} DISCOVERY_TIMEOUT 60)
endfunction()
