#include "kiosk/app/media_service.h"

#include <spdlog/spdlog.h>

namespace kiosk::app {

MediaContentOptions mediaContentOptions(const core::Config& config, const core::KioskState& state) {
  MediaContentOptions options;
  options.manifest = config.media.manifest;
  options.thumbnails = config.media.thumbnails;
  options.rules.languages = config.languages;
  for (const core::TechnologyArea& area : state.technologyAreas) options.rules.areas.push_back(area.id);
  for (const core::Sector& sector : state.leads.content.sectors) options.rules.sectors.push_back(sector.code);
  return options;
}

MediaReport loadMediaContent(const MediaContentOptions& options) {
  MediaReport report;
  auto catalog = media::loadManifest(options.manifest, options.rules);
  if (!catalog) {
    spdlog::error("media: {} (no videos until it is fixed)", catalog.error());
    report.problems.push_back(catalog.error());
    return report;
  }
  report.thumbnails = media::prepareThumbnails(*catalog, options.thumbnails);
  for (const std::string& problem : catalog->problems) spdlog::error("media: {}", problem);
  spdlog::info("media: {} items from {} ({} thumbnails made, {} cached, {} problems)", catalog->items.size(),
               options.manifest.string(), report.thumbnails.made, report.thumbnails.cached, catalog->problems.size());
  report.problems = catalog->problems;
  report.catalog = std::make_shared<const media::Catalog>(std::move(*catalog));
  return report;
}

MediaService::MediaService(MediaContentOptions options, std::function<void(MediaReport)> report,
                           devices::StatusSink sink)
    : Worker("media", std::move(sink)), m_options(std::move(options)), m_report(std::move(report)) {}

MediaService::~MediaService() { stop(); }

void MediaService::reload() {
  {
    std::lock_guard lock(m_mutex);
    m_reloadRequested = true;
  }
  m_wake.notify_one();
}

void MediaService::run(std::stop_token stop) {
  while (!stop.stop_requested()) {
    {
      std::unique_lock lock(m_mutex);
      if (!m_wake.wait(lock, stop, [this] { return m_reloadRequested; })) return;
      m_reloadRequested = false;
    }
    publish(devices::WorkerState::Starting, "reading the media content");
    MediaReport report = loadMediaContent(m_options);
    const std::size_t items = report.catalog ? report.catalog->items.size() : 0;
    const std::string detail = std::to_string(items) + " items, " + std::to_string(report.problems.size()) + " warnings";
    publish(report.catalog ? (report.problems.empty() ? devices::WorkerState::Running : devices::WorkerState::Degraded)
                           : devices::WorkerState::Failed,
            detail);
    if (m_report) m_report(std::move(report));
  }
}

}  // namespace kiosk::app
