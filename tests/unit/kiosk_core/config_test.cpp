#include "kiosk/core/config.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "tests/unit/config_errors.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

// Every loadable config needs the assets folder; the rest has defaults.
constexpr std::string_view kMinimal = "[paths]\nassets = \".\"\n";

using test::hasErrorAt;
using test::listErrors;

class ConfigTest : public ::testing::Test {
 protected:
  tl::expected<Config, ConfigErrors> load(std::string_view toml, const fs::path& name = "kiosk.toml") {
    m_file = m_dir.write(name, toml);
    return loadConfig(m_file);
  }

  test::TempDir m_dir;
  fs::path m_file;
};

TEST_F(ConfigTest, MinimalFileLoadsWithDefaults) {
  const auto config = load(kMinimal);
  ASSERT_TRUE(config) << listErrors(config.error());
  EXPECT_EQ(config->sourceFile, m_file);
  EXPECT_EQ(config->kioskId, "pid-kiosk");
  EXPECT_EQ(config->languages, (std::vector<std::string>{"it", "en"}));
  EXPECT_TRUE(config->display.fullscreen);
  EXPECT_EQ(config->idle.promptAfter, 90s);
  EXPECT_EQ(config->staff.maxAttempts, 5);
  EXPECT_TRUE(config->staff.pinHash.empty());
  EXPECT_EQ(config->logLevel, "info");
  EXPECT_TRUE(config->dataDir.empty());
  EXPECT_EQ(config->heartbeatInterval, 2s);
}

TEST_F(ConfigTest, ReadsEveryKeyAndConvertsUnits) {
  const auto config = load(R"(
[kiosk]
id = "pid-test"
venue = "CCIAA Test"
languages = ["en", "it"]
[display]
fullscreen = false
width = 1280
height = 800
[idle]
prompt_after_s = 1.5
reset_after_prompt_s = 10
[staff]
pin_hash = "$argon2id$stub"
max_attempts = 3
backoff_base_ms = 250
lockout_minutes = 2
long_press_ms = 1500
[fonts]
base_size = 24.5
[paths]
assets = "/opt/assets"
[log]
level = "debug"
[workers]
heartbeat_ms = 500
[attract]
slide_s = 4
)");
  ASSERT_TRUE(config) << listErrors(config.error());
  EXPECT_EQ(config->kioskId, "pid-test");
  EXPECT_EQ(config->venue, "CCIAA Test");
  EXPECT_EQ(config->languages, (std::vector<std::string>{"en", "it"}));
  EXPECT_FALSE(config->display.fullscreen);
  EXPECT_EQ(config->display.width, 1280);
  EXPECT_EQ(config->display.height, 800);
  EXPECT_EQ(config->idle.promptAfter, 1500ms);
  EXPECT_EQ(config->idle.resetAfterPrompt, 10s);
  EXPECT_EQ(config->staff.pinHash, "$argon2id$stub");
  EXPECT_EQ(config->staff.maxAttempts, 3);
  EXPECT_EQ(config->staff.backoffBase, 250ms);
  EXPECT_EQ(config->staff.lockout, 2min);
  EXPECT_EQ(config->staff.longPress, 1500ms);
  EXPECT_FLOAT_EQ(config->fonts.baseSize, 24.5f);
  EXPECT_EQ(config->assetsDir, fs::path("/opt/assets"));
  EXPECT_EQ(config->logLevel, "debug");
  EXPECT_EQ(config->heartbeatInterval, 500ms);
  EXPECT_EQ(config->attractSlideDuration, 4s);
}

TEST_F(ConfigTest, MissingFileIsReported) {
  const auto config = loadConfig(m_dir.path() / "absent.toml");
  ASSERT_FALSE(config);
  ASSERT_EQ(config.error().size(), 1u);
  EXPECT_NE(config.error()[0].find("absent.toml"), std::string::npos) << config.error()[0];
}

TEST_F(ConfigTest, SyntaxErrorReportsFileAndLine) {
  const auto config = load("[paths]\nassets = \".\"\n[kiosk]\nvenue = \"unterminated\n");
  ASSERT_FALSE(config);
  ASSERT_EQ(config.error().size(), 1u) << listErrors(config.error());
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 4, ""));
}

TEST_F(ConfigTest, WrongTypeIsReportedWithItsLine) {
  const auto config = load(R"([paths]
assets = "."
[display]
width = "wide"
fullscreen = "yes"
)");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 4, "display.width has the wrong type"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 5, "display.fullscreen has the wrong type"));
}

TEST_F(ConfigTest, UnknownKeyIsReportedWithItsLine) {
  // A typo must not silently fall back to the default.
  const auto config = load(R"([paths]
assets = "."
[idle]
promt_after_s = 30
[extra]
anything = 1
)");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 4, "unknown key idle.promt_after_s"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 6, "unknown key extra.anything"));
  EXPECT_EQ(config.error().size(), 2u) << listErrors(config.error());
}

TEST_F(ConfigTest, UnknownTopLevelKeyIsReported) {
  const auto config = load("colour = \"red\"\n[paths]\nassets = \".\"\n");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 1, "unknown key colour"));
}

TEST_F(ConfigTest, NegativeOrZeroDurationIsRejected) {
  const auto config = load(R"([paths]
assets = "."
[idle]
prompt_after_s = -5
reset_after_prompt_s = 0
[staff]
backoff_base_ms = "soon"
)");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 4, "idle.prompt_after_s must be a positive number"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 5, "idle.reset_after_prompt_s must be a positive number"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 7, "staff.backoff_base_ms must be a positive number"));
}

TEST_F(ConfigTest, NonFiniteDurationIsRejected) {
  // TOML has nan and inf; turning them into milliseconds would give nonsense, not an error.
  const auto config = load("[paths]\nassets = \".\"\n[idle]\nprompt_after_s = nan\nreset_after_prompt_s = inf\n");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 4, "idle.prompt_after_s must be a positive number"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 5, "idle.reset_after_prompt_s must be a positive number"));
}

TEST_F(ConfigTest, RelativePathsAreResolvedAgainstTheConfigFolder) {
  fs::create_directories(m_dir.path() / "assets");
  const auto config = load(R"([paths]
assets = "../assets"
data = "state"
logs = "/var/log/pid-kiosk"
[fonts]
regular = "fonts/Regular.ttf"
bold = "/usr/share/fonts/Bold.ttf"
)",
                           "config/kiosk.toml");
  ASSERT_TRUE(config) << listErrors(config.error());
  const fs::path configDir = m_dir.path() / "config";
  EXPECT_TRUE(fs::equivalent(config->assetsDir, m_dir.path() / "assets")) << config->assetsDir;
  EXPECT_EQ(config->assetsDir.lexically_normal(), (m_dir.path() / "assets").lexically_normal());
  EXPECT_EQ(config->dataDir, configDir / "state");
  EXPECT_EQ(config->logDir, fs::path("/var/log/pid-kiosk"));
  EXPECT_EQ(config->fonts.regular, configDir / "fonts" / "Regular.ttf");
  EXPECT_EQ(config->fonts.bold, fs::path("/usr/share/fonts/Bold.ttf"));
  EXPECT_TRUE(config->fonts.icons.empty());
}

TEST_F(ConfigTest, RelativePathsDoNotDependOnTheWorkingDirectory) {
  const auto config = load("[paths]\nassets = \"..\"\n", "deep/config/kiosk.toml");
  ASSERT_TRUE(config) << listErrors(config.error());
  EXPECT_TRUE(config->assetsDir.is_absolute());
  EXPECT_TRUE(fs::equivalent(config->assetsDir, m_dir.path() / "deep"));
}

TEST_F(ConfigTest, MissingAssetsPathIsAnError) {
  const auto config = load("[kiosk]\nid = \"x\"\n");
  ASSERT_FALSE(config);
  ASSERT_EQ(config.error().size(), 1u) << listErrors(config.error());
  EXPECT_NE(config.error()[0].find("paths.assets is required"), std::string::npos);
  EXPECT_EQ(config.error()[0].rfind(m_file.string(), 0), 0u) << "errors name the file";
}

TEST_F(ConfigTest, LanguagesMustBeANonEmptyListOfUniqueStrings) {
  auto config = load("[kiosk]\nlanguages = []\n[paths]\nassets = \".\"\n");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 2, "kiosk.languages must be a non-empty list of strings"));

  config = load("[kiosk]\nlanguages = [\"it\", 3]\n[paths]\nassets = \".\"\n");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 2, "kiosk.languages must be a non-empty list of strings"));

  config = load("[kiosk]\nlanguages = [\"it\", \"en\", \"it\"]\n[paths]\nassets = \".\"\n");
  ASSERT_FALSE(config);
  EXPECT_NE(listErrors(config.error()).find("kiosk.languages has duplicates"), std::string::npos)
      << listErrors(config.error());
}

TEST_F(ConfigTest, OutOfRangeValuesAreRejected) {
  const auto config = load(R"([paths]
assets = "."
[staff]
max_attempts = 0
[display]
width = 100
[fonts]
base_size = 200
)");
  ASSERT_FALSE(config);
  const std::string all = listErrors(config.error());
  EXPECT_NE(all.find("staff.max_attempts must be at least 1"), std::string::npos) << all;
  EXPECT_NE(all.find("display.width/height must be at least 320x240"), std::string::npos) << all;
  EXPECT_NE(all.find("fonts.base_size must be 8..96"), std::string::npos) << all;
}

TEST_F(ConfigTest, EveryProblemIsReportedNotJustTheFirst) {
  const auto config = load(R"([kiosk]
id = 7
[idle]
prompt_after_s = -1
[typo]
x = 1
)");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 2, "kiosk.id has the wrong type"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 4, "idle.prompt_after_s must be a positive number"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 6, "unknown key typo.x"));
  EXPECT_NE(listErrors(config.error()).find("paths.assets is required"), std::string::npos);
  EXPECT_EQ(config.error().size(), 4u) << listErrors(config.error());
}

TEST_F(ConfigTest, ReaderIsOffByDefaultAndReadsItsKeys) {
  const auto defaults = load(kMinimal);
  ASSERT_TRUE(defaults) << listErrors(defaults.error());
  EXPECT_FALSE(defaults->reader.enabled());
  EXPECT_EQ(defaults->reader.layout, "it");

  const auto config = load(R"([paths]
assets = "."
[reader]
usb_ids = ["16c0:27db", "ffff:0035"]
layout = "us"
any_boot_keyboard = true
exclude = ["046d:c31c"]
)");
  ASSERT_TRUE(config) << listErrors(config.error());
  EXPECT_TRUE(config->reader.enabled());
  EXPECT_EQ(config->reader.usbIds, (std::vector<std::string>{"16c0:27db", "ffff:0035"}));
  EXPECT_EQ(config->reader.layout, "us");
  EXPECT_TRUE(config->reader.anyBootKeyboard);
  EXPECT_EQ(config->reader.exclude, std::vector<std::string>{"046d:c31c"});
}

TEST_F(ConfigTest, ReaderTyposAreRefusedAtTheirLine) {
  const auto config = load(R"([paths]
assets = "."
[reader]
usb_ids = ["16c0-27db"]
layout = "de"
)");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 4, "'16c0-27db' is not a USB id")) << listErrors(config.error());
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 5, "reader.layout must be one of \"it\", \"us\""))
      << listErrors(config.error());
}

}  // namespace
}  // namespace kiosk::core
