// PlayerControl: what the screens may ask of the media player (kiosk/platform/mpv_player
// implements it with libmpv). Every call returns at once: the player works asynchronously
// and shows its state in view(), updated on the UI thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/media/playlist.h"

namespace kiosk::media {

enum class PlayMode {
  Loop,    // the attract loop: repeats, muted unless configured otherwise
  Single,  // the library player: one item, with sound, stops on its last frame
};

struct PlayerView {
  std::uintptr_t texture = 0;  // GL texture of the video frame, 0 until one was drawn
  int width = 0, height = 0;   // its size in pixels
  bool hasFrame = false;       // a frame of the current playlist was drawn
  std::uintptr_t fadeTexture = 0;  // the previous item's last frame while a cross-fade runs
  float fade = 0;                  // its opacity, 1 -> 0
  std::string itemId;          // the item on screen
  int entry = -1;              // index into the entries given to play()
  double position = 0;         // seconds
  double duration = 0;         // seconds, 0 when unknown (still)
  bool paused = false;
  bool ended = false;          // Single mode: reached the end
  bool failed = false;         // nothing in the playlist could be played
  std::uint64_t transitions = 0;  // items started since play()
};

class PlayerControl {
 public:
  virtual ~PlayerControl() = default;
  virtual void play(std::vector<PlayEntry> entries, PlayMode mode) = 0;
  // The loop's items changed (schedule): the current one finishes, then the new list plays.
  virtual void replaceUpcoming(std::vector<PlayEntry> entries) = 0;
  virtual void setPaused(bool paused) = 0;
  virtual void seek(double seconds) = 0;
  // Unloads everything: nothing is decoded while no screen shows video.
  virtual void stop() = 0;
  // The frame size the screen draws at (pixels); the next frame is rendered at that size.
  virtual void setViewport(int width, int height) = 0;
  virtual void setSubtitleLanguage(const std::string& language) = 0;
  virtual void setAudio(bool enabled, int volume) = 0;
  [[nodiscard]] virtual const PlayerView& view() const = 0;
  // Files that failed while playing since the last call (corrupt, unsupported), for staff.
  [[nodiscard]] virtual std::vector<std::string> takeProblems() = 0;
};

}  // namespace kiosk::media
