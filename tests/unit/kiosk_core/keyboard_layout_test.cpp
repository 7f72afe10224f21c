#include "kiosk/core/keyboard_layout.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace kiosk::core;

namespace {

const Key& find(const std::vector<KeyRow>& rows, std::string_view text) {
  for (const KeyRow& row : rows) {
    for (const Key& key : row) {
      if (key.text == text) return key;
    }
  }
  throw std::runtime_error("no key " + std::string(text));
}

bool has(const std::vector<KeyRow>& rows, std::string_view text) {
  return std::any_of(rows.begin(), rows.end(), [&](const KeyRow& row) {
    return std::any_of(row.begin(), row.end(), [&](const Key& key) { return key.text == text; });
  });
}

}  // namespace

TEST(KeyboardLayout, ItalianLettersHaveTheAccentedVowelsOnTheirOwnKeys) {
  const auto& rows = keyboardRows("it", KeyboardMode::Text, KeyboardPage::Letters);
  for (const char* vowel : {"à", "è", "ì", "ò", "ù"}) EXPECT_TRUE(has(rows, vowel)) << vowel;
  EXPECT_EQ(find(rows, "è").shifted, "é");
  EXPECT_EQ(find(rows, "à").shifted, "À") << "shift capitalises accented vowels";
}

TEST(KeyboardLayout, EveryTextLayoutReachesTheItalianAccentsOnTheSymbolsPage) {
  const auto& symbols = keyboardRows("en", KeyboardMode::Text, KeyboardPage::Symbols);
  for (const char* vowel : {"à", "è", "é", "ì", "ò", "ù"}) EXPECT_TRUE(has(symbols, vowel)) << vowel;
  EXPECT_TRUE(has(keyboardRows("en", KeyboardMode::Text, KeyboardPage::Letters), "àé?"));
}

TEST(KeyboardLayout, EmailHasTheAddressRowAndNoShiftOrSpace) {
  for (const char* language : {"it", "en"}) {
    const auto& rows = keyboardRows(language, KeyboardMode::Email, KeyboardPage::Letters);
    for (const char* key : {"@", ".", ".it", ".com", "backspace", "next"}) EXPECT_TRUE(has(rows, key)) << key;
    EXPECT_FALSE(has(rows, "shift"));
    EXPECT_FALSE(has(rows, "space"));
  }
}

TEST(KeyboardLayout, PhoneIsANumericPadWithPlus) {
  const auto& rows = keyboardRows("it", KeyboardMode::Phone, KeyboardPage::Letters);
  for (const char* key : {"0", "1", "9", "+", "backspace", "next"}) EXPECT_TRUE(has(rows, key)) << key;
  EXPECT_FALSE(has(rows, "a"));
}

TEST(KeyboardLayout, UnknownLanguageGetsTheEnglishLayout) {
  EXPECT_EQ(&keyboardRows("de", KeyboardMode::Text, KeyboardPage::Letters),
            &keyboardRows("en", KeyboardMode::Text, KeyboardPage::Letters));
}

TEST(KeyboardTyping, ShiftIsOneShot) {
  const auto& rows = keyboardRows("it", KeyboardMode::Text, KeyboardPage::Letters);
  KeyboardTyping typing;
  std::string value;
  typing.press(find(rows, "shift"), value);
  typing.press(find(rows, "n"), value);
  typing.press(find(rows, "i"), value);
  typing.press(find(rows, "c"), value);
  EXPECT_EQ(value, "Nic");
  EXPECT_FALSE(typing.shift());
}

TEST(KeyboardTyping, BackspaceRemovesAWholeAccentedLetter) {
  const auto& rows = keyboardRows("it", KeyboardMode::Text, KeyboardPage::Letters);
  KeyboardTyping typing;
  std::string value = "Nicol";
  typing.press(find(rows, "ò"), value);
  EXPECT_EQ(value, "Nicolò");
  typing.press(find(rows, "backspace"), value);
  EXPECT_EQ(value, "Nicol");
  std::string empty;
  typing.press(find(rows, "backspace"), empty);
  EXPECT_EQ(empty, "");
}

TEST(KeyboardTyping, LengthIsCappedInCodePointsNotBytes) {
  const auto& rows = keyboardRows("it", KeyboardMode::Text, KeyboardPage::Letters);
  KeyboardTyping typing(3);
  std::string value;
  for (int i = 0; i < 5; ++i) typing.press(find(rows, "à"), value);
  EXPECT_EQ(value, "ààà");
  typing.press(find(rows, "space"), value);
  EXPECT_EQ(value, "ààà");
}

TEST(KeyboardTyping, MultiCharacterKeysTypeWhole) {
  const auto& rows = keyboardRows("en", KeyboardMode::Email, KeyboardPage::Letters);
  KeyboardTyping typing;
  std::string value = "info@acme";
  typing.press(find(rows, ".com"), value);
  EXPECT_EQ(value, "info@acme.com");
}

TEST(Utf8, LengthCountsCodePoints) {
  EXPECT_EQ(utf8Length(""), 0u);
  EXPECT_EQ(utf8Length("àéì"), 3u);
  EXPECT_EQ(utf8Length("a€b"), 3u);
}
