#include "kiosk/core/translator.h"

#include <string>

#include <gtest/gtest.h>

#include "tests/unit/temp_dir.h"

namespace kiosk::core {
namespace {

std::string joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& e : errors) out += "\n  " + e;
  return out;
}

class TranslatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir.write("it.toml", R"toml(
[greet]
hello = "Ciao"
only_it = "Solo in italiano"

[idle]
countdown = "Tra {seconds} secondi ({seconds} s)"

[staff.pin]
title = "Accesso staff"
)toml");
    m_dir.write("en.toml", R"toml(
[greet]
hello = "Hello"

[idle]
countdown = "In {seconds} seconds ({seconds} s)"

[staff.pin]
title = "Staff access"
)toml");
  }

  Translator load() {
    auto translator = Translator::load(m_dir.path(), {"it", "en"});
    if (!translator) throw std::runtime_error("load failed:" + joined(translator.error()));
    return std::move(*translator);
  }

  test::TempDir m_dir;
};

TEST_F(TranslatorTest, FirstLanguageIsTheDefaultAndTheCurrent) {
  const Translator t = load();
  EXPECT_EQ(t.defaultLanguage(), "it");
  EXPECT_EQ(t.language(), "it");
  EXPECT_EQ(t.languages(), (std::vector<std::string>{"it", "en"}));
  EXPECT_STREQ(t.tr("greet.hello"), "Ciao");
}

TEST_F(TranslatorTest, NestedTablesBecomeDottedKeys) {
  Translator t = load();
  EXPECT_STREQ(t.tr("staff.pin.title"), "Accesso staff");
  t.setLanguage("en");
  EXPECT_STREQ(t.tr("staff.pin.title"), "Staff access");
  EXPECT_EQ(t.table("en").size(), 3u);
  EXPECT_EQ(t.table("it").size(), 4u);
}

TEST_F(TranslatorTest, SetLanguageSwitchesTables) {
  Translator t = load();
  t.setLanguage("en");
  EXPECT_EQ(t.language(), "en");
  EXPECT_STREQ(t.tr("greet.hello"), "Hello");
  t.setLanguage("it");
  EXPECT_STREQ(t.tr("greet.hello"), "Ciao");
}

TEST_F(TranslatorTest, UnknownLanguageIsIgnored) {
  Translator t = load();
  t.setLanguage("en");
  t.setLanguage("fr");
  EXPECT_EQ(t.language(), "en");
  EXPECT_STREQ(t.tr("greet.hello"), "Hello");
  // table() of an unknown language is the default one, never out of range.
  EXPECT_EQ(&t.table("fr"), &t.table("it"));
}

TEST_F(TranslatorTest, MissingKeyFallsBackToTheDefaultLanguage) {
  Translator t = load();
  t.setLanguage("en");
  EXPECT_STREQ(t.tr("greet.only_it"), "Solo in italiano");
  EXPECT_STREQ(t.tr("greet.only_it"), "Solo in italiano");  // second lookup (already reported) too
}

TEST_F(TranslatorTest, KeyMissingEverywhereShowsTheKeyItself) {
  Translator t = load();
  const char* first = t.tr("nowhere.to_be_found");
  EXPECT_STREQ(first, "nowhere.to_be_found");
  t.setLanguage("en");
  const char* second = t.tr("nowhere.to_be_found");
  EXPECT_STREQ(second, "nowhere.to_be_found");
  // ImGui keeps the pointer for the frame: it must stay valid, not point into a temporary.
  EXPECT_EQ(first, second);
  (void)t.tr("another.missing_key");
  EXPECT_STREQ(first, "nowhere.to_be_found");
}

TEST_F(TranslatorTest, FormatReplacesEveryOccurrenceOfAPlaceholder) {
  Translator t = load();
  EXPECT_EQ(t.format("idle.countdown", {{"seconds", "15"}}), "Tra 15 secondi (15 s)");
  t.setLanguage("en");
  EXPECT_EQ(t.format("idle.countdown", {{"seconds", "9"}}), "In 9 seconds (9 s)");
}

TEST_F(TranslatorTest, FormatLeavesUnknownPlaceholdersAndDoesNotReexpandValues) {
  const Translator t = load();
  EXPECT_EQ(t.format("idle.countdown", {}), "Tra {seconds} secondi ({seconds} s)");
  EXPECT_EQ(t.format("idle.countdown", {{"minutes", "2"}}), "Tra {seconds} secondi ({seconds} s)");
  // A value that contains the placeholder must not loop forever or be expanded again.
  EXPECT_EQ(t.format("idle.countdown", {{"seconds", "{seconds}"}}), "Tra {seconds} secondi ({seconds} s)");
  EXPECT_EQ(t.format("idle.countdown", {{"seconds", "x{seconds}x"}}), "Tra x{seconds}x secondi (x{seconds}x s)");
}

TEST_F(TranslatorTest, FormatOfAMissingKeyFormatsTheKey) {
  const Translator t = load();
  EXPECT_EQ(t.format("missing.key", {{"seconds", "1"}}), "missing.key");
}

TEST_F(TranslatorTest, MissingLanguageFileIsAnError) {
  const auto t = Translator::load(m_dir.path(), {"it", "de"});
  ASSERT_FALSE(t);
  ASSERT_EQ(t.error().size(), 1u) << joined(t.error());
  EXPECT_NE(t.error()[0].find("de.toml"), std::string::npos) << t.error()[0];
}

TEST_F(TranslatorTest, NoLanguagesIsAnError) {
  const auto t = Translator::load(m_dir.path(), {});
  ASSERT_FALSE(t);
  EXPECT_NE(joined(t.error()).find("no languages"), std::string::npos) << joined(t.error());
}

TEST_F(TranslatorTest, NonStringValueIsReportedWithItsPosition) {
  const auto file = m_dir.write("xx.toml", "[a]\nok = \"fine\"\ncount = 3\n");
  const auto t = Translator::load(m_dir.path(), {"xx"});
  ASSERT_FALSE(t);
  ASSERT_EQ(t.error().size(), 1u) << joined(t.error());
  EXPECT_EQ(t.error()[0].rfind(file.string() + ":3:", 0), 0u) << t.error()[0];
  EXPECT_NE(t.error()[0].find("a.count must be a string"), std::string::npos) << t.error()[0];
}

TEST_F(TranslatorTest, SyntaxErrorIsReportedWithItsLine) {
  const auto file = m_dir.write("xx.toml", "[a]\nok = \"fine\"\nbroken = \n");
  const auto t = Translator::load(m_dir.path(), {"xx"});
  ASSERT_FALSE(t);
  ASSERT_EQ(t.error().size(), 1u) << joined(t.error());
  EXPECT_EQ(t.error()[0].rfind(file.string() + ":3:", 0), 0u) << t.error()[0];
}

}  // namespace
}  // namespace kiosk::core
