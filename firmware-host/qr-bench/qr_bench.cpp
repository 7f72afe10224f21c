// qr-bench: decode rate and time per 720p frame of our barcode decoder (devices/barcode, ZXing-cpp) on the
// seeded synthetic badge/product frames, side by side with OpenCV's QRCodeDetector on the same QR frames.
// A benchmark, not a test: it prints figures and asserts nothing. Single thread, CPU only.
//   build/bin/qr-bench [--frames N] [--seed S] [--no-opencv]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/objdetect.hpp>

#include "devices/barcode/barcode_decoder.h"
#include "firmware-host/qr-bench/barcode_scenes.h"

namespace {

using Clock = std::chrono::steady_clock;
using kiosk::scenes::CodeKind;

struct Figures {
  int frames = 0, exact = 0, wrong = 0, falsePositives = 0, empties = 0;
  std::vector<double> ms;

  void print(const char* name) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.empty() ? 0.0 : ms[static_cast<std::size_t>(q * double(ms.size() - 1))]; };
    double mean = 0;
    for (double v : ms) mean += v;
    mean /= std::max<std::size_t>(ms.size(), 1);
    const int withCode = frames - empties;
    std::printf("%-38s %6.1f%% (%3d/%3d) %6d %6d %9.2f %9.2f %9.2f\n", name, withCode ? 100.0 * exact / withCode : 0.0,
                exact, withCode, wrong, falsePositives, at(0.5), at(0.95), mean);
  }
};

template <typename Decode>
Figures run(const std::vector<kiosk::scenes::Scene>& scenes, bool qrOnly, Decode decode) {
  Figures f;
  for (const auto& scene : scenes) {
    if (qrOnly && scene.kind != CodeKind::Qr && scene.kind != CodeKind::None) continue;
    ++f.frames;
    if (scene.kind == CodeKind::None) ++f.empties;
    const auto start = Clock::now();
    const std::vector<std::string> texts = decode(scene.gray);
    f.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    bool found = false;
    for (const std::string& text : texts) {
      if (scene.kind == CodeKind::None) {
        ++f.falsePositives;
      } else if (text == scene.expected) {
        found = true;
      } else {
        ++f.wrong;
      }
    }
    if (found) ++f.exact;
  }
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  kiosk::scenes::SceneOptions options;
  options.count = 200;
  options.emptyShare = 0.1;
  bool withOpenCv = true;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--frames") && i + 1 < argc) options.count = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) options.seed = static_cast<std::uint32_t>(std::atoll(argv[++i]));
    else if (!std::strcmp(argv[i], "--no-opencv")) withOpenCv = false;
    else {
      std::fprintf(stderr, "usage: qr-bench [--frames N] [--seed S] [--no-opencv]\n");
      return 2;
    }
  }
  cv::setNumThreads(1);
  cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);  // no warning per frame
  std::printf("qr-bench: a benchmark (CPU-heavy for a few seconds), single thread, %dx%d frames, seed %u\n",
              options.width, options.height, options.seed);
  const auto scenes = kiosk::scenes::generateScenes(options);
  int qr = 0, linear = 0, empty = 0;
  for (const auto& s : scenes) (s.kind == CodeKind::Qr ? qr : s.kind == CodeKind::None ? empty : linear)++;
  std::printf("frames: %d (QR badges %d: vCard 3.0 with accents, MECARD, ids; 1D EAN-13/Code 128 %d; empty %d)\n\n",
              static_cast<int>(scenes.size()), qr, linear, empty);
  std::printf("%-38s %21s %6s %6s %9s %9s %9s\n", "decoder", "exact decodes", "wrong", "FP", "median ms", "p95 ms",
              "mean ms");

  using kiosk::devices::barcode::BarcodeDecoder;
  using kiosk::devices::barcode::DecoderOptions;
  auto ours = [](DecoderOptions o) {
    return [decoder = BarcodeDecoder(o)](const cv::Mat& gray) {
      std::vector<std::string> texts;
      auto codes = decoder.decode({gray.data, gray.cols, gray.rows, static_cast<int>(gray.step)});
      if (codes) {
        for (auto& code : *codes) texts.push_back(std::move(code.text));
      }
      return texts;
    };
  };
  DecoderOptions all;
  DecoderOptions qrOnly;
  qrOnly.linear = false;
  run(scenes, false, ours(all)).print("ZXing-cpp, QR + 1D (our decoder)");
  run(scenes, true, ours(qrOnly)).print("ZXing-cpp, QR only, QR frames");
  DecoderOptions harder = qrOnly;
  harder.tryHarder = true;
  run(scenes, true, ours(harder)).print("ZXing-cpp, QR only, tryHarder");
  if (withOpenCv) {
    cv::QRCodeDetector detector;
    int detected = 0;
    auto opencv = [&](const cv::Mat& gray) {
      std::vector<std::string> texts;
      cv::Mat points;
      std::string text;
      try {
        text = detector.detectAndDecode(gray, points);
      } catch (const cv::Exception&) {
        text.clear();
      }
      if (!points.empty()) ++detected;
      if (!text.empty()) texts.push_back(text);
      return texts;
    };
    // Debian's build prints "Library QUIRC is not linked" on every call, past OpenCV's logger: mute it.
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1), savedErr = ::dup(2), devNull = ::open("/dev/null", O_WRONLY);
    ::dup2(devNull, 1);
    ::dup2(devNull, 2);
    Figures figures = run(scenes, true, opencv);
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    ::close(devNull);
    ::close(savedOut);
    ::close(savedErr);
    figures.print("OpenCV " CV_VERSION " QRCodeDetector");
    std::printf("  (OpenCV located a QR in %d frames; Debian's 4.6 is built without QUIRC, so it decodes none)\n",
                detected);
  }
  std::printf("\nexact: the decoded text equals the payload byte for byte (accents included); wrong: any other text;\n"
              "FP: codes reported on empty frames; times per 1280x720 frame.\n");
  return 0;
}
