// BarcodeDecoder: clean codes, charsets, bad frames.
#include "devices/barcode/barcode_decoder.h"

#include <gtest/gtest.h>

#include "firmware-host/qr-bench/barcode_scenes.h"

namespace kiosk::devices::barcode {
namespace {

std::vector<DecodedCode> decodeMat(const cv::Mat& gray, DecoderOptions options = {}) {
  auto codes = BarcodeDecoder(options).decode({gray.data, gray.cols, gray.rows, static_cast<int>(gray.step)});
  EXPECT_TRUE(codes) << (codes ? "" : codes.error().message);
  return codes ? *codes : std::vector<DecodedCode>{};
}

TEST(BarcodeDecoder, AnAccentedVCardComesBackByteForByte) {
  const std::string vcard = scenes::badgePayloads().front();
  ASSERT_NE(vcard.find("Niccolò"), std::string::npos);
  const auto codes = decodeMat(scenes::renderQr(vcard, 4));
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0].symbology, Symbology::QrCode);
  EXPECT_EQ(codes[0].text, vcard);
  EXPECT_LT(codes[0].corners[0].x, codes[0].corners[2].x);
}

TEST(BarcodeDecoder, QrOnlyIgnoresOneDCodesAndTheOtherWayRound) {
  const cv::Mat qr = scenes::renderQr("SB4711-2026-PID-0042", 6);
  DecoderOptions linearOnly;
  linearOnly.qr = false;
  EXPECT_TRUE(decodeMat(qr, linearOnly).empty());
  DecoderOptions none;
  none.qr = false;
  none.linear = false;
  EXPECT_FALSE(BarcodeDecoder(none).decode({qr.data, qr.cols, qr.rows, 0}));
}

TEST(BarcodeDecoder, ByteModeIsUtf8WhenValidElseLatin1) {
  EXPECT_EQ(bytesToUtf8("Niccol\xc3\xb2"), "Niccolò");
  EXPECT_EQ(bytesToUtf8("Niccol\xf2"), "Niccolò");  // ISO-8859-1 ò
  EXPECT_EQ(bytesToUtf8("\xc0\xaf"), "\xc3\x80\xc2\xaf");  // an overlong UTF-8 '/' is not UTF-8: "À¯"
  EXPECT_EQ(bytesToUtf8(""), "");
}

TEST(BarcodeDecoder, BadFramesAreErrorsNotCrashes) {
  const std::uint8_t pixels[16] = {};
  const BarcodeDecoder decoder;
  EXPECT_FALSE(decoder.decode({nullptr, 4, 4, 4}));
  EXPECT_FALSE(decoder.decode({pixels, 0, 4, 4}));
  EXPECT_FALSE(decoder.decode({pixels, 4, 4, 3}));       // stride shorter than a row
  EXPECT_FALSE(decoder.decode({pixels, 100000, 1, 0}));  // absurd size
  const auto blank = decoder.decode({pixels, 4, 4, 4});
  ASSERT_TRUE(blank);
  EXPECT_TRUE(blank->empty());
}

TEST(BarcodeDecoder, TooLongACodeIsDroppedNotTruncated) {
  const std::string vcard = scenes::badgePayloads().front();
  DecoderOptions small;
  small.maxTextBytes = 64;
  EXPECT_TRUE(decodeMat(scenes::renderQr(vcard, 4), small).empty());
}

}  // namespace
}  // namespace kiosk::devices::barcode
