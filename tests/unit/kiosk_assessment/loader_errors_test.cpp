// The loader's problem reports. Each file in broken/ is one fixture file with mistakes: its
// "# replaces:" line names the fixture file it stands in for, and its "# expect:" lines (at the
// end, so they do not shift the lines above) are exactly the problems the loader must report.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "kiosk/assessment/loader.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

namespace fs = std::filesystem;

struct BrokenCase {
  fs::path file;
  std::string replaces;
  std::vector<std::string> expected;
};

BrokenCase readCase(const fs::path& file) {
  BrokenCase broken{file, {}, {}};
  std::istringstream text(test::readText(file));
  for (std::string line; std::getline(text, line);) {
    if (line.starts_with("# replaces: ")) broken.replaces = line.substr(12);
    if (line.starts_with("# expect: ")) broken.expected.push_back(line.substr(10));
  }
  return broken;
}

std::vector<BrokenCase> brokenCases() {
  std::vector<BrokenCase> cases;
  for (const auto& entry : fs::directory_iterator(test::kBroken)) {
    if (entry.path().extension() == ".toml") cases.push_back(readCase(entry.path()));
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.file < b.file; });
  return cases;
}

// The problems of loading `dir`, with the folder left out: "questionnaire.toml:12:3: ...".
std::vector<std::string> problemsIn(const kiosk::test::TempDir& dir) {
  const auto loaded = loadContent(dir.path());
  if (loaded) return {};
  std::vector<std::string> problems;
  const std::string prefix = dir.path().string() + "/";
  for (const std::string& problem : loaded.error())
    problems.push_back(problem.starts_with(prefix) ? problem.substr(prefix.size()) : problem);
  return problems;
}

std::vector<std::string> sorted(std::vector<std::string> lines) {
  std::sort(lines.begin(), lines.end());
  return lines;
}

TEST(LoaderErrors, TheFixtureItselfLoads) {
  kiosk::test::TempDir dir;
  test::copyFixture(dir);
  EXPECT_EQ(problemsIn(dir), std::vector<std::string>{});
}

TEST(LoaderErrors, EachBrokenFileGivesExactlyItsExpectedProblems) {
  const auto cases = brokenCases();
  ASSERT_GE(cases.size(), 10u);
  for (const BrokenCase& broken : cases) {
    SCOPED_TRACE(broken.file.filename().string());
    ASSERT_FALSE(broken.replaces.empty()) << "no '# replaces:' line";
    ASSERT_FALSE(broken.expected.empty()) << "no '# expect:' line";
    kiosk::test::TempDir dir;
    test::copyFixture(dir);
    fs::copy_file(broken.file, dir.path() / broken.replaces, fs::copy_options::overwrite_existing);
    EXPECT_EQ(sorted(problemsIn(dir)), sorted(broken.expected));
  }
}

TEST(LoaderErrors, ProblemsInSeveralFilesAreReportedTogether) {
  kiosk::test::TempDir dir;
  test::copyFixture(dir);
  std::vector<std::string> expected;
  for (const char* name : {"unknown-keys.toml", "missing-translations.toml", "levels-out-of-order.toml"}) {
    const BrokenCase broken = readCase(test::kBroken / name);
    fs::copy_file(broken.file, dir.path() / broken.replaces, fs::copy_options::overwrite_existing);
    expected.insert(expected.end(), broken.expected.begin(), broken.expected.end());
  }
  EXPECT_EQ(sorted(problemsIn(dir)), sorted(expected));
}

TEST(LoaderErrors, AMissingFileIsNamed) {
  kiosk::test::TempDir dir;
  test::copyFixture(dir);
  fs::remove(dir.path() / "services.toml");
  EXPECT_EQ(problemsIn(dir), std::vector<std::string>{"services.toml: file not found"});
}

TEST(LoaderErrors, AMissingTechnologyAreasFileIsNamed) {
  kiosk::test::TempDir dir;
  test::copyFixture(dir);
  fs::remove(dir.path() / "technology-areas.toml");
  const auto problems = problemsIn(dir);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.front(), "technology-areas.toml: file not found");
}

TEST(LoaderErrors, AnEmptyFolderNamesEveryFile) {
  kiosk::test::TempDir dir;
  const auto problems = problemsIn(dir);
  EXPECT_EQ(problems.size(), 6u);
  for (const std::string& problem : problems) EXPECT_NE(problem.find("file not found"), std::string::npos) << problem;
}

}  // namespace
}  // namespace kiosk::assessment
