#include "devices/marlin/print_job.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

#include "devices/marlin/gcode_text.h"

namespace kiosk::devices::marlin {

PrintJob parsePrintJob(std::string name, std::string_view text) {
  PrintJob job;
  job.name = std::move(name);
  job.fileBytes = text.size();
  int layer = 0;
  std::size_t lineNo = 0;
  while (!text.empty()) {
    const auto eol = text.find('\n');
    const std::string_view raw = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
    ++lineNo;
    if (raw.substr(0, 7) == ";LAYER:") {
      layer = ++job.layerCount;
      continue;
    }
    if (raw.substr(0, 6) == ";TIME:") {
      job.slicerEstimateS = std::atof(std::string(raw.substr(6)).c_str());
      continue;
    }
    if (auto command = sanitizeGcodeLine(raw)) job.lines.push_back(JobLine{std::move(*command), layer, lineNo});
  }
  return job;
}

Result<PrintJob> loadPrintJob(const std::filesystem::path& file, std::size_t maxBytes) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) return fail(ErrorCode::NotFound, file.string() + ": " + ec.message());
  if (size > maxBytes) {
    return fail(ErrorCode::InvalidData, file.filename().string() + " is " + std::to_string(size) +
                                            " bytes, more than the limit of " + std::to_string(maxBytes));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(ErrorCode::Io, "cannot read " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  return parsePrintJob(file.filename().string(), text.str());
}

}  // namespace kiosk::devices::marlin
