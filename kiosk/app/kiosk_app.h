// KioskApp: the composition root. It owns the window, the model, the screens and the
// workers, and runs the render-on-demand loop:
//   wait for an event (or the next deadline) -> route it -> drain worker messages ->
//   tick idle/script -> render a frame only if one is due.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

#include "devices/core/heartbeat_worker.h"
#include "devices/core/mailbox.h"
#include "kiosk/app/app_options.h"
#include "kiosk/app/ar_service.h"
#include "kiosk/app/assessment_stats_service.h"
#include "kiosk/app/lead_service.h"
#include "kiosk/app/media_service.h"
#include "kiosk/app/printer_service.h"
#include "kiosk/app/reader_setup.h"
#include "kiosk/app/staff_pin_file.h"
#include "kiosk/app/sync_service.h"
#include "kiosk/app/usage_service.h"
#include "kiosk/core/config.h"
#include "kiosk/core/display_power.h"
#include "kiosk/core/frame_pacer.h"
#include "kiosk/core/idle_monitor.h"
#include "kiosk/core/kiosk_state.h"
#include "kiosk/core/loop_clock.h"
#include "kiosk/core/wall_clock.h"
#include "kiosk/input/pointer_tracker.h"
#include "kiosk/platform/gl_window.h"
#include "kiosk/platform/imgui_bridge.h"
#include "kiosk/platform/mpv_player.h"
#include "kiosk/platform/script_player.h"
#include "kiosk/platform/sdl_waker.h"
#include "kiosk/platform/signal_watcher.h"
#include "kiosk/platform/texture_cache.h"
#include "kiosk/platform/systemd_notifier.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/ui_shell.h"

namespace kiosk::app {

// Everything workers may send to the UI thread. Later workers add their types here.
using AppEvent = std::variant<devices::WorkerStatus, LeadReceipt, LeadStoreReport, core::LeadQueryResult,
                              core::PrinterUpdate, AssessmentStatsReport, ReaderScan, UsageReport, PinChangeResult,
                              SyncStatusReport, core::ArFrame, MediaReport>;

// Staff restarted the kiosk from the dashboard: any code makes systemd's Restart=always start it
// again; this one (EX_TEMPFAIL) tells a restart from a quit (0) or a crash in the journal.
inline constexpr int kRestartExitCode = 75;

class KioskApp final : public platform::ScriptHost {
 public:
  using Clock = std::chrono::steady_clock;

  // Throws std::runtime_error with a message for staff when start-up cannot proceed.
  KioskApp(core::Config config, core::Translator translator, const AppOptions& options);
  ~KioskApp() override;

  // Returns the process exit code.
  int run();

  // ScriptHost
  [[nodiscard]] bool settled() const override;
  [[nodiscard]] std::string currentScreen() const override;
  [[nodiscard]] std::string currentLanguage() const override { return m_translator.language(); }
  [[nodiscard]] SDL_Point windowSize() const override { return m_window.layoutSize(); }
  [[nodiscard]] std::vector<core::ScriptKeyTarget> keyboardTargets() const override { return m_keyTargets; }
  void requestScreenshot(const std::filesystem::path& file) override;
  void markFrames() override { m_framesAtMark = m_frames; }

 private:
  void handleEvent(const SDL_Event& event, Clock::time_point now);
  void handleKeyboard(const SDL_Event& event);
  void drainMailbox();
  void startLeadService();
  void apply(devices::WorkerStatus status);
  void apply(LeadReceipt receipt);
  void apply(LeadStoreReport report);
  void startPrinterService();
  void startReader();
  void apply(ReaderScan scan);
  void apply(core::PrinterUpdate update);
  void startAssessmentStats();
  void apply(AssessmentStatsReport report);
  void apply(core::LeadQueryResult result);
  // Staff dashboard (operations.cpp): usage counts, PIN change, sample data, worker errors.
  void setUpOperations();
  void startUsage();
  void apply(UsageReport report);
  void apply(PinChangeResult result);
  void countUsage(core::UsageKind kind, std::string subject);
  void countVisit();
  void startSync();
  void apply(SyncStatusReport report);
  // Display power schedule (display_power.cpp).
  [[nodiscard]] bool scheduleOpen() const;
  void updateDisplayPower(Clock::time_point now);
  void applyDisplayPower();
  bool swallowedByDisplayPower(const SDL_Event& event, Clock::time_point now);
  [[nodiscard]] int displayPowerTimeoutMs(Clock::time_point now) const;
  void renderBlankFrame();
  void recordFrameTime(Clock::time_point started);
  void startArService();
  void apply(core::ArFrame frame);
  // Media (kiosk_app_media.cpp): the content worker, the libmpv player and its SDL events.
  void startMedia();
  void apply(MediaReport report);
  bool handlePlayerEvent(const SDL_Event& event, Clock::time_point now);
  [[nodiscard]] bool videoPlaying() const;
  // For scripts: settled but for the video's own frames and events.
  [[nodiscard]] bool videoOnlyBusy() const;
  void tickIdle(Clock::time_point now);
  void renderFrame(Clock::time_point now);
  void afterNavigation(ui::UiContext& ctx, Clock::time_point now);
  void rebuildFontsIfNeeded();
  void startAt(const std::string& screenName);
  void reportFrameStats() const;
  [[nodiscard]] int waitTimeoutMs(Clock::time_point now) const;

  const AppOptions m_options;
  core::LoopClock m_loopClock{m_options.timeScale};  // the UI's time (--time-scale)
  core::Config m_config;
  core::Translator m_translator;
  core::KioskState m_state;
  platform::GlWindow m_window;
  platform::SdlWaker m_waker;
  std::unique_ptr<platform::ImGuiBridge> m_imgui;
  ui::Fonts m_fonts;
  float m_fontScale = 0;
  ui::Navigator m_nav;
  ui::UiShell m_shell;
  input::PointerTracker m_pointer;
  core::FramePacer m_pacer;
  core::IdleMonitor m_idle;
  devices::Mailbox<AppEvent> m_mailbox;
  std::vector<std::unique_ptr<devices::Worker>> m_workers;
  LeadService* m_leadService = nullptr;  // owned by m_workers
  AssessmentStatsService* m_assessmentStats = nullptr;  // owned by m_workers; null without content
  PrinterService* m_printerService = nullptr;  // owned by m_workers; null when no printer is configured
  std::unique_ptr<ArService> m_arService;      // camera + detector threads, running only on the AR screen
  platform::TextureCache m_textures;           // after m_window: deleted while the GL context lives
  std::unique_ptr<platform::MpvPlayer> m_player;  // after m_window: freed while the GL context lives
  MediaService* m_mediaService = nullptr;          // owned by m_workers; null for screenshots
  std::unique_ptr<platform::SignalWatcher> m_signals;
  std::optional<platform::ScriptPlayer> m_script;
  std::optional<platform::SystemdNotifier> m_systemd = platform::SystemdNotifier::fromEnvironment();
  std::vector<core::ScriptKeyTarget> m_keyTargets;  // the keyboard in the last frame, for the script
  std::optional<std::filesystem::path> m_pendingShot;
  std::optional<int> m_exitCode;
  bool m_scriptFinished = false;
  Clock::time_point m_lastFrame{};
  long long m_frames = 0;
  std::vector<float> m_frameMs;
  std::optional<long long> m_framesAtMark;  // --frame-stats: frames before the script's mark-frames
  // Staff dashboard (operations.cpp).
  core::WallClock m_clock;
  UsageService* m_usage = nullptr;  // owned by m_workers; null in screenshot runs
  std::shared_ptr<std::string> m_pinHash = std::make_shared<std::string>();
  std::jthread m_pinJob;            // hashing a new PIN (Argon2id takes a moment)
  std::uint64_t m_countedSession = UINT64_MAX;
  std::size_t m_countedDemos = 0;
  // Display power schedule (display_power.cpp).
  core::DisplayPower m_power{m_config.display.wakeFor};
  bool m_swallowUntilRelease = false;
};

}  // namespace kiosk::app
