// PrintJob: a G-code file reduced to what goes on the wire, with the layer each line belongs to
// (from the slicer's ";LAYER:n" comments) for the progress display.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "devices/core/error.h"

namespace kiosk::devices::marlin {

struct JobLine {
  std::string command;      // sanitized: no comment, trimmed, never empty
  int layer = 0;            // 0 before the first ";LAYER:" marker, then 1, 2, ...
  std::size_t sourceLine = 0;  // 1-based line in the file, for error messages
};

struct PrintJob {
  std::string name;
  std::vector<JobLine> lines;
  int layerCount = 0;
  std::size_t fileBytes = 0;
  std::optional<double> slicerEstimateS;  // Cura ";TIME:<s>"
};

[[nodiscard]] PrintJob parsePrintJob(std::string name, std::string_view text);
// Refuses files above `maxBytes` before reading them.
[[nodiscard]] Result<PrintJob> loadPrintJob(const std::filesystem::path& file, std::size_t maxBytes);

}  // namespace kiosk::devices::marlin
