#include "pdf_pages.h"

#include <fstream>
#include <sstream>

#include <opencv2/imgcodecs.hpp>

namespace kiosk::demos::ar {

tl::expected<void, std::string> writeImagePdf(const std::filesystem::path& file, const std::vector<cv::Mat>& pages,
                                              double dpi) {
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;  // of objects 1..n
  auto object = [&](const std::string& body) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  const int n = static_cast<int>(pages.size());
  // Objects: 1 catalog, 2 pages, then per page: page, image, contents.
  object("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (int i = 0; i < n; ++i) kids += std::to_string(3 + 3 * i) + " 0 R ";
  object("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
  for (int i = 0; i < n; ++i) {
    const cv::Mat& page = pages[static_cast<std::size_t>(i)];
    std::vector<std::uint8_t> jpeg;
    if (!cv::imencode(".jpg", page, jpeg, {cv::IMWRITE_JPEG_QUALITY, 95}))
      return tl::unexpected(std::string("cannot encode page ") + std::to_string(i + 1));
    const double w = page.cols * 72.0 / dpi;
    const double h = page.rows * 72.0 / dpi;
    std::ostringstream size;
    size.precision(6);
    size << std::fixed << w << " " << h;
    const int image = 4 + 3 * i;
    const int contents = 5 + 3 * i;
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + size.str() + "] /Resources << /XObject << /Im0 " +
           std::to_string(image) + " 0 R >> >> /Contents " + std::to_string(contents) + " 0 R >>");
    object("<< /Type /XObject /Subtype /Image /Width " + std::to_string(page.cols) + " /Height " +
           std::to_string(page.rows) + " /ColorSpace /" + (page.channels() == 1 ? "DeviceGray" : "DeviceRGB") +
           " /BitsPerComponent 8 /Filter /DCTDecode /Length " + std::to_string(jpeg.size()) + " >>\nstream\n" +
           std::string(jpeg.begin(), jpeg.end()) + "\nendstream");
    const std::string draw = "q " + std::to_string(w) + " 0 0 " + std::to_string(h) + " 0 0 cm /Im0 Do Q";
    object("<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw + "\nendstream");
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  std::ofstream out(file, std::ios::binary);
  if (!out.write(pdf.data(), static_cast<std::streamsize>(pdf.size())))
    return tl::unexpected(file.string() + ": cannot write");
  return {};
}

}  // namespace kiosk::demos::ar
