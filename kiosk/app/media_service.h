// MediaService: reads the media manifest and makes the library thumbnails on its own thread
// (decoding video to check and thumbnail it must never stall the UI), at start and whenever
// staff ask for a reload. Each result goes to the UI as one MediaReport.
#pragma once

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "devices/core/worker.h"
#include "kiosk/core/config.h"
#include "kiosk/core/kiosk_state.h"
#include "kiosk/media/manifest_loader.h"
#include "kiosk/media/thumbnailer.h"

namespace kiosk::app {

struct MediaReport {
  std::shared_ptr<const media::Catalog> catalog;  // null when the manifest could not be read at all
  std::vector<std::string> problems;              // every message, fatal one included
  media::ThumbnailStats thumbnails;
};

struct MediaContentOptions {
  std::filesystem::path manifest;
  std::filesystem::path thumbnails;
  media::ManifestRules rules;
};

// Known areas, sectors and languages from the loaded content and config.
[[nodiscard]] MediaContentOptions mediaContentOptions(const core::Config& config, const core::KioskState& state);
// Loads the manifest and prepares the thumbnails (slow: worker thread, or before the first frame of a screenshot).
[[nodiscard]] MediaReport loadMediaContent(const MediaContentOptions& options);

class MediaService final : public devices::Worker {
 public:
  MediaService(MediaContentOptions options, std::function<void(MediaReport)> report, devices::StatusSink sink);
  ~MediaService() override;

  // Thread-safe: the worker reads the content again as soon as it can.
  void reload();

 private:
  void run(std::stop_token stop) override;

  MediaContentOptions m_options;
  std::function<void(MediaReport)> m_report;
  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  bool m_reloadRequested = true;  // the first load
};

}  // namespace kiosk::app
