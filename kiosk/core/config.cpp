#include "kiosk/core/config.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "kiosk/core/toml_file.h"
#include "kiosk/leads/lead.h"

namespace kiosk::core {
namespace {

// Reads typed values out of one TOML document, remembering every problem instead of stopping at the first.
class Reader {
 public:
  Reader(const std::filesystem::path& file, const toml::table& root) : m_file(file), m_root(root) {}

  template <class T>
  void read(std::string_view path, T& out) {
    m_known.insert(std::string(path));
    const toml::node_view node = m_root.at_path(path);
    if (!node) return;
    if (auto value = node.value<T>()) {
      out = *value;
    } else {
      problem(*node.node(), std::string(path) + " has the wrong type");
    }
  }

  void readPositiveMs(std::string_view path, std::chrono::milliseconds& out, double unitMs) {
    m_known.insert(std::string(path));
    const toml::node_view node = m_root.at_path(path);
    if (!node) return;
    const auto value = node.value<double>();
    // nan and inf are TOML floats too; cast to an integer they would be undefined, not an error.
    if (!value || *value <= 0 || !std::isfinite(*value)) {
      problem(*node.node(), std::string(path) + " must be a positive number");
      return;
    }
    out = std::chrono::milliseconds(static_cast<long long>(*value * unitMs));
  }

  void readPath(std::string_view path, std::filesystem::path& out) {
    std::string text;
    read(path, text);
    if (text.empty()) return;
    const std::filesystem::path p(text);
    out = p.is_absolute() ? p : (m_file.parent_path() / p).lexically_normal();
  }

  void readStrings(std::string_view path, std::vector<std::string>& out) {
    m_known.insert(std::string(path));
    const toml::node_view node = m_root.at_path(path);
    if (!node) return;
    const toml::array* array = node.as_array();
    std::vector<std::string> values;
    if (array) {
      for (const toml::node& item : *array) {
        if (auto s = item.value<std::string>()) values.push_back(*s);
      }
    }
    if (!array || values.empty() || values.size() != array->size()) {
      problem(*node.node(), std::string(path) + " must be a non-empty list of strings");
      return;
    }
    out = std::move(values);
  }

  // A list of strings that may be empty ([] closes a day of the display schedule).
  const toml::array* readStringList(std::string_view path, std::vector<std::string>& out) {
    m_known.insert(std::string(path));
    const toml::node_view node = m_root.at_path(path);
    if (!node) return nullptr;
    const toml::array* array = node.as_array();
    std::vector<std::string> values;
    if (array) {
      for (const toml::node& item : *array) {
        if (auto s = item.value<std::string>()) values.push_back(*s);
      }
    }
    if (!array || values.size() != array->size()) {
      problem(*node.node(), std::string(path) + " must be a list of strings");
      return nullptr;
    }
    out = std::move(values);
    return array;
  }

  [[nodiscard]] bool has(std::string_view path) const { return static_cast<bool>(m_root.at_path(path)); }

  // A number outside [min, max] is reported at its own line, like a type error.
  template <class T>
  void readInRange(std::string_view path, T& out, T min, T max) {
    m_known.insert(std::string(path));
    const toml::node_view node = m_root.at_path(path);
    if (!node) return;
    const auto value = node.value<T>();
    if (!value || !(*value >= min && *value <= max)) {
      std::ostringstream range;  // "150..320", not to_string's "150.000000"
      range << min << ".." << max;
      problem(*node.node(), std::string(path) + " must be a number in " + range.str());
      return;
    }
    out = *value;
  }

  // A list of strings each matching `pattern`; the first one that does not is named with its line.
  void readStringsMatching(std::string_view path, std::vector<std::string>& out, const std::regex& pattern,
                           std::string_view expected) {
    readStrings(path, out);
    const toml::array* array = m_root.at_path(path).as_array();
    if (!array) return;
    for (const toml::node& item : *array) {
      const auto text = item.value<std::string>();
      if (text && !std::regex_match(*text, pattern)) {
        problem(item, std::string(path) + ": '" + *text + "' is not " + std::string(expected));
      }
    }
  }

  // A string that must be one of a few words; a typo is refused at its line, never defaulted.
  void readOneOf(std::string_view path, std::string& out, std::initializer_list<std::string_view> allowed) {
    std::string value = out;
    read(path, value);
    const toml::node_view node = m_root.at_path(path);
    if (!node || !node.is_string()) return;
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      std::string choices;
      for (std::string_view a : allowed) choices += (choices.empty() ? "\"" : ", \"") + std::string(a) + "\"";
      problem(*node.node(), std::string(path) + " must be one of " + choices);
      return;
    }
    out = value;
  }

  // A single string matching `pattern`, refused at its line otherwise.
  void readMatching(std::string_view path, std::string& out, const std::regex& pattern, std::string_view expected) {
    std::string value = out;
    read(path, value);
    const toml::node_view node = m_root.at_path(path);
    if (!node || !node.is_string()) return;
    if (!std::regex_match(value, pattern)) {
      problem(*node.node(), std::string(path) + ": '" + value + "' is not " + std::string(expected));
      return;
    }
    out = value;
  }

  [[nodiscard]] std::filesystem::path baseDir() const { return m_file.parent_path(); }

  void problem(const toml::node& node, std::string_view message) {
    m_errors.push_back(describeAt(m_file, node.source(), message));
  }

  // Typos in key names would otherwise be silently ignored.
  void reportUnknownKeys() { walk(m_root, ""); }

  ConfigErrors takeErrors() { return std::move(m_errors); }

 private:
  void walk(const toml::table& table, const std::string& prefix) {
    for (const auto& [key, node] : table) {
      const std::string path = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
      if (const toml::table* sub = node.as_table()) {
        walk(*sub, path);
      } else if (!m_known.contains(path)) {
        problem(node, "unknown key " + path);
      }
    }
  }

  const std::filesystem::path& m_file;
  const toml::table& m_root;
  std::set<std::string> m_known;
  ConfigErrors m_errors;
};

void validate(const Config& config, ConfigErrors& errors) {
  const std::string where = config.sourceFile.string() + ": ";
  if (config.staff.maxAttempts < 1) errors.push_back(where + "staff.max_attempts must be at least 1");
  if (config.display.width < 320 || config.display.height < 240)
    errors.push_back(where + "display.width/height must be at least 320x240");
  if (config.fonts.baseSize < 8 || config.fonts.baseSize > 96) errors.push_back(where + "fonts.base_size must be 8..96");
  if (config.assetsDir.empty()) errors.push_back(where + "paths.assets is required");
  for (const std::string& field : config.leads.requiredFields) {
    if (!leads::fieldFromName(field)) errors.push_back(where + "leads.required: unknown field '" + field + "'");
  }
  if (config.leads.retentionMonths < 1 || config.leads.retentionMonths > 120)
    errors.push_back(where + "leads.retention_months must be 1..120");
  if (config.leads.backupsKept < 1) errors.push_back(where + "leads.backups_kept must be at least 1");
  const std::set<std::string> unique(config.languages.begin(), config.languages.end());
  if (unique.size() != config.languages.size()) errors.push_back(where + "kiosk.languages has duplicates");
  if (!config.sync.conninfo.empty() && !config.sync.conninfoFile.empty())
    errors.push_back(where + "sync: set conninfo or conninfo_file, not both");
  if (config.assessment.minResultsForAverage < 1)
    errors.push_back(where + "assessment.min_results_for_average must be at least 1");
}

void readPrinter(Reader& reader, PrinterConfig& printer) {
  reader.read("printer.port", printer.port);
  reader.readStringsMatching("printer.usb_ids", printer.usbIds, std::regex("[0-9a-fA-F]{4}:[0-9a-fA-F]{4}"),
                             "a USB id like \"1a86:7523\"");
  reader.readInRange("printer.baud", printer.baud, 1200L, 4'000'000L);
  reader.readInRange("printer.max_hotend_c", printer.maxHotendC, 150.0, 320.0);
  reader.readInRange("printer.max_bed_c", printer.maxBedC, 40.0, 130.0);
  reader.readInRange("printer.bed_x_mm", printer.bedX, 50.0, 1000.0);
  reader.readInRange("printer.bed_y_mm", printer.bedY, 50.0, 1000.0);
  reader.readInRange("printer.max_z_mm", printer.maxZ, 20.0, 1000.0);
  reader.readStringsMatching("printer.forbidden", printer.forbidden, std::regex("[GMT][0-9]+"),
                             "a G-code word like \"M502\"");
  reader.readPath("printer.jobs", printer.jobsDir);
}

void readReader(Reader& reader, ReaderConfig& config) {
  const std::regex usbId("[0-9a-fA-F]{4}:[0-9a-fA-F]{4}");
  reader.readStringsMatching("reader.usb_ids", config.usbIds, usbId, "a USB id like \"16c0:27db\"");
  reader.readOneOf("reader.layout", config.layout, {"it", "us"});
  reader.read("reader.any_boot_keyboard", config.anyBootKeyboard);
  reader.readStringsMatching("reader.exclude", config.exclude, usbId, "a USB id like \"046d:c31c\"");
}

// [display.schedule]: mon..sun = ["08:30-19:00", ...]; a day left out or [] is closed.
void readDisplaySchedule(Reader& reader, DisplayConfig& display) {
  if (!reader.has("display.schedule")) {
    reader.readPositiveMs("display.schedule.wake_s", display.wakeFor, 1000.0);
    return;
  }
  for (int day = 0; day < 7; ++day) {
    const std::string path = "display.schedule." + std::string(DisplaySchedule::kDayKeys[static_cast<std::size_t>(day)]);
    std::vector<std::string> texts;
    std::vector<TimeWindow> windows;
    if (const toml::array* array = reader.readStringList(path, texts)) {
      for (std::size_t i = 0; i < texts.size(); ++i) {
        auto window = parseTimeWindow(texts[i]);
        if (window) {
          windows.push_back(*window);
        } else {
          reader.problem((*array)[i], path + ": " + window.error());
        }
      }
    }
    display.schedule.setDay(day, std::move(windows));
  }
  reader.readPositiveMs("display.schedule.wake_s", display.wakeFor, 1000.0);
  reader.read("display.schedule.x11_screensaver", display.x11ScreenSaver);
}

void readSync(Reader& reader, SyncConfig& sync) {
  reader.read("sync.conninfo", sync.conninfo);
  reader.readPath("sync.conninfo_file", sync.conninfoFile);
  reader.readPositiveMs("sync.interval_s", sync.interval, 1000.0);
  reader.readPositiveMs("sync.max_backoff_s", sync.maxBackoff, 1000.0);
  long batch = static_cast<long>(sync.batchRows);
  reader.readInRange("sync.batch_rows", batch, 1L, 100'000L);
  sync.batchRows = static_cast<std::size_t>(batch);
  sync.maxBackoff = std::max(sync.maxBackoff, sync.interval);  // back-off never waits less than the interval
}

void readCamera(Reader& reader, CameraConfig& camera) {
  reader.readMatching("camera.source", camera.source, std::regex("|/dev/.+|[0-9]+|file:.+|synthetic"),
                      "a camera: \"/dev/videoN\", \"N\", \"file:PATH\" or \"synthetic\"");
  reader.readInRange("camera.width", camera.width, 160, 4096);
  reader.readInRange("camera.height", camera.height, 120, 4096);
  reader.readInRange("camera.fps", camera.fps, 1.0, 120.0);
  reader.read("camera.mjpg", camera.mjpg);
  reader.readPath("camera.intrinsics", camera.intrinsics);
  // A file: path is relative to the config file, like every other path.
  if (camera.source.starts_with("file:") && camera.source.size() > 5) {
    std::filesystem::path path = camera.source.substr(5);
    if (path.is_relative()) camera.source = "file:" + (reader.baseDir() / path).lexically_normal().string();
  }
}

void readMedia(Reader& reader, MediaConfig& media) {
  reader.readPath("media.manifest", media.manifest);
  reader.readPath("media.thumbnails", media.thumbnails);
  reader.read("media.audio", media.audio);
  reader.readInRange("media.volume", media.volume, 0, 100);
  reader.read("media.attract_muted", media.attractMuted);
  reader.readOneOf("media.hwdec", media.hwdec, {"auto-safe", "no"});
}

}  // namespace

tl::expected<Config, ConfigErrors> loadConfig(const std::filesystem::path& file) {
  auto parsed = parseTomlFile(file);
  if (!parsed) return tl::unexpected(ConfigErrors{parsed.error()});

  Config config;
  config.sourceFile = file;
  Reader reader(file, *parsed);
  reader.read("kiosk.id", config.kioskId);
  reader.read("kiosk.venue", config.venue);
  reader.readStrings("kiosk.languages", config.languages);
  reader.read("display.fullscreen", config.display.fullscreen);
  reader.read("display.width", config.display.width);
  reader.read("display.height", config.display.height);
  reader.readPositiveMs("idle.prompt_after_s", config.idle.promptAfter, 1000.0);
  reader.readPositiveMs("idle.reset_after_prompt_s", config.idle.resetAfterPrompt, 1000.0);
  reader.read("staff.pin_hash", config.staff.pinHash);
  reader.read("staff.max_attempts", config.staff.maxAttempts);
  reader.readPositiveMs("staff.backoff_base_ms", config.staff.backoffBase, 1.0);
  reader.readPositiveMs("staff.lockout_minutes", config.staff.lockout, 60'000.0);
  reader.readPositiveMs("staff.long_press_ms", config.staff.longPress, 1.0);
  reader.readPath("fonts.regular", config.fonts.regular);
  reader.readPath("fonts.bold", config.fonts.bold);
  reader.readPath("fonts.icons", config.fonts.icons);
  reader.read("fonts.base_size", config.fonts.baseSize);
  reader.readPath("paths.assets", config.assetsDir);
  reader.readPath("paths.data", config.dataDir);
  reader.readPath("paths.logs", config.logDir);
  reader.read("log.level", config.logLevel);
  reader.readPositiveMs("workers.heartbeat_ms", config.heartbeatInterval, 1.0);
  reader.readPositiveMs("attract.slide_s", config.attractSlideDuration, 1000.0);
  reader.readStrings("leads.required", config.leads.requiredFields);
  reader.read("leads.retention_months", config.leads.retentionMonths);
  reader.readPath("leads.database", config.leads.database);
  reader.readPath("leads.backup_dir", config.leads.backupDir);
  reader.read("leads.backups_kept", config.leads.backupsKept);
  reader.read("leads.event", config.leads.eventName);
  readPrinter(reader, config.printer);
  readReader(reader, config.reader);
  readCamera(reader, config.camera);
  readMedia(reader, config.media);
  reader.read("assessment.min_results_for_average", config.assessment.minResultsForAverage);
  reader.read("assessment.chamber_url", config.assessment.chamberUrl);
  reader.readPath("assessment.stats_database", config.assessment.statsDatabase);
  reader.readPath("assessment.sample_answers", config.assessment.sampleAnswers);
  readDisplaySchedule(reader, config.display);
  readSync(reader, config.sync);
  reader.readInRange("dashboard.days", config.dashboard.days, 2, 60);
  reader.readPath("dashboard.sample", config.dashboard.sample);
  reader.reportUnknownKeys();

  ConfigErrors errors = reader.takeErrors();
  validate(config, errors);
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  if (config.printer.jobsDir.empty()) config.printer.jobsDir = config.assetsDir / "printer";
  if (config.media.manifest.empty()) config.media.manifest = config.assetsDir / "media" / "manifest.toml";
  return config;
}

}  // namespace kiosk::core
