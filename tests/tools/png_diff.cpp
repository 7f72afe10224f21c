// png-diff: compares a screenshot with its golden image. A pixel differs when a channel
// differs by more than --tolerance; the test fails when more than --max-pixels differ.
// Writes a highlight image (differences in red) to --diff for the CI log to keep.
#include <iostream>

#include <CLI/CLI.hpp>

#include "kiosk/core/rgba_image.h"

int main(int argc, char** argv) {
  CLI::App cli{"Compare a PNG with its golden image"};
  std::string expectedFile, actualFile, diffFile;
  int tolerance = 8;
  long long maxPixels = 0;
  cli.add_option("expected", expectedFile)->required();
  cli.add_option("actual", actualFile)->required();
  cli.add_option("--tolerance", tolerance, "Per-channel difference still counted as equal");
  cli.add_option("--max-pixels", maxPixels, "Differing pixels allowed");
  cli.add_option("--diff", diffFile, "Write the highlight image here when they differ");
  CLI11_PARSE(cli, argc, argv);

  auto expected = kiosk::core::readPng(expectedFile);
  auto actual = kiosk::core::readPng(actualFile);
  if (!expected || !actual) {
    std::cerr << "png-diff: " << (!expected ? expected.error() : actual.error()) << "\n";
    return 2;
  }
  auto diff = kiosk::core::compareImages(*expected, *actual, tolerance);
  if (!diff) {
    std::cerr << "png-diff: " << diff.error() << "\n";
    return 1;
  }
  std::cout << "png-diff: " << diff->differingPixels << " pixels differ (allowed " << maxPixels
            << "), max channel delta " << diff->maxChannelDelta << "\n";
  if (diff->differingPixels <= maxPixels) return 0;
  if (!diffFile.empty()) {
    if (auto written = kiosk::core::writePng(diffFile, diff->highlight); written) std::cout << "diff: " << diffFile << "\n";
  }
  return 1;
}
