// Synthetic camera frames for the barcode decoder: a printed code (a badge QR or a product's 1D code)
// seen by a kiosk camera at 1280x720: perspective, any rotation, blur, uneven light, sensor noise, JPEG,
// and a cluttered background; plus empty frames for false positives. Seeded, so a test run is repeatable.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace kiosk::scenes {

enum class CodeKind { None, Qr, Ean13, Code128 };

struct Scene {
  cv::Mat gray;          // CV_8UC1, width x height
  CodeKind kind = CodeKind::None;
  std::string expected;  // the exact UTF-8 text a decoder must return ("" for an empty frame)
  int codeSidePx = 0;    // the code's size on screen (QR side, 1D width)
};

struct SceneOptions {
  int width = 1280;
  int height = 720;
  std::uint32_t seed = 20261130;
  int count = 40;
  double qrShare = 0.75;     // the rest are 1D codes
  double emptyShare = 0.0;   // frames with no code at all
  bool jpeg = true;
};

// The badge payloads the QR scenes use: vCards 3.0 with Italian accents (UTF-8), a MECARD, opaque ids.
[[nodiscard]] const std::vector<std::string>& badgePayloads();

[[nodiscard]] std::vector<Scene> generateScenes(const SceneOptions& options);

// A clean, upright QR of `text` (byte mode, level M) at `modulePx` per module with a 4-module quiet zone.
[[nodiscard]] cv::Mat renderQr(const std::string& text, int modulePx);

}  // namespace kiosk::scenes
