// MpvPlayer: libmpv (render API) playing into our own FBO, which the screens draw inside the
// ImGui UI. The rules of the render API are kept here in one place:
//  - mpv's wakeup and update callbacks only push an SDL event (any thread); all mpv work runs on
//    the UI thread when that event arrives (handleEvent), never inside a callback;
//  - every update callback is answered with mpv_render_context_update (ADVANCED_CONTROL requires it);
//  - commands are asynchronous only: a synchronous call on the render thread can deadlock;
//  - the video is rendered before ImGui (which restores the GL state it needs), and every
//    swap is reported.
// Create and destroy it with the GL context current.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <SDL.h>
#include <tl/expected.hpp>

#include "kiosk/media/player_control.h"

struct mpv_handle;
struct mpv_render_context;

namespace kiosk::platform {

struct MpvPlayerOptions {
  bool audio = true;           // false: no audio output at all (ao=null)
  int volume = 80;             // 0..100
  bool attractMuted = true;    // the attract loop plays without sound
  std::string hwdec = "auto-safe";
  // mpv's prefetch-playlist opens the next entry early. In libmpv 0.35 it grows RSS by ~30 KiB per
  // transition (media-soak with SOAK_PREFETCH=yes: +65 MiB over 2,000), so it is off: local files
  // open fast enough for a gapless change without it (tests/media measures the gap).
  bool prefetch = false;
  std::chrono::milliseconds fade{600};  // cross-fade between items; 0 = cut
};

class MpvPlayer final : public media::PlayerControl {
 public:
  using Clock = std::chrono::steady_clock;

  [[nodiscard]] static tl::expected<std::unique_ptr<MpvPlayer>, std::string> create(const MpvPlayerOptions& options);
  ~MpvPlayer() override;
  MpvPlayer(const MpvPlayer&) = delete;
  MpvPlayer& operator=(const MpvPlayer&) = delete;

  // Call for every SDL event; true when it was the player's (then a frame may be due: frameDue()).
  bool handleEvent(const SDL_Event& event);
  [[nodiscard]] bool ownsEvent(const SDL_Event& event) const {
    return event.type == m_wakeEvent || event.type == m_updateEvent;
  }
  // A new video frame waits to be drawn, or a cross-fade runs.
  [[nodiscard]] bool frameDue() const { return m_frameDue || m_view.fade > 0; }
  // Before ImGui draws: renders the pending frame into the FBO (no-op when none is due).
  void render(Clock::time_point now);
  // After SDL_GL_SwapWindow.
  void reportSwap();
  [[nodiscard]] std::uint64_t framesRendered() const { return m_framesRendered; }
  // Reads the pixel at (x, y) of the last rendered frame, as 0xRRGGBB (tests measure gaps with it).
  [[nodiscard]] std::uint32_t samplePixel(int x, int y) const;

  // PlayerControl
  void play(std::vector<media::PlayEntry> entries, media::PlayMode mode) override;
  void replaceUpcoming(std::vector<media::PlayEntry> entries) override;
  void setPaused(bool paused) override;
  void seek(double seconds) override;
  void stop() override;
  void setViewport(int width, int height) override;
  void setSubtitleLanguage(const std::string& language) override;
  void setAudio(bool enabled, int volume) override;
  [[nodiscard]] const media::PlayerView& view() const override { return m_view; }
  [[nodiscard]] std::vector<std::string> takeProblems() override;

 private:
  explicit MpvPlayer(const MpvPlayerOptions& options);
  tl::expected<void, std::string> init();
  void command(std::vector<std::string> args);
  void setProperty(const char* name, const std::string& value);
  void append(const media::PlayEntry& entry, bool replace);
  void drainEvents();
  void onStartFile(std::uint64_t entryId);
  void onEndFile(std::uint64_t entryId, int reason, int error);
  void ensureFbo(int width, int height);
  void snapshotForFade();
  void applyVolume();

  MpvPlayerOptions m_options;
  mpv_handle* m_mpv = nullptr;
  mpv_render_context* m_render = nullptr;
  std::uint32_t m_wakeEvent = 0;    // mpv has events for us
  std::uint32_t m_updateEvent = 0;  // the render context has an update
  unsigned m_fbo = 0, m_texture = 0;
  unsigned m_fadeFbo = 0, m_fadeTexture = 0;
  int m_fboWidth = 0, m_fboHeight = 0;
  int m_wantWidth = 0, m_wantHeight = 0;
  bool m_frameDue = false;
  bool m_fadePending = false;  // the fade starts with the next item's first frame
  Clock::time_point m_fadeStart{};
  std::uint64_t m_framesRendered = 0;
  media::PlayMode m_mode = media::PlayMode::Loop;
  // mpv numbers playlist entries 1, 2, 3... in the order they are added; the same numbers here.
  struct Entry {
    std::uint64_t mpvId;
    media::PlayEntry entry;
    int index;
  };
  std::vector<Entry> m_entries;
  std::uint64_t m_nextEntryId = 0;
  std::uint64_t m_dropKeptEntry = 0;  // replaceUpcoming: the entry kept playing, removed when the next starts
  int m_failuresInARow = 0;
  bool m_enabledAudio = true;
  int m_volume = 80;
  std::vector<std::string> m_problems;
  std::set<std::string> m_reported;
  std::set<std::string> m_loggedLines;
  media::PlayerView m_view;
};

}  // namespace kiosk::platform
