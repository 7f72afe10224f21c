#include "kiosk/core/toml_file.h"

#include <gtest/gtest.h>

#include "tests/unit/temp_dir.h"

namespace kiosk::core {
namespace {

TEST(TomlFile, DescribeAtIsFileLineColumnMessage) {
  toml::source_region where{};
  where.begin = {12, 7};
  where.end = {12, 9};
  EXPECT_EQ(describeAt("/etc/pid-kiosk/kiosk.toml", where, "something is off"),
            "/etc/pid-kiosk/kiosk.toml:12:7: something is off");
}

TEST(TomlFile, ParsesAValidFile) {
  test::TempDir dir;
  const auto file = dir.write("ok.toml", "[a]\nb = 3\n");
  const auto parsed = parseTomlFile(file);
  ASSERT_TRUE(parsed) << parsed.error();
  EXPECT_EQ(parsed->at_path("a.b").value<int>(), 3);
  // Nodes remember where they came from, for later "file:line:column" messages.
  EXPECT_EQ(parsed->at_path("a.b").node()->source().begin.line, 2u);
}

TEST(TomlFile, MissingFileOrFolderIsNotFound) {
  test::TempDir dir;
  const auto missing = parseTomlFile(dir.path() / "absent.toml");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error(), (dir.path() / "absent.toml").string() + ": file not found");
  const auto folder = parseTomlFile(dir.path());
  ASSERT_FALSE(folder);
  EXPECT_NE(folder.error().find("file not found"), std::string::npos);
}

TEST(TomlFile, ParseErrorIsAValueWithItsPosition) {
  test::TempDir dir;
  const auto file = dir.write("bad.toml", "a = 1\nb = 2\nb = 3\n");  // duplicate key on line 3
  const auto parsed = parseTomlFile(file);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().rfind(file.string() + ":3:", 0), 0u) << parsed.error();
}

}  // namespace
}  // namespace kiosk::core
