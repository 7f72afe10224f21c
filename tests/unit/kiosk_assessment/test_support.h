// Shared by the kiosk_assessment tests: where the fixture and the shipped content are, loading
// them with a readable failure, and copies of the fixture to break or tweak.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"
#include "kiosk/assessment/loader.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::assessment::test {

namespace fs = std::filesystem;
using kiosk::test::TempDir;

inline const fs::path kFixture = fs::path(KIOSK_SOURCE_DIR) / "tests/unit/kiosk_assessment/fixture";
inline const fs::path kBroken = fs::path(KIOSK_SOURCE_DIR) / "tests/unit/kiosk_assessment/broken";
inline const fs::path kShipped = fs::path(KIOSK_ASSETS_DIR) / "assessment";
inline const fs::path kWorkedExample = fs::path(KIOSK_SOURCE_DIR) / "tests/assessment/worked-example.json";

inline std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += "\n  " + line;
  return out;
}

inline std::string readText(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline Content loadOrThrow(const fs::path& folder) {
  auto content = loadContent(folder);
  if (!content) throw std::runtime_error(folder.string() + " does not load:" + joined(content.error()));
  return std::move(*content);
}

inline const Content& fixture() {
  static const Content content = loadOrThrow(kFixture);
  return content;
}

inline const Content& shipped() {
  static const Content content = loadOrThrow(kShipped);
  return content;
}

// The fixture's files copied into `dir`.
inline void copyFixture(const TempDir& dir) {
  for (const auto& entry : fs::directory_iterator(kFixture))
    fs::copy_file(entry.path(), dir.path() / entry.path().filename());
}

// The fixture with one textual edit in one file (the text must be there, exactly once).
inline Content tweakedFixture(const TempDir& dir, const std::string& file, const std::string& from,
                              const std::string& to) {
  copyFixture(dir);
  std::string text = readText(dir.path() / file);
  const auto at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos)
    throw std::runtime_error("'" + from + "' is not in " + file + " exactly once");
  text.replace(at, from.size(), to);
  dir.write(file, text);
  return loadOrThrow(dir.path());
}

// The answer with the highest (best) or lowest score; profile questions get their first option.
inline Answer extremeAnswer(const Question& question, bool best) {
  const auto better = [&](const Option& a, const Option& b) {
    return best ? a.score.value_or(0) > b.score.value_or(0) : a.score.value_or(0) < b.score.value_or(0);
  };
  const Option* pick = &question.options.front();
  for (const Option& option : question.options) {
    if (better(option, *pick)) pick = &option;
  }
  if (question.isProfile()) return Answer::choose(question.options.front().id);
  if (question.type == QuestionType::Matrix) {
    std::map<std::string, std::string, std::less<>> rows;
    for (const Row& row : question.rows) rows[row.id] = pick->id;
    return Answer::grid(rows);
  }
  if (question.type == QuestionType::Multi && best) {
    std::vector<std::string> all;
    for (const Option& option : question.options) {
      if (!option.exclusive) all.push_back(option.id);
    }
    return Answer::chooseMany(all);
  }
  return Answer::choose(pick->id);
}

}  // namespace kiosk::assessment::test
