// The decoder on seeded synthetic 720p camera frames: printed badge QRs (vCards with accents, MECARD, ids)
// and product barcodes, warped, blurred, noised and JPEG-compressed. The rate threshold sits a little below
// what this seed gives (printed), so a regression in the decoder or its charset handling fails; time is
// printed, not asserted (qr-bench compares it with OpenCV).
#include <chrono>
#include <cstdio>

#include <gtest/gtest.h>

#include "devices/barcode/barcode_decoder.h"
#include "firmware-host/qr-bench/barcode_scenes.h"

namespace kiosk::devices::barcode {
namespace {

constexpr double kMinRate = 0.85;  // this seed gives 36/40 (90 %): QR 30/30, 1D 6/10 (motion blur along the bars)

TEST(GeneratedFrames, DecodeRateOnTheSeededSetAndNothingWrong) {
  scenes::SceneOptions options;
  options.count = 48;
  options.emptyShare = 0.15;
  const auto frames = scenes::generateScenes(options);
  const BarcodeDecoder decoder;
  int withCode = 0, exact = 0, wrong = 0, falsePositives = 0, qr = 0, qrExact = 0;
  double totalMs = 0;
  for (const auto& scene : frames) {
    const auto start = std::chrono::steady_clock::now();
    const auto codes = decoder.decode({scene.gray.data, scene.gray.cols, scene.gray.rows, static_cast<int>(scene.gray.step)});
    totalMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(codes);
    if (scene.kind == scenes::CodeKind::None) {
      falsePositives += static_cast<int>(codes->size());
      continue;
    }
    ++withCode;
    if (scene.kind == scenes::CodeKind::Qr) ++qr;
    bool found = false;
    for (const DecodedCode& code : *codes) {
      if (code.text == scene.expected) {
        found = true;
      } else {
        ++wrong;
      }
    }
    if (found) {
      ++exact;
      if (scene.kind == scenes::CodeKind::Qr) ++qrExact;
    }
  }
  std::printf("generated 720p frames: %d/%d decoded exactly (QR %d/%d), %d wrong, %d false positives, %.2f ms/frame\n",
              exact, withCode, qrExact, qr, wrong, falsePositives, totalMs / static_cast<double>(frames.size()));
  ASSERT_GT(withCode, 30);
  EXPECT_GE(static_cast<double>(exact) / withCode, kMinRate);
  EXPECT_EQ(wrong, 0) << "a misread is worse than no read: it would fill the form with someone else's data";
  EXPECT_EQ(falsePositives, 0);
}

}  // namespace
}  // namespace kiosk::devices::barcode
