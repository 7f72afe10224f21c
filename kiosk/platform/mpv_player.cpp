#include "kiosk/platform/mpv_player.h"

#include <algorithm>
#include <cstdio>

#define GL_GLEXT_PROTOTYPES 1
#include <SDL_opengl.h>
#include <mpv/client.h>
#include <mpv/render_gl.h>
#include <spdlog/spdlog.h>

namespace kiosk::platform {
namespace {

enum Observed : std::uint64_t { kTimePos = 1, kDuration, kPause, kEofReached };

void pushEvent(void* type) {
  SDL_Event event{};
  event.type = static_cast<Uint32>(reinterpret_cast<std::uintptr_t>(type));
  SDL_PushEvent(&event);  // thread-safe; the only thing a callback may do
}

void* getProcAddress(void* /*ctx*/, const char* name) { return SDL_GL_GetProcAddress(name); }

std::string seconds(std::chrono::milliseconds ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", static_cast<double>(ms.count()) / 1000.0);
  return text;
}

}  // namespace

tl::expected<std::unique_ptr<MpvPlayer>, std::string> MpvPlayer::create(const MpvPlayerOptions& options) {
  std::unique_ptr<MpvPlayer> player(new MpvPlayer(options));
  if (auto ok = player->init(); !ok) return tl::unexpected(ok.error());
  return player;
}

MpvPlayer::MpvPlayer(const MpvPlayerOptions& options)
    : m_options(options), m_enabledAudio(options.audio), m_volume(std::clamp(options.volume, 0, 100)) {}

tl::expected<void, std::string> MpvPlayer::init() {
  const Uint32 first = SDL_RegisterEvents(2);
  if (first == static_cast<Uint32>(-1)) return tl::unexpected(std::string("SDL_RegisterEvents: no user events left"));
  m_wakeEvent = first;
  m_updateEvent = first + 1;
  m_mpv = mpv_create();
  if (!m_mpv) return tl::unexpected(std::string("mpv_create failed"));
  const std::pair<const char*, std::string> options[] = {
      {"vo", "libmpv"},
      {"ao", m_options.audio ? "" : "null"},  // "": mpv's own choice (pulse, pipewire, alsa)
      {"audio-fallback-to-null", "yes"},       // no sound device: play silently instead of skipping every file
      {"hwdec", m_options.hwdec},
      {"idle", "yes"},                 // stays alive with an empty playlist
      {"prefetch-playlist", m_options.prefetch ? "yes" : "no"},  // see MpvPlayerOptions::prefetch
      {"gapless-audio", "weak"},
      {"terminal", "no"},
      {"input-default-bindings", "no"},
      {"input-vo-keyboard", "no"},
      {"osc", "no"},
      // None of mpv's built-in Lua scripts: each runs its own thread and interpreter, and the
      // youtube-dl hook ran on every file loaded (the soak saw their heap grow with each load).
      {"load-scripts", "no"},
      {"ytdl", "no"},
      {"load-stats-overlay", "no"},
      {"load-osd-console", "no"},
      {"load-auto-profiles", "no"},
      {"sub-auto", "exact"},           // <video>.<lang>.srt next to the video
      {"audio-display", "no"},         // never show cover art of an audio track
      {"volume", std::to_string(m_volume)},
      {"volume-max", "100"},
  };
  for (const auto& [name, value] : options) {
    if (value.empty()) continue;
    if (const int rc = mpv_set_option_string(m_mpv, name, value.c_str()); rc < 0) {
      return tl::unexpected(std::string("mpv option ") + name + "=" + value + ": " + mpv_error_string(rc));
    }
  }
  if (const int rc = mpv_initialize(m_mpv); rc < 0) return tl::unexpected(std::string("mpv_initialize: ") + mpv_error_string(rc));
  mpv_request_log_messages(m_mpv, "warn");
  mpv_observe_property(m_mpv, kTimePos, "time-pos", MPV_FORMAT_DOUBLE);
  mpv_observe_property(m_mpv, kDuration, "duration", MPV_FORMAT_DOUBLE);
  mpv_observe_property(m_mpv, kPause, "pause", MPV_FORMAT_FLAG);
  mpv_observe_property(m_mpv, kEofReached, "eof-reached", MPV_FORMAT_FLAG);

  mpv_opengl_init_params glInit{getProcAddress, nullptr};
  int advanced = 1;
  mpv_render_param params[] = {{MPV_RENDER_PARAM_API_TYPE, const_cast<char*>(MPV_RENDER_API_TYPE_OPENGL)},
                               {MPV_RENDER_PARAM_OPENGL_INIT_PARAMS, &glInit},
                               {MPV_RENDER_PARAM_ADVANCED_CONTROL, &advanced},
                               {MPV_RENDER_PARAM_INVALID, nullptr}};
  if (const int rc = mpv_render_context_create(&m_render, m_mpv, params); rc < 0) {
    return tl::unexpected(std::string("mpv_render_context_create: ") + mpv_error_string(rc));
  }
  mpv_set_wakeup_callback(m_mpv, pushEvent, reinterpret_cast<void*>(static_cast<std::uintptr_t>(m_wakeEvent)));
  mpv_render_context_set_update_callback(m_render, pushEvent,
                                         reinterpret_cast<void*>(static_cast<std::uintptr_t>(m_updateEvent)));
  spdlog::info("media: libmpv {} ready (hwdec={}, audio {})", mpv_client_api_version() >> 16, m_options.hwdec,
               m_options.audio ? "on" : "off");
  return {};
}

MpvPlayer::~MpvPlayer() {
  // The render context first, with the GL context current; then the core.
  if (m_render) mpv_render_context_free(m_render);
  if (m_mpv) mpv_terminate_destroy(m_mpv);
  const GLuint fbos[] = {m_fbo, m_fadeFbo};
  const GLuint textures[] = {m_texture, m_fadeTexture};
  if (m_fbo) glDeleteFramebuffers(2, fbos);
  if (m_texture) glDeleteTextures(2, textures);
}

bool MpvPlayer::handleEvent(const SDL_Event& event) {
  if (event.type == m_updateEvent) {
    // Required after every update callback, or the core stalls.
    if (mpv_render_context_update(m_render) & MPV_RENDER_UPDATE_FRAME) m_frameDue = true;
    return true;
  }
  if (event.type == m_wakeEvent) {
    drainEvents();
    return true;
  }
  return false;
}

void MpvPlayer::command(std::vector<std::string> args) {
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  argv.push_back(nullptr);
  if (const int rc = mpv_command_async(m_mpv, 0, argv.data()); rc < 0) {
    spdlog::error("media: mpv {}: {}", args.front(), mpv_error_string(rc));
  }
}

void MpvPlayer::setProperty(const char* name, const std::string& value) {
  const char* text = value.c_str();
  if (const int rc = mpv_set_property_async(m_mpv, 0, name, MPV_FORMAT_STRING, &text); rc < 0) {
    spdlog::error("media: mpv {}={}: {}", name, value, mpv_error_string(rc));
  }
}

void MpvPlayer::append(const media::PlayEntry& entry, bool replace) {
  std::string options;
  if (entry.stillDuration.count() > 0) options = "image-display-duration=" + seconds(entry.stillDuration);
  command({"loadfile", entry.file.string(), replace ? "replace" : "append", options});
  m_entries.push_back({++m_nextEntryId, entry, static_cast<int>(m_entries.size())});
}

void MpvPlayer::play(std::vector<media::PlayEntry> entries, media::PlayMode mode) {
  m_mode = mode;
  const bool loop = mode == media::PlayMode::Loop;
  setProperty("loop-playlist", loop ? "inf" : "no");
  setProperty("keep-open", loop ? "no" : "yes");  // the library stops on the last frame
  setProperty("pause", "no");
  applyVolume();
  m_entries.clear();
  m_dropKeptEntry = 0;
  m_view = media::PlayerView{};
  m_failuresInARow = 0;
  m_fadePending = false;
  if (entries.empty()) {
    command({"stop"});
    return;
  }
  for (std::size_t i = 0; i < entries.size(); ++i) append(entries[i], i == 0);
}

void MpvPlayer::replaceUpcoming(std::vector<media::PlayEntry> entries) {
  if (entries.empty()) return;
  // playlist-clear keeps the entry that plays: it finishes, then the new list follows.
  command({"playlist-clear"});
  std::vector<Entry> current;
  for (const Entry& e : m_entries) {
    if (e.index == m_view.entry) current.push_back(e);
  }
  m_entries = std::move(current);
  // Once the next entry starts, the kept one goes too: the loop is then exactly the new list.
  m_dropKeptEntry = m_entries.empty() ? 0 : m_entries.front().mpvId;
  for (const media::PlayEntry& entry : entries) {
    m_entries.push_back({++m_nextEntryId, entry, static_cast<int>(m_entries.size()) - 1});
    std::string options;
    if (entry.stillDuration.count() > 0) options = "image-display-duration=" + seconds(entry.stillDuration);
    command({"loadfile", entry.file.string(), "append", options});
  }
}

void MpvPlayer::setPaused(bool paused) { setProperty("pause", paused ? "yes" : "no"); }

void MpvPlayer::seek(double secondsFromStart) {
  command({"seek", std::to_string(std::max(0.0, secondsFromStart)), "absolute"});
}

void MpvPlayer::stop() {
  command({"stop"});  // unloads the file: no decoding, no open file while nothing shows it
  m_entries.clear();
  m_dropKeptEntry = 0;
  m_view = media::PlayerView{};
  m_frameDue = false;
  m_fadePending = false;
}

void MpvPlayer::setViewport(int width, int height) {
  m_wantWidth = std::max(16, width);
  m_wantHeight = std::max(16, height);
}

void MpvPlayer::setSubtitleLanguage(const std::string& language) {
  setProperty("slang", language + ",it,en");
  setProperty("sid", "auto");
}

void MpvPlayer::setAudio(bool enabled, int volume) {
  m_enabledAudio = enabled;
  m_volume = std::clamp(volume, 0, 100);
  applyVolume();
}

void MpvPlayer::applyVolume() {
  const bool silent = !m_enabledAudio || (m_mode == media::PlayMode::Loop && m_options.attractMuted);
  setProperty("mute", silent ? "yes" : "no");
  setProperty("volume", std::to_string(m_volume));
}

std::vector<std::string> MpvPlayer::takeProblems() { return std::exchange(m_problems, {}); }

void MpvPlayer::drainEvents() {
  while (true) {
    mpv_event* event = mpv_wait_event(m_mpv, 0);
    if (event->event_id == MPV_EVENT_NONE) return;
    switch (event->event_id) {
      case MPV_EVENT_START_FILE:
        onStartFile(static_cast<std::uint64_t>(static_cast<mpv_event_start_file*>(event->data)->playlist_entry_id));
        break;
      case MPV_EVENT_END_FILE: {
        const auto* end = static_cast<mpv_event_end_file*>(event->data);
        onEndFile(static_cast<std::uint64_t>(end->playlist_entry_id), end->reason, end->error);
        break;
      }
      case MPV_EVENT_FILE_LOADED:
        m_failuresInARow = 0;
        break;
      case MPV_EVENT_PROPERTY_CHANGE: {
        const auto* property = static_cast<mpv_event_property*>(event->data);
        const bool has = property->format != MPV_FORMAT_NONE && property->data;
        switch (event->reply_userdata) {
          case kTimePos: m_view.position = has ? *static_cast<double*>(property->data) : 0; break;
          case kDuration: m_view.duration = has ? *static_cast<double*>(property->data) : 0; break;
          case kPause: m_view.paused = has && *static_cast<int*>(property->data) != 0; break;
          case kEofReached: m_view.ended = has && *static_cast<int*>(property->data) != 0; break;
          default: break;
        }
        break;
      }
      case MPV_EVENT_LOG_MESSAGE: {
        const auto* log = static_cast<mpv_event_log_message*>(event->data);
        std::string text = log->text;
        while (!text.empty() && text.back() == '\n') text.pop_back();
        // The same warning comes with every file of a loop that runs for months (hwdec probing on
        // each load): each distinct line once at warning level, its repeats at debug.
        const std::string line = std::string("[") + log->prefix + "] " + text;
        if (m_loggedLines.size() < 500 && m_loggedLines.insert(line).second) {
          spdlog::warn("media: mpv {}", line);
        } else {
          spdlog::debug("media: mpv {}", line);
        }
        break;
      }
      case MPV_EVENT_COMMAND_REPLY:
      case MPV_EVENT_SET_PROPERTY_REPLY:
        if (event->error < 0) spdlog::warn("media: mpv async call failed: {}", mpv_error_string(event->error));
        break;
      default:
        break;
    }
  }
}

void MpvPlayer::onStartFile(std::uint64_t entryId) {
  const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.mpvId == entryId; });
  if (found == m_entries.end()) return;  // an entry of an earlier playlist
  if (m_dropKeptEntry != 0 && found->mpvId != m_dropKeptEntry) {
    command({"playlist-remove", "0"});  // after playlist-clear the kept entry is the first
    std::erase_if(m_entries, [this](const Entry& e) { return e.mpvId == m_dropKeptEntry; });
    m_dropKeptEntry = 0;
    return onStartFile(entryId);
  }
  if (m_view.entry >= 0 || m_view.transitions > 0) ++m_view.transitions;
  const bool newItem = m_view.itemId != found->entry.itemId || m_view.entry != found->index;
  m_view.entry = found->index;
  m_view.itemId = found->entry.itemId;
  m_view.ended = false;
  if (newItem && m_view.hasFrame && m_options.fade.count() > 0) snapshotForFade();
}

void MpvPlayer::onEndFile(std::uint64_t entryId, int reason, int error) {
  if (reason != MPV_END_FILE_REASON_ERROR) return;
  const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.mpvId == entryId; });
  const std::string file = found == m_entries.end() ? "a media file" : found->entry.file.string();
  const std::string problem = file + ": cannot be played (" + mpv_error_string(error) + "), skipped";
  // Once per file: the loop comes back to it every round.
  if (m_reported.insert(problem).second) {
    spdlog::error("media: {}", problem);
    m_problems.push_back(problem);
  }
  // mpv goes on with the next entry by itself; when every entry failed in a row, give up.
  if (++m_failuresInARow >= static_cast<int>(std::max<std::size_t>(m_entries.size(), 1)) ||
      m_mode == media::PlayMode::Single) {
    command({"stop"});
    m_view.failed = true;
  }
}

void MpvPlayer::ensureFbo(int width, int height) {
  if (m_fbo && width == m_fboWidth && height == m_fboHeight) return;
  if (!m_fbo) {
    GLuint fbos[2], textures[2];
    glGenFramebuffers(2, fbos);
    glGenTextures(2, textures);
    m_fbo = fbos[0];
    m_fadeFbo = fbos[1];
    m_texture = textures[0];
    m_fadeTexture = textures[1];
  }
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  const std::pair<GLuint, GLuint> pairs[] = {{m_fbo, m_texture}, {m_fadeFbo, m_fadeTexture}};
  for (const auto& [fbo, texture] : pairs) {
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  m_fboWidth = width;
  m_fboHeight = height;
  m_frameDue = true;  // redraw the current frame at the new size
}

void MpvPlayer::snapshotForFade() {
  if (!m_fbo) return;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, m_fbo);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_fadeFbo);
  glBlitFramebuffer(0, 0, m_fboWidth, m_fboHeight, 0, 0, m_fboWidth, m_fboHeight, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  m_fadePending = true;
}

void MpvPlayer::render(Clock::time_point now) {
  if (m_view.fade > 0) {
    const float elapsed = std::chrono::duration<float>(now - m_fadeStart).count();
    const float total = std::chrono::duration<float>(m_options.fade).count();
    m_view.fade = std::max(0.0f, 1.0f - elapsed / total);
    if (m_view.fade == 0) m_view.fadeTexture = 0;
  }
  if (m_wantWidth > 0) ensureFbo(m_wantWidth, m_wantHeight);
  if (!m_frameDue) return;
  m_frameDue = false;
  if (!m_fbo || m_entries.empty()) return;  // stopped: a late update is not drawn
  mpv_opengl_fbo fbo{static_cast<int>(m_fbo), m_fboWidth, m_fboHeight, GL_RGBA8};
  int flip = 0;  // our FBO, drawn by ImGui with uv (0,0) at the top, shows the image upright this way
  int block = 0;  // never hold the UI thread until the frame's display time
  mpv_render_param params[] = {{MPV_RENDER_PARAM_OPENGL_FBO, &fbo},
                               {MPV_RENDER_PARAM_FLIP_Y, &flip},
                               {MPV_RENDER_PARAM_BLOCK_FOR_TARGET_TIME, &block},
                               {MPV_RENDER_PARAM_INVALID, nullptr}};
  GLint viewport[4];
  glGetIntegerv(GL_VIEWPORT, viewport);
  mpv_render_context_render(m_render, params);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
  ++m_framesRendered;
  m_view.texture = m_texture;
  m_view.width = m_fboWidth;
  m_view.height = m_fboHeight;
  m_view.hasFrame = true;
  if (m_fadePending) {
    m_fadePending = false;
    m_fadeStart = now;
    m_view.fade = 1.0f;
    m_view.fadeTexture = m_fadeTexture;
  }
}

void MpvPlayer::reportSwap() {
  if (m_render) mpv_render_context_report_swap(m_render);
}

std::uint32_t MpvPlayer::samplePixel(int x, int y) const {
  if (!m_fbo) return 0;
  unsigned char rgba[4] = {0, 0, 0, 0};
  glBindFramebuffer(GL_READ_FRAMEBUFFER, m_fbo);
  glReadPixels(x, y, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  return (static_cast<std::uint32_t>(rgba[0]) << 16) | (static_cast<std::uint32_t>(rgba[1]) << 8) | rgba[2];
}

}  // namespace kiosk::platform
