// Config: the kiosk's TOML configuration (see assets/config/kiosk.toml for every key).
// Relative paths are resolved against the config file's folder.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::core {

struct DisplayConfig {
  bool fullscreen = true;
  int width = 1920;  // window size when not fullscreen
  int height = 1080;
};

struct IdleConfig {
  std::chrono::milliseconds promptAfter{90'000};       // no touch for this long: "Are you still there?"
  std::chrono::milliseconds resetAfterPrompt{20'000};  // then wipe the session, back to the attract loop
};

struct StaffConfig {
  std::string pinHash;  // Argon2id string from `kioskctl pin hash`; never the PIN itself
  int maxAttempts = 5;
  std::chrono::milliseconds backoffBase{1'000};  // wait after the 1st wrong PIN; doubles each time
  std::chrono::milliseconds lockout{15 * 60'000};
  std::chrono::milliseconds longPress{2'000};    // hold the bottom-left corner this long to open the PIN pad
};

struct FontConfig {
  std::filesystem::path regular;
  std::filesystem::path bold;
  std::filesystem::path icons;
  float baseSize = 30.0f;  // pixels at 1080 lines; scaled with the display height
};

struct LeadsConfig {
  std::vector<std::string> requiredFields{"first_name", "last_name", "email"};  // kiosk/leads field names
  int retentionMonths = 24;          // leads without a visit for this long are deleted (daily)
  std::filesystem::path database;    // default: <data>/leads.sqlite
  std::filesystem::path backupDir;   // default: <data>/backups
  int backupsKept = 7;               // daily online backups kept
  std::string eventName;             // the event the kiosk is at; staff can change it
};

struct Config {
  std::filesystem::path sourceFile;
  std::string kioskId = "pid-kiosk";
  std::string venue;  // shown in the footer, e.g. the chamber's name
  std::vector<std::string> languages{"it", "en"};  // first one is the default
  DisplayConfig display;
  IdleConfig idle;
  StaffConfig staff;
  FontConfig fonts;
  std::filesystem::path assetsDir;
  std::filesystem::path dataDir;
  std::filesystem::path logDir;
  std::string logLevel = "info";
  std::chrono::milliseconds heartbeatInterval{2'000};
  std::chrono::milliseconds attractSlideDuration{8'000};
  LeadsConfig leads;
};

// Every problem found, one line each, "file:line:column: what is wrong".
using ConfigErrors = std::vector<std::string>;

[[nodiscard]] tl::expected<Config, ConfigErrors> loadConfig(const std::filesystem::path& file);

}  // namespace kiosk::core
