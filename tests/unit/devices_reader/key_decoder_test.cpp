#include "devices/reader/key_decoder.h"

#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "report_builder.h"

namespace kiosk::devices::reader {
namespace {

using test::release;
using test::report;

// Keypad usage of a digit: 0x59 is 1 ... 0x61 is 9, 0x62 is 0.
std::uint8_t keypad(char digit) { return digit == '0' ? 0x62 : static_cast<std::uint8_t>(0x59 + (digit - '1')); }

// The text of every Text event, and "<CR>"/"<TAB>"/"<?>" for the others.
std::string typed(HidKeyDecoder& decoder, const std::vector<HidReport>& reports) {
  std::string out;
  for (const HidReport& r : reports) {
    for (const KeyEvent& e : decoder.feed(r)) {
      switch (e.kind) {
        case KeyEvent::Kind::Text: out += e.text; break;
        case KeyEvent::Kind::Enter: out += "<CR>"; break;
        case KeyEvent::Kind::Tab: out += "<TAB>"; break;
        case KeyEvent::Kind::Other: out += "<?>"; break;
      }
    }
  }
  return out;
}

TEST(BootReport, OnlyEightBytesIsAReport) {
  const std::array<std::uint8_t, 8> good{0x02, 0, 0x04, 0x05, 0, 0, 0, 0};
  auto r = parseBootReport(good);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->modifiers, 0x02);
  EXPECT_EQ(r->keys[0], 0x04);
  EXPECT_EQ(r->keys[1], 0x05);
  const std::array<std::uint8_t, 9> withReportId{1, 0, 0, 4, 0, 0, 0, 0, 0};
  EXPECT_EQ(parseBootReport(withReportId).error().code, ErrorCode::InvalidData);
  EXPECT_FALSE(parseBootReport(std::span<const std::uint8_t>{}));
}

TEST(HidKeyDecoder, PressAndReleaseTypesOnce) {
  HidKeyDecoder d(HidLayout::Us);
  EXPECT_EQ(typed(d, {report(0, {0x1E}), release(), report(0, {0x1F}), release(), report(0, {0x28}), release()}),
            "12<CR>");
}

TEST(HidKeyDecoder, HeldKeyTypesOnceRepeatedKeyNeedsARelease) {
  HidKeyDecoder d(HidLayout::Us);
  // the same report twice (a held key, or the device repeating its report) is one press
  EXPECT_EQ(typed(d, {report(0, {0x04}), report(0, {0x04}), report(0, {0x04})}), "a");
  // "aa": press, release, press
  EXPECT_EQ(typed(d, {release(), report(0, {0x04}), release()}), "a");
  // "1100" the way readers send doubled digits
  EXPECT_EQ(typed(d, {report(0, {0x1E}), release(), report(0, {0x1E}), release(), report(0, {0x27}), release(),
                      report(0, {0x27}), release()}),
            "1100");
}

TEST(HidKeyDecoder, RolloverTypesOnlyTheNewKeysInSlotOrder) {
  HidKeyDecoder d(HidLayout::Us);
  // a held, b pressed, a released while b held, c pressed: "abc", no doubles
  EXPECT_EQ(typed(d, {report(0, {0x04}), report(0, {0x04, 0x05}), report(0, {0x05}), report(0, {0x05, 0x06}),
                      release()}),
            "abc");
  // two keys new in one report: slot order
  EXPECT_EQ(typed(d, {report(0, {0x07, 0x08}), release()}), "de");
  // a key moves to another slot while held: not a new press
  EXPECT_EQ(typed(d, {report(0, {0x09, 0x0A}), report(0, {0x0A, 0x09}), release()}), "fg");
  // a buggy device listing one key twice in a report
  EXPECT_EQ(typed(d, {report(0, {0x0B, 0x0B}), release()}), "h");
}

TEST(HidKeyDecoder, PhantomStateReportIsIgnored) {
  HidKeyDecoder d(HidLayout::Us);
  EXPECT_EQ(typed(d, {report(0, {0x04}), report(0, {1, 1, 1, 1, 1, 1}), report(0, {0x04, 0x05}), release()}), "ab");
}

TEST(HidKeyDecoder, ModifierInItsOwnReportAppliesToTheNextKey) {
  HidKeyDecoder d(HidLayout::It);
  // Shift down alone, then the key with Shift, then Shift released alone
  EXPECT_EQ(typed(d, {report(kLeftShift), report(kLeftShift, {0x2F}), report(kLeftShift), release()}), "é");
  // AltGr+ò = @ in Italian, right Alt held over the key
  EXPECT_EQ(typed(d, {report(kRightAlt), report(kRightAlt, {0x33}), release()}), "@");
  // Modifier released while the key is still held: no second character
  EXPECT_EQ(typed(d, {report(kLeftShift, {0x04}), report(0, {0x04}), release()}), "A");
}

TEST(HidKeyDecoder, ItalianEmailNeedsAltGr) {
  HidKeyDecoder d(HidLayout::It);
  const std::vector<HidReport> reports = {
      report(0, {0x10}), release(), report(0, {0x04}), release(),                  // "ma"
      report(kRightAlt, {0x33}), release(),                                        // "@"
      report(0, {0x06}), release(), report(0, {0x37}), release(),                  // "c."
      report(0, {0x0C}), release(), report(0, {0x17}), release(), report(0, {0x28}), release()};  // "it" Enter
  EXPECT_EQ(typed(d, reports), "ma@c.it<CR>");
}

TEST(HidKeyDecoder, TerminatorsAndControlKeys) {
  HidKeyDecoder d(HidLayout::Us);
  EXPECT_EQ(typed(d, {report(0, {0x58}), release(), report(0, {0x2B}), release(), report(0, {0x29}), release(),
                      report(0, {0x2A}), release(), report(kLeftCtrl, {0x19}), release(), report(kLeftAlt, {0x3D}),
                      release()}),
            "<CR><TAB><?><?><?><?>");
}

TEST(HidKeyDecoder, AltNumpadSequences) {
  HidKeyDecoder d(HidLayout::Us);
  // Alt down, each keypad digit pressed and released with Alt held, Alt up.
  auto altCode = [](std::string_view digits) {
    std::vector<HidReport> r{report(kLeftAlt)};
    for (char c : digits) {
      r.push_back(report(kLeftAlt, {keypad(c)}));
      r.push_back(report(kLeftAlt));
    }
    r.push_back(release());
    return r;
  };
  EXPECT_EQ(typed(d, altCode("65")), "A");
  EXPECT_EQ(typed(d, altCode("0233")), "é");  // leading 0: ANSI page
  EXPECT_EQ(typed(d, altCode("130")), "é");   // no leading 0: OEM page 437
  EXPECT_EQ(typed(d, altCode("138")), "è");
  EXPECT_EQ(typed(d, altCode("0164")), "¤");
  EXPECT_EQ(typed(d, altCode("0128")), "€");
  EXPECT_EQ(typed(d, altCode("13")), "<CR>");
  EXPECT_EQ(typed(d, altCode("27")), "<?>");   // Esc: not text
  EXPECT_EQ(typed(d, altCode("258")), "<?>");  // wraps to 2: a control code
  EXPECT_EQ(typed(d, altCode("0150")), "<?>"); // a C1 control in the ANSI range we do not map
  EXPECT_EQ(typed(d, altCode("99999999999")), "<?>");  // the code saturates instead of overflowing
  // Alt held across a non-digit: a shortcut, and no stray character afterwards
  EXPECT_EQ(typed(d, {report(kLeftAlt, {0x04}), release()}), "<?>");
  // the reader's "Alt 0 6 5" with the digits in a rollover
  EXPECT_EQ(typed(d, {report(kLeftAlt, {keypad('0')}), report(kLeftAlt, {keypad('0'), keypad('6')}),
                      report(kLeftAlt, {keypad('5')}), release()}),
            "A");
}

TEST(HidKeyDecoder, ResetForgetsHeldKeysAndHalfAltCodes) {
  HidKeyDecoder d(HidLayout::Us);
  EXPECT_EQ(typed(d, {report(0, {0x04})}), "a");
  EXPECT_EQ(typed(d, {report(kLeftAlt, {keypad('6')})}), "");
  d.reset();
  EXPECT_EQ(typed(d, {report(0, {0x04}), release()}), "a");  // after a replug the key is new
}

}  // namespace
}  // namespace kiosk::devices::reader
