// Checks over the real assets/ and kiosk/ sources: the files the kiosk ships with load,
// both languages say the same things, and every translation key the code uses exists.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "kiosk/core/config.h"
#include "kiosk/core/technology_areas.h"
#include "kiosk/core/translator.h"

namespace kiosk::core {
namespace {

namespace fs = std::filesystem;

const fs::path kAssets = KIOSK_ASSETS_DIR;
const fs::path kSources = fs::path(KIOSK_SOURCE_DIR) / "kiosk";

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += "\n  " + line;
  return out;
}

const Translator& shippedTranslator() {
  static const Translator translator = [] {
    auto loaded = Translator::load(kAssets / "i18n", {"it", "en"});
    if (!loaded) throw std::runtime_error("assets/i18n does not load:" + joined(loaded.error()));
    return std::move(*loaded);
  }();
  return translator;
}

std::set<std::string> keysOf(const Translator::Table& table) {
  std::set<std::string> keys;
  for (const auto& [key, text] : table) keys.insert(key);
  return keys;
}

std::set<std::string> placeholdersIn(const std::string& text) {
  static const std::regex placeholder(R"(\{[A-Za-z0-9_]+\})");
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it) {
    out.insert(it->str());
  }
  return out;
}

TEST(ShippedAssets, BothLanguageFilesLoad) {
  const auto translator = Translator::load(kAssets / "i18n", {"it", "en"});
  ASSERT_TRUE(translator) << joined(translator.error());
  EXPECT_GT(translator->table("it").size(), 50u);
}

TEST(ShippedAssets, ItalianAndEnglishHaveTheSameKeys) {
  const Translator& t = shippedTranslator();
  const std::set<std::string> it = keysOf(t.table("it"));
  const std::set<std::string> en = keysOf(t.table("en"));
  std::vector<std::string> missingInEn;
  std::vector<std::string> missingInIt;
  std::set_difference(it.begin(), it.end(), en.begin(), en.end(), std::back_inserter(missingInEn));
  std::set_difference(en.begin(), en.end(), it.begin(), it.end(), std::back_inserter(missingInIt));
  EXPECT_TRUE(missingInEn.empty()) << "keys in it.toml missing from en.toml:" << joined(missingInEn);
  EXPECT_TRUE(missingInIt.empty()) << "keys in en.toml missing from it.toml:" << joined(missingInIt);
}

TEST(ShippedAssets, NoTranslationIsEmpty) {
  const Translator& t = shippedTranslator();
  for (const std::string language : {"it", "en"}) {
    for (const auto& [key, text] : t.table(language)) EXPECT_FALSE(text.empty()) << language << ": " << key;
  }
}

TEST(ShippedAssets, PlaceholdersMatchAcrossLanguages) {
  // A {seconds} only one language has would show the raw placeholder, or lose the number.
  const Translator& t = shippedTranslator();
  const Translator::Table& it = t.table("it");
  const Translator::Table& en = t.table("en");
  int withPlaceholders = 0;
  for (const auto& [key, itText] : it) {
    const auto enText = en.find(key);
    if (enText == en.end()) continue;  // reported by ItalianAndEnglishHaveTheSameKeys
    const auto itSet = placeholdersIn(itText);
    const auto enSet = placeholdersIn(enText->second);
    if (!itSet.empty()) ++withPlaceholders;
    EXPECT_EQ(itSet, enSet) << key << "\n  it: " << itText << "\n  en: " << enText->second;
  }
  EXPECT_GT(withPlaceholders, 0) << "the placeholder pattern matched nothing: is the check still working?";
}

TEST(ShippedAssets, KioskConfigLoads) {
  const auto config = loadConfig(kAssets / "config" / "kiosk.toml");
  ASSERT_TRUE(config) << joined(config.error());
  EXPECT_TRUE(fs::equivalent(config->assetsDir, kAssets)) << config->assetsDir;
  EXPECT_FALSE(config->staff.pinHash.empty());
  // Every configured language has its table.
  for (const std::string& language : config->languages) {
    EXPECT_TRUE(fs::is_regular_file(config->assetsDir / "i18n" / (language + ".toml"))) << language;
  }
}

TEST(ShippedAssets, TechnologyAreasLoadForItalianAndEnglish) {
  const auto areas = loadTechnologyAreas(kAssets / "content" / "technology-areas.toml", {"it", "en"});
  ASSERT_TRUE(areas) << joined(areas.error());
  ASSERT_FALSE(areas->empty());
  std::set<std::string> ids;
  for (const TechnologyArea& area : *areas) {
    ids.insert(area.id);
    EXPECT_FALSE(area.icon.empty()) << area.id;
    for (const std::string language : {"it", "en"}) {
      EXPECT_FALSE(localized(area.title, language).empty()) << area.id << " " << language;
      EXPECT_FALSE(localized(area.summary, language).empty()) << area.id << " " << language;
    }
  }
  EXPECT_EQ(ids.size(), areas->size());
}

// --- translation keys used in the code -----------------------------------------------------

struct SourceFile {
  fs::path path;
  std::string text;
};

std::vector<SourceFile> kioskSources() {
  std::vector<SourceFile> files;
  for (const auto& entry : fs::recursive_directory_iterator(kSources)) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".h")) continue;
    std::ifstream in(entry.path());
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({entry.path(), text.str()});
  }
  return files;
}

// Where a key is used, for the failure message: "kiosk/ui/screens/home_screen.cpp:47".
std::string where(const SourceFile& file, std::ptrdiff_t offset) {
  const auto line = 1 + std::count(file.text.begin(), file.text.begin() + offset, '\n');
  return file.path.lexically_relative(KIOSK_SOURCE_DIR).string() + ":" + std::to_string(line);
}

TEST(TranslationKeysInCode, EveryLiteralTrOrFormatKeyExists) {
  const auto& it = shippedTranslator().table("it");
  // tr("...") with any literal; format("...") only with a key-shaped literal, so a
  // std::format("{} s", ...) elsewhere is not mistaken for a lookup.
  const std::regex trCall(R"(\btr\(\s*"((?:[^"\\]|\\.)*)\")");
  const std::regex formatCall(R"(\bformat\(\s*"([a-z0-9_]+(?:\.[a-z0-9_]+)+)\")");
  std::vector<std::string> missing;
  int found = 0;
  for (const SourceFile& file : kioskSources()) {
    for (const std::regex* re : {&trCall, &formatCall}) {
      for (auto m = std::sregex_iterator(file.text.begin(), file.text.end(), *re); m != std::sregex_iterator(); ++m) {
        ++found;
        const std::string key = (*m)[1].str();
        if (!it.contains(key)) missing.push_back(where(file, m->position(0)) + ": " + key);
      }
    }
  }
  EXPECT_TRUE(missing.empty()) << "keys used in code but missing from it.toml:" << joined(missing);
  EXPECT_GT(found, 30) << "the scan found almost no tr()/format() calls: is it still looking in the right place?";
}

// Screens keep i18n keys in tables ({..., "home.demos"}, {"staff.kiosk_id", ...}) and build
// "<prefix>.title"/"<prefix>.text" at run time, or number them: "contact.step" + std::to_string(i + 1).
// In kiosk/ui every key-shaped literal whose first part is a section of it.toml must therefore be
// a key, a "<prefix>" with .title and .text, or a numbered prefix whose first entry exists.
TEST(TranslationKeysInCode, EveryKeyOrPrefixLiteralInTheUiExists) {
  const auto& it = shippedTranslator().table("it");
  std::set<std::string> sections;
  for (const auto& [key, text] : it) sections.insert(key.substr(0, key.find('.')));

  const std::regex keyLiteral(R"("([a-z_]+)((?:\.[a-z0-9_]+)+)\"(\s*\+\s*std::to_string\()?)");
  std::vector<std::string> missing;
  std::set<std::string> prefixes;
  int found = 0;
  for (const SourceFile& file : kioskSources()) {
    if (file.path.lexically_relative(kSources).begin()->string() != "ui") continue;
    for (auto m = std::sregex_iterator(file.text.begin(), file.text.end(), keyLiteral); m != std::sregex_iterator(); ++m) {
      if (!sections.contains((*m)[1].str())) continue;
      ++found;
      const std::string literal = (*m)[1].str() + (*m)[2].str();
      const bool numbered = (*m)[3].matched;
      const std::string prefix = numbered ? literal + "1" : literal;
      if (!numbered && it.contains(literal)) continue;
      prefixes.insert(prefix);
      std::string absent;
      for (const char* part : {".title", ".text"}) {
        if (!it.contains(prefix + part)) absent += " " + prefix + part;
      }
      if (absent.empty()) continue;
      missing.push_back(where(file, m->position(0)) + ": \"" + literal + "\"" +
                        (numbered ? " + number: missing" : " is not a key, nor a prefix: missing") + absent);
    }
  }
  EXPECT_TRUE(missing.empty()) << "keys built from literals in kiosk/ui but missing from it.toml:" << joined(missing);
  // The tile, slide and demo tables must have been seen, or the scan is looking at nothing.
  for (const char* expected : {"home.assessment", "attract.welcome", "demos.printer", "assessment.dimension1"}) {
    EXPECT_TRUE(prefixes.contains(expected)) << "prefix " << expected << " not found in kiosk/ui";
  }
  EXPECT_GT(found, 30);
}

}  // namespace
}  // namespace kiosk::core
