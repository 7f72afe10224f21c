#include "devices/reader/reader_ids.h"

#include <gtest/gtest.h>

namespace kiosk::devices::reader {
namespace {

TEST(ReaderIds, ParsesTheConfigListAndRefusesTypos) {
  auto ids = parseReaderIds("16c0:27db, 0C2E:0204\t05e0:1200,16c0:27db");
  ASSERT_TRUE(ids);
  ASSERT_EQ(ids->size(), 3u);  // the duplicate is dropped
  EXPECT_EQ((*ids)[1], (ReaderId{0x0c2e, 0x0204}));
  EXPECT_EQ(toString((*ids)[0]), "16c0:27db");
  EXPECT_TRUE(isListed(*ids, 0x05e0, 0x1200));
  EXPECT_FALSE(isListed(*ids, 0x05e0, 0x1900));
  EXPECT_TRUE(parseReaderIds("")->empty());
  for (const char* bad : {"16c0", "16c0:", "16c0:27dbx", "g6c0:27db", "16c0-27db", "12345:1"}) {
    auto r = parseReaderIds(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::InvalidData);
    EXPECT_NE(r.error().message.find(bad), std::string::npos);
  }
}

TEST(ReaderIds, OnlyBootKeyboardInterfacesAreDecoded) {
  EXPECT_TRUE(isBootKeyboard(3, 1, 1));
  EXPECT_FALSE(isBootKeyboard(3, 0, 0));  // vendor HID (Sycreader reader/writer)
  EXPECT_FALSE(isBootKeyboard(3, 1, 2));  // boot mouse
  EXPECT_FALSE(isBootKeyboard(2, 2, 1));  // CDC-ACM
}

}  // namespace
}  // namespace kiosk::devices::reader
