#include "devices/reader/hid_layout.h"

#include <gtest/gtest.h>

#include <string>

#include "devices/reader/hid_report.h"
#include "devices/reader/key_decoder.h"
#include "report_builder.h"

namespace kiosk::devices::reader {
namespace {

using test::release;
using test::report;

struct LayoutCase {
  HidLayout layout;
  std::uint8_t modifiers;
  std::uint8_t usage;
  const char* expected;  // "" = no character
};

std::string caseName(const testing::TestParamInfo<LayoutCase>& info) {
  const LayoutCase& c = info.param;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s_mod%02X_usage%02X", std::string(toString(c.layout)).c_str(), c.modifiers, c.usage);
  return buf;
}

class LayoutTable : public testing::TestWithParam<LayoutCase> {};

// Each case is typed as press + release through the decoder, so the table tests the whole path.
TEST_P(LayoutTable, KeyGivesCharacter) {
  const LayoutCase& c = GetParam();
  HidKeyDecoder decoder(c.layout);
  auto events = decoder.feed(report(c.modifiers, {c.usage}));
  EXPECT_TRUE(decoder.feed(release()).empty());
  ASSERT_EQ(events.size(), 1u);
  if (*c.expected == '\0') {
    EXPECT_EQ(events[0].kind, KeyEvent::Kind::Other);
  } else {
    EXPECT_EQ(events[0].kind, KeyEvent::Kind::Text);
    EXPECT_EQ(events[0].text, c.expected);
  }
}

constexpr std::uint8_t S = kLeftShift, RS = kRightShift, AG = kRightAlt, CA = kLeftCtrl | kLeftAlt;

INSTANTIATE_TEST_SUITE_P(Us, LayoutTable, testing::Values(
    LayoutCase{HidLayout::Us, 0, 0x04, "a"}, LayoutCase{HidLayout::Us, S, 0x04, "A"},
    LayoutCase{HidLayout::Us, RS, 0x1D, "Z"}, LayoutCase{HidLayout::Us, 0, 0x1E, "1"},
    LayoutCase{HidLayout::Us, 0, 0x27, "0"}, LayoutCase{HidLayout::Us, S, 0x1F, "@"},
    LayoutCase{HidLayout::Us, S, 0x20, "#"}, LayoutCase{HidLayout::Us, S, 0x1E, "!"},
    LayoutCase{HidLayout::Us, 0, 0x2D, "-"}, LayoutCase{HidLayout::Us, S, 0x2D, "_"},
    LayoutCase{HidLayout::Us, 0, 0x2E, "="}, LayoutCase{HidLayout::Us, S, 0x2E, "+"},
    LayoutCase{HidLayout::Us, 0, 0x33, ";"}, LayoutCase{HidLayout::Us, S, 0x33, ":"},
    LayoutCase{HidLayout::Us, 0, 0x34, "'"}, LayoutCase{HidLayout::Us, S, 0x34, "\""},
    LayoutCase{HidLayout::Us, 0, 0x37, "."}, LayoutCase{HidLayout::Us, 0, 0x38, "/"},
    LayoutCase{HidLayout::Us, S, 0x38, "?"}, LayoutCase{HidLayout::Us, 0, 0x2C, " "},
    LayoutCase{HidLayout::Us, 0, 0x59, "1"}, LayoutCase{HidLayout::Us, S, 0x62, "0"},  // keypad ignores Shift
    LayoutCase{HidLayout::Us, 0, 0x56, "-"}, LayoutCase{HidLayout::Us, 0, 0x63, "."},
    LayoutCase{HidLayout::Us, AG, 0x08, ""},   // US has no AltGr level
    LayoutCase{HidLayout::Us, 0, 0x3A, ""},    // F1
    LayoutCase{HidLayout::Us, 0, 0x4F, ""},    // right arrow
    LayoutCase{HidLayout::Us, kLeftCtrl, 0x06, ""},  // Ctrl+C is a shortcut, not "c"
    LayoutCase{HidLayout::Us, kLeftGui, 0x0F, ""}),   // Super+L
    caseName);

INSTANTIATE_TEST_SUITE_P(It, LayoutTable, testing::Values(
    LayoutCase{HidLayout::It, 0, 0x04, "a"}, LayoutCase{HidLayout::It, S, 0x1C, "Y"},  // no QWERTZ swap
    LayoutCase{HidLayout::It, 0, 0x1E, "1"}, LayoutCase{HidLayout::It, S, 0x1F, "\""},
    LayoutCase{HidLayout::It, S, 0x20, "£"}, LayoutCase{HidLayout::It, S, 0x24, "/"},
    LayoutCase{HidLayout::It, S, 0x27, "="}, LayoutCase{HidLayout::It, 0, 0x2D, "'"},
    LayoutCase{HidLayout::It, S, 0x2D, "?"}, LayoutCase{HidLayout::It, 0, 0x2E, "ì"},
    LayoutCase{HidLayout::It, S, 0x2E, "^"}, LayoutCase{HidLayout::It, 0, 0x2F, "è"},
    LayoutCase{HidLayout::It, S, 0x2F, "é"}, LayoutCase{HidLayout::It, 0, 0x30, "+"},
    LayoutCase{HidLayout::It, S, 0x30, "*"}, LayoutCase{HidLayout::It, 0, 0x33, "ò"},
    LayoutCase{HidLayout::It, S, 0x33, "ç"}, LayoutCase{HidLayout::It, 0, 0x34, "à"},
    LayoutCase{HidLayout::It, S, 0x34, "°"}, LayoutCase{HidLayout::It, 0, 0x31, "ù"},
    LayoutCase{HidLayout::It, 0, 0x32, "ù"}, LayoutCase{HidLayout::It, S, 0x32, "§"},
    LayoutCase{HidLayout::It, 0, 0x35, "\\"}, LayoutCase{HidLayout::It, S, 0x35, "|"},
    LayoutCase{HidLayout::It, 0, 0x36, ","}, LayoutCase{HidLayout::It, S, 0x36, ";"},
    LayoutCase{HidLayout::It, S, 0x37, ":"}, LayoutCase{HidLayout::It, 0, 0x38, "-"},
    LayoutCase{HidLayout::It, S, 0x38, "_"}, LayoutCase{HidLayout::It, 0, 0x64, "<"},
    LayoutCase{HidLayout::It, S, 0x64, ">"},
    // AltGr (right Alt) and Ctrl+Alt, as Windows treats it
    LayoutCase{HidLayout::It, AG, 0x33, "@"}, LayoutCase{HidLayout::It, CA, 0x33, "@"},
    LayoutCase{HidLayout::It, AG, 0x34, "#"}, LayoutCase{HidLayout::It, AG, 0x2F, "["},
    LayoutCase{HidLayout::It, AG, 0x30, "]"}, LayoutCase{HidLayout::It, AG | S, 0x2F, "{"},
    LayoutCase{HidLayout::It, AG | S, 0x30, "}"}, LayoutCase{HidLayout::It, AG, 0x08, "€"},
    LayoutCase{HidLayout::It, AG, 0x22, "€"}, LayoutCase{HidLayout::It, AG, 0x04, ""},
    LayoutCase{HidLayout::It, AG, 0x59, ""}),
    caseName);

// The same usages mean different text: what "123-356" looks like when the layouts do not match.
TEST(HidLayout, SymbolsShiftBetweenLayouts) {
  EXPECT_EQ(keyText(HidLayout::Us, 0x2D, {}), "-");
  EXPECT_EQ(keyText(HidLayout::It, 0x2D, {}), "'");
  EXPECT_EQ(keyText(HidLayout::It, 0x38, {}), "-");
  EXPECT_EQ(keyText(HidLayout::Us, 0x38, {}), "/");
  EXPECT_EQ(keyText(HidLayout::Us, 0x1F, {true, false}), "@");
  EXPECT_EQ(keyText(HidLayout::It, 0x1F, {true, false}), "\"");
}

TEST(HidLayout, NamesRoundTripAndTyposAreRefused) {
  EXPECT_EQ(parseHidLayout("us"), HidLayout::Us);
  EXPECT_EQ(parseHidLayout("it"), HidLayout::It);
  EXPECT_EQ(parseHidLayout("IT"), std::nullopt);
  EXPECT_EQ(parseHidLayout("de"), std::nullopt);
  EXPECT_EQ(toString(HidLayout::It), "it");
}

TEST(HidLayout, EveryUsageIsSafeOnEveryLevel) {
  for (HidLayout layout : {HidLayout::Us, HidLayout::It}) {
    for (int usage = 0; usage < 256; ++usage) {
      for (int level = 0; level < 4; ++level) {
        const auto text = keyText(layout, static_cast<std::uint8_t>(usage), KeyLevel{(level & 1) != 0, (level & 2) != 0});
        for (unsigned char c : text) EXPECT_GE(c, 0x20) << "usage " << usage;  // never a control byte
      }
    }
  }
}

}  // namespace
}  // namespace kiosk::devices::reader
