// kiosk: the PID experience-center kiosk. Parses the command line, loads the
// configuration and translations, and hands over to KioskApp. Start-up problems are
// reported here, in words staff can act on; after start-up nothing throws.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <malloc.h>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "kiosk/app/kiosk_app.h"
#include "kiosk/core/logging.h"
#include "kiosk/core/translator.h"
#include "kiosk/core/wall_clock.h"
#include "kiosk/platform/signal_watcher.h"

namespace {

namespace fs = std::filesystem;

// The config shipped with the assets: <prefix>/share/pid-kiosk/config/kiosk.toml, next to
// the binary's bin/ both in the build tree and once installed; /etc wins when present.
fs::path defaultConfigFile() {
  if (fs::exists("/etc/pid-kiosk/kiosk.toml")) return "/etc/pid-kiosk/kiosk.toml";
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return exe.parent_path().parent_path() / "share" / "pid-kiosk" / "config" / "kiosk.toml";
}

fs::path defaultDataDir() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) return fs::path(state) / "pid-kiosk";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".local" / "state" / "pid-kiosk";
  return "/tmp/pid-kiosk";
}

bool parseSize(const std::string& text, int& width, int& height) {
  return std::sscanf(text.c_str(), "%dx%d", &width, &height) == 2 && width >= 320 && height >= 240;
}

}  // namespace

int main(int argc, char** argv) {
  // Memory that stays flat for months (scripts/soak.sh): glibc otherwise makes up to 8 arenas per
  // core for our ~20 threads, and raises each arena's trim threshold to twice the largest block it
  // ever freed (8 MB video and GL buffers), so every arena kept ~10 MB it no longer used: RSS at
  // rest 445 MB instead of 288 MB, swinging by 10 MB. Set before any thread starts.
  mallopt(M_ARENA_MAX, 2);
  mallopt(M_TRIM_THRESHOLD, 1 << 20);
  kiosk::platform::SignalWatcher::blockTerminationSignals();

  CLI::App cli{"PID kiosk: the Punto Impresa Digitale experience-center touch kiosk"};
  kiosk::app::AppOptions options;
  std::string size;
  std::string printerPort;
  std::string cameraSource;
  cli.add_option("--config", options.configFile, "Configuration file (TOML)")->check(CLI::ExistingFile);
  cli.add_flag("--windowed", options.windowed, "Run in a window instead of fullscreen (development)");
  cli.add_option("--size", size, "Window size WxH, e.g. 1920x1080 (implies --windowed)");
  cli.add_option("--lang", options.language, "Start in this language (it, en)");
  cli.add_option("--screen", options.startScreen,
                 "Start on this screen: attract, home, assessment, demos, library, contact, staff-pin, staff, staff-dashboard");
  cli.add_option("--shot", options.shotFile, "Render the start screen, write it as PNG and exit");
  cli.add_option("--script", options.scriptFile, "Drive the kiosk from a test script and exit with its result")
      ->check(CLI::ExistingFile);
  cli.add_option("--data-dir", options.dataDir, "Folder for logs and data (overrides paths.data)");
  cli.add_option("--exit-after-frames", options.exitAfterFrames, "Exit after rendering N frames")->check(CLI::PositiveNumber);
  cli.add_option("--camera", cameraSource,
                 "AR demo camera, overriding camera.source: /dev/videoN, N, file:PATH or synthetic");
  cli.add_option("--printer-port", printerPort,
                 "3D printer tty for the demo (overrides printer.port; run-kiosk.sh passes its virtual printer)");
  std::string reader;
  cli.add_option("--reader", reader,
                 "fake:FILE plays the scans in FILE (one per line, 'wait MS' pauses; see assets/reader/demo-scans.txt) "
                 "in a loop instead of a USB reader (run-kiosk.sh and the tests use it)");
  cli.add_flag("--frame-stats", options.frameStats, "Print frame-time percentiles on exit");
  std::string now;
  cli.add_option("--now", now, "Start the wall clock at this local time, YYYY-MM-DDTHH:MM (tests of the display schedule)");
  cli.add_option("--time-scale", options.timeScale,
                 "Soak runs: the UI's clock (idle timeouts, animations, script waits) runs this many times faster")
      ->check(CLI::Range(0.1, 1000.0));
  cli.add_option("--render-scale", options.renderScale,
                 "Soak runs: draw the UI laid out for --size into this fraction of its pixels (touch input only)")
      ->check(CLI::Range(0.05, 1.0));
  CLI11_PARSE(cli, argc, argv);
  if (!now.empty()) {
    options.startTime = kiosk::core::parseLocalDateTime(now);
    if (!options.startTime) {
      std::cerr << "kiosk: --now wants YYYY-MM-DDTHH:MM, got '" << now << "'\n";
      return 2;
    }
  }

  if (!reader.empty()) {
    if (!reader.starts_with("fake:") || reader.size() == 5) {
      std::cerr << "kiosk: --reader wants fake:FILE, got '" << reader << "'\n";
      return 2;
    }
    options.fakeReaderFile = reader.substr(5);
    // Checked here, before a window opens: a typo in a demo's scan file is named with its line.
    if (auto steps = kiosk::app::loadScanFile(*options.fakeReaderFile); !steps) {
      std::cerr << "kiosk: --reader: " << steps.error() << "\n";
      return 2;
    }
  }
  if (options.configFile.empty()) options.configFile = defaultConfigFile();
  auto config = kiosk::core::loadConfig(options.configFile);
  if (!config) {
    std::cerr << "kiosk: the configuration has problems:\n";
    for (const std::string& line : config.error()) std::cerr << "  " << line << "\n";
    return 2;
  }
  if (!size.empty()) {
    int width = 0, height = 0;
    if (!parseSize(size, width, height)) {
      std::cerr << "kiosk: --size wants WxH, at least 320x240, got '" << size << "'\n";
      return 2;
    }
    config->display.width = width;
    config->display.height = height;
    options.windowed = true;
  }
  if (options.windowed || options.shotFile) config->display.fullscreen = false;
  if (options.dataDir) config->dataDir = *options.dataDir;
  if (!printerPort.empty()) config->printer.port = printerPort;
  if (!cameraSource.empty()) config->camera.source = cameraSource;
  if (config->dataDir.empty()) config->dataDir = defaultDataDir();
  if (config->logDir.empty()) config->logDir = config->dataDir / "logs";
  if (config->leads.database.empty()) config->leads.database = config->dataDir / "leads.sqlite";
  if (config->leads.backupDir.empty()) config->leads.backupDir = config->dataDir / "backups";
  if (config->media.thumbnails.empty()) config->media.thumbnails = config->dataDir / "thumbnails";

  (void)kiosk::core::setupLogging({config->logDir, config->logLevel});  // a failure is logged and survived
  spdlog::info("PID kiosk {} starting, config {}", KIOSK_VERSION, options.configFile.string());

  auto translator = kiosk::core::Translator::load(config->assetsDir / "i18n", config->languages);
  if (!translator) {
    for (const std::string& line : translator.error()) spdlog::critical("translations: {}", line);
    return 2;
  }
  try {
    kiosk::app::KioskApp app(std::move(*config), std::move(*translator), options);
    return app.run();
  } catch (const std::exception& e) {
    spdlog::critical("cannot start: {}", e.what());
    return 2;
  }
}
