// KioskApp's media part: the content worker (manifest + thumbnails), the libmpv player and the
// routing of its SDL events. Kept apart from kiosk_app.cpp so each concern stays small.
#include <spdlog/spdlog.h>

#include "kiosk/app/kiosk_app.h"

namespace kiosk::app {

void KioskApp::startMedia() {
  core::MediaDesk& desk = m_state.media;
  desk.audio = m_config.media.audio;
  desk.volume = m_config.media.volume;
  desk.texture = [this](const std::filesystem::path& file) { return m_textures.get(file); };
  const MediaContentOptions content = mediaContentOptions(m_config, m_state);
  if (m_options.shotFile) {
    // A screenshot shows posters and thumbnails, never a video frame whose timing varies:
    // no player, and the content is read before the first frame.
    apply(loadMediaContent(content));
    return;
  }
  platform::MpvPlayerOptions options;
  options.audio = m_config.media.audio;
  options.volume = m_config.media.volume;
  options.attractMuted = m_config.media.attractMuted;
  options.hwdec = m_config.media.hwdec;
  if (auto player = platform::MpvPlayer::create(options)) {
    m_player = std::move(*player);
    desk.player = m_player.get();
  } else {
    // No video, but the kiosk runs: the attract loop falls back to its slides.
    spdlog::error("media: video player unavailable: {}", player.error());
    desk.addProblem("video player unavailable: " + player.error());
  }
  auto sink = [this](devices::WorkerStatus status) { m_mailbox.post(AppEvent{std::move(status)}); };
  auto service = std::make_unique<MediaService>(
      content, [this](MediaReport report) { m_mailbox.post(AppEvent{std::move(report)}); }, sink);
  m_mediaService = service.get();
  desk.loading = true;
  desk.reload = [this] {
    m_state.media.loading = true;
    m_mediaService->reload();
  };
  desk.audioChanged = [this] {
    if (m_player) m_player->setAudio(m_state.media.audio, m_state.media.volume);
    spdlog::info("media: staff set sound {} at volume {}", m_state.media.audio ? "on" : "off", m_state.media.volume);
  };
  m_workers.push_back(std::move(service));
}

void KioskApp::apply(MediaReport report) {
  core::MediaDesk& desk = m_state.media;
  desk.loading = false;
  // A manifest that cannot be read at all keeps the last good content on screen.
  if (report.catalog) desk.catalog = std::move(report.catalog);
  desk.problems.clear();
  for (const std::string& problem : report.problems) desk.addProblem(problem);
  ++desk.revision;
  m_pacer.requestFrames(1);
}

bool KioskApp::handlePlayerEvent(const SDL_Event& event, Clock::time_point now) {
  if (!m_player || !m_player->handleEvent(event)) return false;
  if (m_player->frameDue()) m_pacer.requestFrames(1);
  for (const std::string& problem : m_player->takeProblems()) {
    m_state.media.addProblem(problem);
    if (m_nav.current().isStaffOnly()) m_pacer.requestFrames(1);
  }
  // Someone watching a video in the library is there, even without touching.
  const media::PlayerView& view = m_player->view();
  if (m_nav.currentId() == ui::ScreenId::LibraryPlayer && view.hasFrame && !view.paused && !view.ended) {
    m_idle.activity(now);
  }
  return true;
}

bool KioskApp::videoPlaying() const {
  if (!m_player) return false;
  const media::PlayerView& view = m_player->view();
  return view.hasFrame && !view.paused && !view.ended && !view.failed;
}

bool KioskApp::videoOnlyBusy() const {
  SDL_Event events[128];
  const int count = SDL_PeepEvents(events, 128, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT);
  for (int i = 0; i < count; ++i) {
    if (!m_player->ownsEvent(events[i])) return false;
  }
  return count < 128 && !m_pointer.hasPendingInput() && !m_nav.hasPending() && !m_pendingShot;
}

}  // namespace kiosk::app
