// Config: the kiosk's TOML configuration (see assets/config/kiosk.toml for every key).
// Relative paths are resolved against the config file's folder.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "kiosk/core/display_schedule.h"

namespace kiosk::core {

struct DisplayConfig {
  bool fullscreen = true;
  int width = 1920;  // window size when not fullscreen
  int height = 1080;
  DisplaySchedule schedule;                 // [display.schedule]: opening hours; empty = always on
  std::chrono::milliseconds wakeFor{300'000};  // a touch outside the hours wakes the screen this long
  bool x11ScreenSaver = true;               // outside the hours let the X server's DPMS switch the panel off
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

// The 3D-printer demo ([printer]); the demo is off when neither a port nor USB ids are set.
struct PrinterConfig {
  std::string port;                  // tty or a stable symlink (/dev/serial/by-id/...); wins over usb_ids
  std::vector<std::string> usbIds;   // "1a86:7523": find the printer by VID:PID instead
  long baud = 115200;
  double maxHotendC = 260;           // also the host-side temperature ceiling
  double maxBedC = 100;
  double bedX = 220, bedY = 220, maxZ = 250;  // build volume, mm
  std::vector<std::string> forbidden;         // G-code words refused in a job; empty: the built-in list
  std::filesystem::path jobsDir;              // default: <assets>/printer

  [[nodiscard]] bool enabled() const { return !port.empty() || !usbIds.empty(); }
};

// The RFID/barcode reader ([reader]): keyboard-wedge readers read exclusively over libusb, so
// their keystrokes never type into the kiosk. Off when no ids are listed and any_boot_keyboard is false.
struct ReaderConfig {
  std::vector<std::string> usbIds;   // "16c0:27db"
  std::string layout = "it";         // the keyboard country the reader is set to: "it" or "us"
  bool anyBootKeyboard = false;      // staff-chosen mode: any USB boot keyboard not in `exclude`
  std::vector<std::string> exclude;  // e.g. a staff keyboard's id

  [[nodiscard]] bool enabled() const { return !usbIds.empty() || anyBootKeyboard; }
};

// The self-assessment ([assessment]).
struct AssessmentConfig {
  int minResultsForAverage = 30;         // the sector average of other visitors shows from this many results
  std::string chamberUrl;                // the chamber's PID page, in the take-home QR; may be empty
  std::filesystem::path statsDatabase;   // anonymous results; default: <data>/assessment-stats.sqlite
  std::filesystem::path sampleAnswers;   // answers JSON the results screen shows when opened directly (screenshots)
};

// The in-process fleet sync ([sync]): pushes the lead outbox to the central PostgreSQL every
// `interval`, backing off exponentially (with jitter) up to `maxBackoff` while it fails.
struct SyncConfig {
  std::string conninfo;                  // libpq connection string; or:
  std::filesystem::path conninfoFile;    // a file holding it (0600, e.g. with the password), read at each attempt
  std::chrono::milliseconds interval{300'000};
  std::chrono::milliseconds maxBackoff{3'600'000};
  std::size_t batchRows = 1000;

  [[nodiscard]] bool enabled() const { return !conninfo.empty() || !conninfoFile.empty(); }
};

// The staff dashboard ([dashboard]).
struct DashboardConfig {
  int days = 14;                         // days shown in the per-day plots
  std::filesystem::path sample;          // JSON shown by --screen staff-dashboard --shot (screenshots)
};

// The camera AR-marker demo ([camera]); off when source is empty.
struct CameraConfig {
  std::string source;                 // "/dev/video0" or "0", "file:PATH" (video, image pattern or folder), "synthetic"
  int width = 1280;
  int height = 720;
  double fps = 30;
  bool mjpg = true;                   // ask a USB camera for MJPG (YUYV at 720p is ~10 fps on USB 2)
  std::filesystem::path intrinsics;   // ar-calibrate's file; empty: a 65° field of view is assumed

  [[nodiscard]] bool enabled() const { return !source.empty(); }
};

// Best-practice media ([media]): the attract loop and the library, played with libmpv.
struct MediaConfig {
  std::filesystem::path manifest;    // default: <assets>/media/manifest.toml
  std::filesystem::path thumbnails;  // thumbnail cache; default: <data>/thumbnails
  bool audio = true;                 // false: no sound device is opened at all
  int volume = 80;                   // 0..100; staff can change it until the next start
  bool attractMuted = true;          // the attract loop plays without sound
  std::string hwdec = "auto-safe";   // mpv hardware decoding: "auto-safe" or "no"
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
  AssessmentConfig assessment;
  PrinterConfig printer;
  ReaderConfig reader;
  SyncConfig sync;
  DashboardConfig dashboard;
  CameraConfig camera;
  MediaConfig media;
};

// Every problem found, one line each, "file:line:column: what is wrong".
using ConfigErrors = std::vector<std::string>;

[[nodiscard]] tl::expected<Config, ConfigErrors> loadConfig(const std::filesystem::path& file);

}  // namespace kiosk::core
