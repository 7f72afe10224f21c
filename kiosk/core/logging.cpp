#include "kiosk/core/logging.h"

#include <vector>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace kiosk::core {

tl::expected<void, std::string> setupLogging(const LogOptions& options) {
  std::vector<spdlog::sink_ptr> sinks{std::make_shared<spdlog::sinks::stderr_sink_mt>()};
  std::string problem;
  if (!options.directory.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(options.directory, ec);
    try {
      sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
          (options.directory / "kiosk.log").string(), options.maxFileBytes, options.maxFiles));
    } catch (const spdlog::spdlog_ex& e) {
      problem = std::string("log file unavailable, logging to stderr only: ") + e.what();
    }
  }
  auto logger = std::make_shared<spdlog::logger>("kiosk", sinks.begin(), sinks.end());
  logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
  logger->set_level(spdlog::level::from_str(options.level));
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
  spdlog::flush_every(std::chrono::seconds(2));
  if (!problem.empty()) {
    spdlog::warn("{}", problem);
    return tl::unexpected(problem);
  }
  return {};
}

}  // namespace kiosk::core
