#include "devices/reader/evdev_report_builder.h"

#include <linux/input-event-codes.h>

#include <gtest/gtest.h>

#include "devices/reader/evdev_keymap.h"
#include "devices/reader/key_decoder.h"

namespace kiosk::devices::reader {
namespace {

TEST(EvdevKeymap, CodesBackToUsages) {
  EXPECT_EQ(hidKeyForEvdev(KEY_A)->usage, 0x04);
  EXPECT_EQ(hidKeyForEvdev(KEY_Z)->usage, 0x1D);
  EXPECT_EQ(hidKeyForEvdev(KEY_1)->usage, 0x1E);
  EXPECT_EQ(hidKeyForEvdev(KEY_0)->usage, 0x27);
  EXPECT_EQ(hidKeyForEvdev(KEY_ENTER)->usage, kUsageEnter);
  EXPECT_EQ(hidKeyForEvdev(KEY_KPENTER)->usage, kUsageKeypadEnter);
  EXPECT_EQ(hidKeyForEvdev(KEY_KP0)->usage, 0x62);
  EXPECT_EQ(hidKeyForEvdev(KEY_102ND)->usage, 0x64);
  EXPECT_EQ(hidKeyForEvdev(KEY_RIGHTALT)->modifier, kRightAlt);
  EXPECT_EQ(hidKeyForEvdev(KEY_LEFTSHIFT)->modifier, kLeftShift);
  EXPECT_EQ(hidKeyForEvdev(KEY_VOLUMEUP), std::nullopt);
}

// What the kernel reports for an Italian reader typing "A@1" + Enter, through the builder and decoder.
TEST(EvdevReportBuilder, KeyEventsBecomeReportsTheDecoderReads) {
  EvdevReportBuilder b;
  HidKeyDecoder d(HidLayout::It);
  std::string typed;
  const auto event = [&](int code, int value) { b.key(code, value); };
  const auto syn = [&] {
    if (auto r = b.sync()) {
      for (const KeyEvent& k : d.feed(*r)) typed += k.kind == KeyEvent::Kind::Text ? k.text : "<" + std::to_string(static_cast<int>(k.kind)) + ">";
    }
  };
  event(KEY_LEFTSHIFT, 1), syn();
  event(KEY_A, 1), syn();
  event(KEY_A, 2), syn();  // autorepeat: nothing new
  event(KEY_A, 0), event(KEY_LEFTSHIFT, 0), syn();
  event(KEY_RIGHTALT, 1), event(KEY_SEMICOLON, 1), syn();  // AltGr + ò
  event(KEY_SEMICOLON, 0), event(KEY_RIGHTALT, 0), syn();
  event(KEY_1, 1), syn();
  event(KEY_ENTER, 1), syn();  // rollover: 1 still held
  event(KEY_1, 0), syn();
  event(KEY_ENTER, 0), syn();
  EXPECT_EQ(typed, "A@1<1>");  // Kind::Enter == 1
  EXPECT_EQ(b.sync(), std::nullopt);  // nothing changed since
}

TEST(EvdevReportBuilder, PressOrderSixKeyLimitAndUnmappedKeys) {
  EvdevReportBuilder b;
  for (int code : {KEY_A, KEY_B, KEY_C, KEY_D, KEY_E, KEY_F, KEY_G}) b.key(code, 1);
  auto r = b.sync();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->keys, (std::array<std::uint8_t, 6>{0x04, 0x05, 0x06, 0x07, 0x08, 0x09}));  // G not reported
  b.key(KEY_B, 0);
  r = b.sync();
  EXPECT_EQ(r->keys, (std::array<std::uint8_t, 6>{0x04, 0x06, 0x07, 0x08, 0x09, 0}));
  b.reset();
  b.key(KEY_VOLUMEUP, 1);
  r = b.sync();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->keys[0], kUsageUnmapped);
  HidKeyDecoder d(HidLayout::Us);
  EXPECT_EQ(d.feed(*r).at(0).kind, KeyEvent::Kind::Other);
}

}  // namespace
}  // namespace kiosk::devices::reader
