// AppOptions: what the command line asks of one kiosk run.
#pragma once

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::app {

struct AppOptions {
  std::filesystem::path configFile;
  bool windowed = false;
  std::optional<int> width;
  std::optional<int> height;
  std::optional<std::string> language;
  std::optional<std::string> startScreen;
  std::optional<std::filesystem::path> shotFile;    // render once, write the PNG, exit
  std::optional<std::filesystem::path> scriptFile;
  std::optional<std::filesystem::path> dataDir;
  int exitAfterFrames = 0;
  bool frameStats = false;
  std::optional<std::filesystem::path> fakeReaderFile;  // --reader fake:FILE: scans played from a file
  std::optional<std::time_t> startTime;  // --now: the wall clock starts here (tests of the display schedule)
  // Soak runs: the UI clock runs timeScale times faster, and the UI is drawn into renderScale x
  // the window size (the layout and the script's coordinates stay those of --size).
  double timeScale = 1;
  float renderScale = 1;
};

}  // namespace kiosk::app
