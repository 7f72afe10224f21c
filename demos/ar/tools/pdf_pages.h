// writeImagePdf: a minimal PDF, one page per image at its physical size (JPEG inside, /DCTDecode),
// so staff can print the cards and the calibration board at 100% from any viewer. No PDF library
// in Debian's set we use; the format needed here is a few objects and an xref table.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <tl/expected.hpp>

namespace kiosk::demos::ar {

[[nodiscard]] tl::expected<void, std::string> writeImagePdf(const std::filesystem::path& file,
                                                           const std::vector<cv::Mat>& pages, double dpi);

}  // namespace kiosk::demos::ar
